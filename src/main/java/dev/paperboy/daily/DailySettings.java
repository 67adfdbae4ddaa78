package dev.paperboy.daily;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler behaves.
 *
 * @param maxFailedDays  local days of failures in a row after which a subscription is paused
 * @param firstBackoff   the wait after a first failure of the day; doubled after each further one
 * @param maxBackoff     the longest wait between two attempts (a rate limit's retry-after wins)
 * @param postsPerSecond calls to Discord per second across all channels; Discord's global limit
 *                       is 50, so the default ({@link DailyDefaults#POSTS_PER_SECOND}) never leans on 429s
 * @param parallelSends  posts in flight at once; a post takes a round trip to Discord, so one at a
 *                       time would cap the rate at a few per second
 * @param maxSleep       the longest the timer sleeps between two passes, so a wall-clock jump or
 *                       a missed wake-up costs at most this long
 * @param lease          how long a process holds a channel while it posts there (a shared store);
 *                       longer than any one post takes, and after a crash the time another
 *                       process waits before it settles that channel's post
 * @param threadByDefault whether posts open a thread when their subscription did not choose
 *                       (the config file's {@code daily.thread})
 */
public record DailySettings(int maxFailedDays, Duration firstBackoff, Duration maxBackoff, double postsPerSecond,
                            int parallelSends, Duration maxSleep, Duration lease, boolean threadByDefault) {

    public DailySettings {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxSleep, "maxSleep");
        Objects.requireNonNull(lease, "lease");
        if (maxFailedDays < 1) {
            throw new IllegalArgumentException("maxFailedDays must be at least 1");
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("need 0 < firstBackoff <= maxBackoff");
        }
        if (!(postsPerSecond > 0)) {
            throw new IllegalArgumentException("postsPerSecond must be positive");
        }
        if (parallelSends < 1) {
            throw new IllegalArgumentException("parallelSends must be at least 1");
        }
        if (maxSleep.isNegative() || maxSleep.isZero()) {
            throw new IllegalArgumentException("maxSleep must be positive");
        }
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lease must be at least a second");
        }
    }

    public static DailySettings defaults() {
        return new DailySettings(DailyDefaults.MAX_FAILED_DAYS, Duration.ofMinutes(1), Duration.ofMinutes(30),
                DailyDefaults.POSTS_PER_SECOND, 8,
                Duration.ofSeconds(30), DailyDefaults.LEASE, false);
    }

    public DailySettings withMaxFailedDays(int days) {
        return new DailySettings(days, firstBackoff, maxBackoff, postsPerSecond, parallelSends, maxSleep, lease,
                threadByDefault);
    }

    public DailySettings withParallelSends(int n) {
        return new DailySettings(maxFailedDays, firstBackoff, maxBackoff, postsPerSecond, n, maxSleep, lease,
                threadByDefault);
    }

    public DailySettings withPostsPerSecond(double perSecond) {
        return new DailySettings(maxFailedDays, firstBackoff, maxBackoff, perSecond, parallelSends, maxSleep, lease,
                threadByDefault);
    }

    public DailySettings withMaxSleep(Duration sleep) {
        return new DailySettings(maxFailedDays, firstBackoff, maxBackoff, postsPerSecond, parallelSends, sleep, lease,
                threadByDefault);
    }

    public DailySettings withLease(Duration length) {
        return new DailySettings(maxFailedDays, firstBackoff, maxBackoff, postsPerSecond, parallelSends, maxSleep,
                length, threadByDefault);
    }

    public DailySettings withThreadByDefault(boolean thread) {
        return new DailySettings(maxFailedDays, firstBackoff, maxBackoff, postsPerSecond, parallelSends, maxSleep,
                lease, thread);
    }

    /** The wait after the {@code attempt}-th failure of a day (1-based): first, 2x, 4x ... capped. */
    public Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration d = firstBackoff.multipliedBy(1L << doublings);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
