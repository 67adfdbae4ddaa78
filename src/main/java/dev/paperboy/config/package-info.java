/**
 * Typed configuration, read once at start from the config file and the environment, with every
 * problem reported together. Defaults of the paper of the day come from {@code daily.DailyDefaults}.
 */
package dev.paperboy.config;
