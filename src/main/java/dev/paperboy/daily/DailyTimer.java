package dev.paperboy.daily;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One timer that runs a pass, then sleeps until the next one is due. A wake-up (a reconnect, a
 * changed subscription) brings the next pass forward; a throwable in a pass is logged and the
 * timer goes on, so one failure never kills the schedule.
 */
final class DailyTimer {

    private static final Logger log = LoggerFactory.getLogger(DailyTimer.class);

    private final ScheduledExecutorService executor;
    private final Runnable pass;
    private final Supplier<Duration> untilNext;
    private final Duration onError;
    private final AtomicBoolean wake = new AtomicBoolean();
    private boolean started; // guarded by this
    private boolean closed; // guarded by this
    private ScheduledFuture<?> next; // guarded by this

    DailyTimer(ScheduledExecutorService executor, Runnable pass, Supplier<Duration> untilNext, Duration onError) {
        this.executor = executor;
        this.pass = pass;
        this.untilNext = untilNext;
        this.onError = onError;
    }

    /** The first pass runs at once. */
    synchronized boolean start() {
        if (started || closed) {
            return false;
        }
        started = true;
        wakeUp();
        return true;
    }

    /** Runs a pass as soon as possible; nothing before {@link #start()} or after {@link #close()}. */
    synchronized void wakeUp() {
        if (!started || closed) {
            return;
        }
        wake.set(true);
        schedule(Duration.ZERO, false);
    }

    private synchronized void schedule(Duration delay, boolean fromTick) {
        if (closed) {
            return;
        }
        if (!fromTick && next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.NANOSECONDS) <= delay.toNanos()) {
                return; // a pass at least as early is coming (or running: it sees `wake` when it ends)
            }
            next.cancel(false);
        }
        next = executor.schedule(this::tick, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void tick() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        wake.set(false);
        try {
            pass.run();
        } catch (Throwable t) {
            log.error("Paper of the day: a pass failed; the schedule goes on", t);
        }
        Duration delay;
        try {
            delay = wake.get() ? Duration.ZERO : untilNext.get();
        } catch (Throwable t) {
            log.error("Paper of the day: cannot compute the next run; trying again in {}", onError, t);
            delay = onError;
        }
        schedule(delay, true);
    }

    /** No pass starts after this; one already running finishes. */
    synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
