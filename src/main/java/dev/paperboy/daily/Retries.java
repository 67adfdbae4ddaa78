package dev.paperboy.daily;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a failing channel is tried again: 1, 2, 4 ... minutes within its day, capped; a rate
 * limit's retry-after wins. In memory only: after a restart a failing channel is simply tried
 * again at once.
 */
final class Retries {

    private record Retry(LocalDate day, int attempts, Instant notBefore) {
    }

    private final DailySettings settings;
    private final ConcurrentHashMap<Long, Retry> byChannel = new ConcurrentHashMap<>();

    Retries(DailySettings settings) {
        this.settings = settings;
    }

    /** Whether the channel must still wait at {@code now}. */
    boolean waiting(long channelId, Instant now) {
        Retry r = byChannel.get(channelId);
        return r != null && now.isBefore(r.notBefore());
    }

    /** The next attempt's time, or null when none is scheduled. */
    Instant notBefore(long channelId) {
        Retry r = byChannel.get(channelId);
        return r == null ? null : r.notBefore();
    }

    /** Records a failed attempt on {@code day} and returns how long to wait. */
    Duration failed(long channelId, LocalDate day, Duration retryAfter, Instant now) {
        Retry previous = byChannel.get(channelId);
        int attempts = previous != null && previous.day().equals(day) ? previous.attempts() + 1 : 1;
        Duration wait = retryAfter != null && !retryAfter.isNegative() ? retryAfter : settings.backoff(attempts);
        byChannel.put(channelId, new Retry(day, attempts, now.plus(wait)));
        return wait;
    }

    void clear(long channelId) {
        byChannel.remove(channelId);
    }
}
