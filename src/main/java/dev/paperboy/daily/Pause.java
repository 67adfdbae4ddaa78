package dev.paperboy.daily;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a subscription does not post for now. Kept with the subscription and shown by
 * {@code /daily status}; nothing is retried while paused, so a server that removed the bot is not
 * knocked on every minute.
 *
 * @param at when it was paused
 */
public record Pause(Why why, Instant at) {

    public enum Why {
        /** posting failed on too many local days in a row; {@code /daily set} resumes */
        FAILED_DAYS,
        /** the bot was removed from the server; resumes when it is added back */
        BOT_REMOVED,
        /** the channel was deleted; {@code /daily set} on another channel moves the subscription there */
        CHANNEL_DELETED
    }

    public Pause {
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(at, "at");
    }
}
