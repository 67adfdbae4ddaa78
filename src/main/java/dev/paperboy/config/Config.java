package dev.paperboy.config;

import dev.paperboy.daily.ConfiguredChannel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the bot is told at start, typed and checked. The token is not here: it comes from
 * {@code DISCORD_TOKEN} only, so no config file can leak it.
 *
 * @param catalogue     the catalogue file
 * @param stateDir      where subscriptions and their progress live
 * @param discordApiUrl base of Discord's REST API (ends with '/'); the gateway is asked of it
 * @param shards        which shards this process runs
 * @param cooldown      per-user command limit
 * @param daily         paper-of-the-day settings
 */
public record Config(Path catalogue, Path stateDir, URI discordApiUrl, Shards shards, Cooldown cooldown, Daily daily) {

    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");

    /**
     * @param total shards of the whole bot, or -1 to ask Discord
     * @param ids   the shards this process runs; empty for all of them
     */
    public record Shards(int total, List<Integer> ids) {
        public Shards {
            ids = List.copyOf(ids);
        }
    }

    /** At most {@code commands} slash commands per user in any {@code window}; 0 turns it off. */
    public record Cooldown(int commands, Duration window) {
    }

    /**
     * @param postsPerSecond pace of this process's daily fan-out, under Discord's global 50
     *                       requests a second (by default the share of the shards it runs)
     * @param thread         open a discussion thread under each daily post
     * @param maxFailedDays  days in a row without a post, because of failures, before pausing
     * @param lease          how long a process holds a channel while posting there (shared state)
     * @param channels       channels pre-configured by the deployment
     */
    public record Daily(double postsPerSecond, boolean thread, int maxFailedDays, Duration lease,
                        List<ConfiguredChannel> channels) {
        public Daily {
            channels = List.copyOf(channels);
        }
    }
}
