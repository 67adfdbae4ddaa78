package dev.paperboy.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why the last attempt to post failed; kept (and shown by {@code /daily status}) until a post
 * succeeds.
 *
 * @param at     when the attempt failed
 * @param day    the subscription's local day the attempt was made on; failures on one day
 *               count once in {@link Subscription#failedDays()}
 * @param cause  what kind of failure, which the status card says in the reader's language
 * @param detail the particulars, as the log shows them (permission names, Discord's answer)
 */
public record Failure(Instant at, LocalDate day, Cause cause, String detail) {

    public enum Cause {
        /** the channel was deleted or the bot can no longer see it */
        CHANNEL_GONE,
        /** the bot is no longer in the server */
        BOT_REMOVED,
        /** the bot lacks a permission it needs in the channel */
        NO_PERMISSION,
        /** Discord asked the bot to slow down */
        RATE_LIMITED,
        /** Discord failed or could not be reached */
        DISCORD_ERROR,
        /** the subscription's area has no papers */
        NO_PAPER,
        /** the state could not be written */
        STORE,
        /**
         * the bot could not tell whether the day's post went out, and a resend could have doubled
         * it: the day is given up rather than risk a second post
         */
        UNCONFIRMED
    }

    public Failure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(cause, "cause");
        detail = detail == null || detail.isBlank() ? cause.name().toLowerCase(java.util.Locale.ROOT) : detail;
    }

    /** For the log. */
    public String reason() {
        return detail;
    }

    static Cause causeOf(PostFailure.Kind kind) {
        return switch (kind) {
            case CHANNEL_GONE -> Cause.CHANNEL_GONE;
            case GUILD_GONE -> Cause.BOT_REMOVED;
            case NO_PERMISSION -> Cause.NO_PERMISSION;
            case RATE_LIMITED -> Cause.RATE_LIMITED;
            case TRANSIENT -> Cause.DISCORD_ERROR;
        };
    }
}
