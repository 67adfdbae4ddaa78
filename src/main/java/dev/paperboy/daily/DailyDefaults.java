package dev.paperboy.daily;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Every default of the paper of the day, in one place: the config file, {@code /daily set} and the
 * scheduler all read them here, so a changed default cannot disagree with itself.
 */
public final class DailyDefaults {

    /** When a subscription posts, in its zone, unless told otherwise. */
    public static final LocalTime TIME = LocalTime.of(9, 0);
    /** Most of our users are in Taiwan. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    /** Every area: the whole chronological list. */
    public static final String AREA = Subscription.ALL;
    /**
     * Requests a second of the fan-out: 98% of Discord's global limit of 50. The load run
     * (docs/benchmarks.md) posts 10,000 channels at it in 204.5 s, within 2.3% of the limit's bound
     * of 200 s, with no 429, on SQLite and PostgreSQL alike; that needs the pacer's guards (no burst
     * after a stall, no drift, a half-paced first second). On a loaded machine a 429 or two can
     * still come; each is retried, never doubled.
     */
    public static final double POSTS_PER_SECOND = 49;
    /** Local days of failures in a row after which a subscription is paused. */
    public static final int MAX_FAILED_DAYS = 3;
    /**
     * How long a process holds a channel while it posts there. One post takes a few seconds (a
     * history search of 50 pages, paced, under a minute), so five minutes is never cut short by a
     * slow post, and is what a channel waits after a crash before another process settles it.
     */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private DailyDefaults() {
    }
}
