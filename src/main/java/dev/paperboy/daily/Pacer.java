package dev.paperboy.daily;

import java.util.concurrent.TimeUnit;

/**
 * Spaces calls to Discord evenly: at most {@code perSecond} across all threads, no bursts. Spacing
 * is kept between calls as they are actually let go, not as they were booked: a caller that wakes
 * late (a stalled machine, a GC pause) asks again, so callers that all overslept go one interval
 * apart instead of all at once, and no second of releases ever holds more than {@code perSecond}.
 * The first second after a quiet spell goes at half the pace.
 * Discord's global limit counts requests in a second; a burst after a stall is what earns a 429.
 */
final class Pacer {

    /** Time and sleep, replaceable so that tests never sleep. */
    interface Ticker {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;
    }

    static final Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    private static final long SECOND = 1_000_000_000L;

    private final long intervalNanos;
    private final Ticker ticker;
    /** When the last calls were let go, oldest first: at most one second's worth. */
    private final long[] released;
    private int head;
    private int count;
    /** The earliest the next call may go; before the first, any time. */
    private long nextFree;
    private boolean any;
    private long lastLetGo;
    /** Until when calls go at half the pace: the first second after a quiet spell. */
    private long warmUntil;

    Pacer(double perSecond, Ticker ticker) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / perSecond);
        this.ticker = ticker;
        this.released = new long[Math.max(1, (int) Math.floor(perSecond))];
    }

    /** Waits for the next free slot. */
    void acquire() throws InterruptedException {
        acquire(1);
    }

    /** Waits for the next free slot and takes {@code slots} of them, for that many calls made at once. */
    void acquire(int slots) throws InterruptedException {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1");
        }
        while (true) {
            long wait;
            synchronized (this) {
                long now = ticker.nanoTime();
                long earliest = any && nextFree - now > 0 ? nextFree : now;
                int k = Math.min(slots, released.length);
                if (count + k > released.length) {
                    // the calls let go a second ago that these would push out of the window must be a second old
                    long windowEnd = released[(head + count + k - 1 - released.length) % released.length] + SECOND;
                    if (windowEnd - earliest > 0) {
                        earliest = windowEnd;
                    }
                }
                wait = earliest - now;
                if (wait <= 0) {
                    letGo(now, slots);
                    return;
                }
            }
            ticker.sleepNanos(wait); // then ask again: others may have gone meanwhile
        }
    }

    private void letGo(long now, int slots) {
        // the slot this call had: a sleep that overshoots by less than an interval is not carried
        // into every later call (at 49 a second that drift cost 1.7%); a call later than that (a
        // stall) starts afresh from now, with no catch-up
        long slot = any && now - nextFree >= 0 && now - nextFree < intervalNanos ? nextFree : now;
        // after a quiet second the first calls open new connections and can reach Discord late,
        // bunched with the ones let go after them: the first second goes at half the pace
        if (!any || now - lastLetGo >= SECOND) {
            warmUntil = slot + SECOND;
        }
        long spacing = slot - warmUntil < 0 ? 2 * intervalNanos : intervalNanos;
        lastLetGo = now;
        for (int i = 0; i < Math.min(slots, released.length); i++) {
            released[(head + count) % released.length] = slot;
            if (count < released.length) {
                count++;
            } else {
                head = (head + 1) % released.length;
            }
        }
        nextFree = slot + slots * spacing;
        any = true;
    }
}
