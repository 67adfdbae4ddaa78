package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the subscriptions: takes the clock once, picks what is due at that instant, and
 * hands each channel to the send protocol with that instant, so a pass that crosses midnight
 * posts each channel for the day it was found due on. Earliest due first; sends run on a small
 * pool, paced together. One channel's failure never stops another's.
 */
final class DailyPass {

    private static final Logger log = LoggerFactory.getLogger(DailyPass.class);

    private final Clock clock;
    private final SubscriptionStore store;
    private final Supplier<Catalogue> catalogue;
    private final PostProtocol protocol;
    private final ExecutorService senders; // null: send on the caller's thread
    private final BooleanSupplier closed;
    private final ReentrantLock running = new ReentrantLock();

    DailyPass(Clock clock, SubscriptionStore store, Supplier<Catalogue> catalogue, PostProtocol protocol,
              ExecutorService senders, BooleanSupplier closed) {
        this.clock = clock;
        this.store = store;
        this.catalogue = catalogue;
        this.protocol = protocol;
        this.senders = senders;
        this.closed = closed;
    }

    /** Returns when every subscription of the pass was handled. */
    void run() {
        running.lock();
        try {
            Catalogue cat;
            try {
                cat = Objects.requireNonNull(catalogue.get(), "no catalogue");
            } catch (RuntimeException e) {
                log.error("Paper of the day: the catalogue is not available ({}); nothing posted in this pass",
                        e.toString());
                return;
            }
            Instant decidedAt = clock.instant();
            List<Subscription> work = new ArrayList<>();
            for (Subscription s : store.all()) {
                if (protocol.needsWork(s, decidedAt)) {
                    work.add(s);
                }
            }
            work.sort(Comparator.comparing((Subscription s) ->
                            DailySchedule.dueOn(s, DailySchedule.today(s, decidedAt)))
                    .thenComparingLong(Subscription::channelId));
            if (senders == null) {
                for (Subscription s : work) {
                    if (closed.getAsBoolean()) {
                        break;
                    }
                    protocol.handle(s.channelId(), decidedAt, cat);
                }
                return;
            }
            List<Future<?>> inFlight = new ArrayList<>(work.size());
            for (Subscription s : work) {
                inFlight.add(senders.submit(() -> {
                    if (!closed.getAsBoolean()) {
                        protocol.handle(s.channelId(), decidedAt, cat);
                    }
                }));
            }
            awaitAll(inFlight);
        } finally {
            running.unlock();
        }
    }

    /** Waits until a pass in progress is over, at most {@code millis}; whether it is. */
    boolean awaitIdle(long millis) throws InterruptedException {
        if (running.tryLock(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            running.unlock();
            return true;
        }
        return false;
    }

    private static void awaitAll(List<Future<?>> inFlight) {
        for (Future<?> f : inFlight) {
            try {
                f.get();
            } catch (ExecutionException e) {
                log.error("Paper of the day: handling a subscription failed", e.getCause());
            } catch (InterruptedException e) {
                inFlight.forEach(x -> x.cancel(false));
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
