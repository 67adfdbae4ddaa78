/**
 * The command line ({@code run}, {@code import}, {@code preview}, {@code check}) and the wiring of
 * everything at start. The only caller of {@code discord.Bot}; expected failures end as one
 * message and a non-zero exit status, never as a stack trace.
 */
package dev.paperboy.cli;
