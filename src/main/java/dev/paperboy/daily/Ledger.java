package dev.paperboy.daily;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of subscriptions, one channel at a time. A channel's lock is held only
 * while its subscription is read, changed and saved, never across pacing or a call to Discord,
 * so {@code /daily} commands wait for a disk write at most, not for a post in flight.
 */
final class Ledger {

    /** Conflicts in a row before giving up: each means another process wrote this channel meanwhile. */
    private static final int MAX_ATTEMPTS = 5;

    private final SubscriptionStore store;
    private final ConcurrentHashMap<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    Ledger(SubscriptionStore store) {
        this.store = store;
    }

    SubscriptionStore store() {
        return store;
    }

    Optional<Subscription> get(long channelId) {
        return store.get(channelId);
    }

    /**
     * Applies {@code change} to the channel's current subscription and saves the result, unless
     * the change returns the same object (nothing to do) or there is no subscription.
     *
     * @return the subscription as it is afterwards
     * <p>The change may run more than once: when another process wrote the channel since it was
     * read, it is applied again to what is stored now, so it must decide from its argument only.
     *
     * @throws StoreException when it could not be saved; then nothing changed
     */
    Optional<Subscription> update(long channelId, UnaryOperator<Subscription> change) {
        return locked(channelId, channelId, () -> {
            for (int attempt = 1; ; attempt++) {
                Subscription current = store.get(channelId).orElse(null);
                if (current == null) {
                    return Optional.empty();
                }
                Subscription changed = change.apply(current);
                if (changed == current) {
                    return Optional.of(changed);
                }
                try {
                    store.put(changed);
                    return Optional.of(changed);
                } catch (StoreConflict e) {
                    // another process wrote it: the store re-read it, so the change is decided again
                    if (attempt >= MAX_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    /** Runs {@code body} holding the locks of both channels, taken in id order. */
    <T> T locked(long a, long b, Supplier<T> body) {
        ReentrantLock first = lockFor(Math.min(a, b));
        ReentrantLock second = lockFor(Math.max(a, b));
        first.lock();
        try {
            second.lock();
            try {
                return body.get();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    private ReentrantLock lockFor(long channelId) {
        return locks.computeIfAbsent(channelId, k -> new ReentrantLock());
    }
}
