/**
 * The only package that imports JDA: the shard manager, the one router for every interaction,
 * the commands, cards (domain to embeds), localized texts and the poster of the paper of the day.
 * A command answers a {@code CommandRequest} with a {@code Reply}; only the last step touches JDA.
 */
package dev.paperboy.discord;
