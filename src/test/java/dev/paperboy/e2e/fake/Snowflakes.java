package dev.paperboy.e2e.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord snowflakes made from the current time, so JDA computes sensible creation and expiry times. */
public final class Snowflakes {
    /** Discord's epoch, 2015-01-01T00:00:00Z, in milliseconds. */
    public static final long DISCORD_EPOCH = 1420070400000L;

    private static final AtomicLong LAST = new AtomicLong();
    private static final AtomicLong PAST = new AtomicLong();

    private Snowflakes() {}

    /** A fresh snowflake, unique within this JVM and strictly increasing. */
    public static String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toUnsignedString(LAST.accumulateAndGet(candidate, (prev, cand) -> Math.max(prev + 1, cand)));
    }

    /**
     * A snowflake for a past moment (planted history): the time, and a JVM-wide counter in the
     * low 22 bits (worker, process, increment). Unique unless 4 million are made for one millisecond;
     * {@link #next()} ids of that same millisecond may collide, so callers check.
     */
    public static String at(Instant when) {
        long millis = when.toEpochMilli() - DISCORD_EPOCH;
        if (millis < 0) {
            throw new IllegalArgumentException(when + " is before Discord's epoch");
        }
        return Long.toUnsignedString((millis << 22) | (PAST.getAndIncrement() & 0x3FFFFF));
    }

    /** When the snowflake was made. */
    public static Instant timestamp(String snowflake) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH);
    }
}
