package dev.paperboy.daily;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A daily channel pre-configured in the config file. */
public record DailyDefault(long guildId, long channelId, LocalTime time, ZoneId zone, String area) {

    public DailyDefault {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        area = Subscription.normalizeArea(area);
    }
}
