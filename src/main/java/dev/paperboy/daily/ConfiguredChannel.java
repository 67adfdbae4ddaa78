package dev.paperboy.daily;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A daily channel pre-configured in the config file ({@code daily.channels}), set up without {@code /daily set}. */
public record ConfiguredChannel(long guildId, long channelId, LocalTime time, ZoneId zone, String area) {

    public ConfiguredChannel {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        area = Subscription.normalizeArea(area);
    }
}
