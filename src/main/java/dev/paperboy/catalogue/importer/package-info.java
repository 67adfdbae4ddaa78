/**
 * Rebuilds the catalogue from the list's README, on commonmark-java's syntax tree (with GFM
 * tables), never with regexes over lines. Bad input becomes a finding with its line; what can be
 * kept is kept.
 */
package dev.paperboy.catalogue.importer;
