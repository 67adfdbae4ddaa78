package dev.paperboy.daily;

import java.util.concurrent.TimeUnit;

/**
 * Spaces calls to Discord evenly: at most {@code perSecond} across all threads, no bursts. A
 * caller reserves the next free slot and sleeps until it, outside the lock.
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

    private final long intervalNanos;
    private final Ticker ticker;
    private long nextFree;

    Pacer(double perSecond, Ticker ticker) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / perSecond);
        this.ticker = ticker;
        this.nextFree = ticker.nanoTime();
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
        long wait;
        synchronized (this) {
            long now = ticker.nanoTime();
            long slot = now - nextFree >= 0 ? now : nextFree;
            nextFree = slot + slots * intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            ticker.sleepNanos(wait);
        }
    }
}
