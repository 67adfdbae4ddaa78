package dev.paperboy.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code limit} commands per user in any sliding {@code window}: one member holding the
 * enter key cannot make the bot spend its rate limit for everyone. Caffeine forgets users who
 * went quiet, so the map stays as small as the set of active users.
 */
final class Cooldown {

    private final int limit;
    private final long windowNanos;
    private final Ticker ticker;
    // built at the first command, not at the start: Caffeine's classes cost a cold JVM some 40 ms
    // of CPU, which a start on two cores feels and a first command does not
    private volatile Cache<Long, Deque<Long>> recent;

    Cooldown(int limit, Duration window, Ticker ticker) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.ticker = ticker;
    }

    static Cooldown disabled() {
        return new Cooldown(0, Duration.ofSeconds(1), Ticker.systemTicker());
    }

    /** Zero when the user may go ahead now (and counts this use), else how long to wait. */
    Duration tryAcquire(long userId) {
        if (limit <= 0) {
            return Duration.ZERO;
        }
        long now = ticker.read();
        Deque<Long> uses = recent().get(userId, k -> new ArrayDeque<>());
        synchronized (uses) {
            while (!uses.isEmpty() && now - uses.peekFirst() >= windowNanos) {
                uses.pollFirst();
            }
            if (uses.size() >= limit) {
                return Duration.ofNanos(uses.peekFirst() + windowNanos - now);
            }
            uses.addLast(now);
            return Duration.ZERO;
        }
    }

    private Cache<Long, Deque<Long>> recent() {
        Cache<Long, Deque<Long>> cache = recent;
        if (cache == null) {
            synchronized (this) {
                cache = recent;
                if (cache == null) {
                    cache = Caffeine.newBuilder().expireAfterAccess(Duration.ofNanos(windowNanos)).ticker(ticker).build();
                    recent = cache;
                }
            }
        }
        return cache;
    }
}
