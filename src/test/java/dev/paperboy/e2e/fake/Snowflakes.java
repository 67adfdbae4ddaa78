package dev.paperboy.e2e.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord snowflakes made from the current time, so JDA computes sensible creation and expiry times. */
public final class Snowflakes {
    /** Discord's epoch, 2015-01-01T00:00:00Z, in milliseconds. */
    public static final long DISCORD_EPOCH = 1420070400000L;

    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {}

    /** A fresh snowflake, unique within this JVM and strictly increasing. */
    public static String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toUnsignedString(LAST.accumulateAndGet(candidate, (prev, cand) -> Math.max(prev + 1, cand)));
    }

    /** When the snowflake was made. */
    public static Instant timestamp(String snowflake) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH);
    }
}
