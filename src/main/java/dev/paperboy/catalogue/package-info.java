/**
 * The catalogue: sections, resources and papers, immutable once loaded, with search and
 * autocomplete over precomputed indexes, the JSON file it lives in, and the English written
 * beside it (read, never written, by the bot). The bottom of the house: it depends on nothing of
 * ours but {@code io}, and never on Discord or SQL.
 */
package dev.paperboy.catalogue;
