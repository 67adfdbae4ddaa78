package dev.paperboy.daily;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A post (or the check for one) that did not work; the scheduler retries it with backoff. */
public class PostFailure extends Exception {

    public enum Kind {
        /** the channel was deleted or the bot can no longer see it */
        CHANNEL_GONE,
        /** the bot is no longer a member of the server */
        GUILD_GONE,
        /** the bot may not send messages or embeds there */
        NO_PERMISSION,
        /** Discord answered 429; {@link #retryAfter()} says when to try again when it is known */
        RATE_LIMITED,
        /** a timeout, a 5xx, a connection lost: the message may or may not have been sent */
        TRANSIENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    public PostFailure(Kind kind, String reason) {
        this(kind, reason, null, null);
    }

    public PostFailure(Kind kind, String reason, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public static PostFailure rateLimited(String reason, Duration retryAfter) {
        return new PostFailure(Kind.RATE_LIMITED, reason, retryAfter, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The human reason, as the log and {@code /daily status} show it. */
    public String reason() {
        return getMessage();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
