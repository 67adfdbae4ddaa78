package dev.paperboy.daily;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A daily channel pre-configured in the config file ({@code daily.channels}), set up without
 * {@code /daily set}.
 *
 * @param options what the entry says of {@code days}, {@code role} and {@code thread}; null fields
 *                take the defaults (every day, no ping, {@code daily.thread})
 */
public record ConfiguredChannel(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                                PostOptions.Change options) {

    public ConfiguredChannel {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        area = Subscription.normalizeArea(area);
        options = options == null ? PostOptions.Change.NONE : options;
    }

    /** Every day, no ping, the default thread. */
    public ConfiguredChannel(long guildId, long channelId, LocalTime time, ZoneId zone, String area) {
        this(guildId, channelId, time, zone, area, PostOptions.Change.NONE);
    }
}
