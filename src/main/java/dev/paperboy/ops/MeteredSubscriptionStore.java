package dev.paperboy.ops;

import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times each operation of the store it wraps under {@code paperboy_store_seconds{operation,outcome}}
 * and changes nothing else. Every method is delegated, the interface's defaults included: a
 * decorator that inherited {@code tryLease}'s "always yes" would let two processes post one channel.
 * {@code get} and {@code problems} answer from memory and are not timed.
 */
public final class MeteredSubscriptionStore implements SubscriptionStore {

    private final SubscriptionStore store;
    private final Metrics metrics;

    public MeteredSubscriptionStore(SubscriptionStore store, Metrics metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public List<Subscription> all() {
        return timed("all", store::all);
    }

    @Override
    public Optional<Subscription> get(long channelId) {
        return store.get(channelId);
    }

    @Override
    public List<Subscription> byGuild(long guildId) {
        return timed("by_guild", () -> store.byGuild(guildId));
    }

    @Override
    public void put(Subscription subscription) {
        timed("put", () -> {
            store.put(subscription);
            return null;
        });
    }

    @Override
    public void remove(long channelId) {
        timed("remove", () -> {
            store.remove(channelId);
            return null;
        });
    }

    @Override
    public Optional<Subscription> fresh(long channelId) {
        return timed("fresh", () -> store.fresh(channelId));
    }

    @Override
    public boolean tryLease(long channelId, Instant now, Duration length) {
        return timed("try_lease", () -> store.tryLease(channelId, now, length));
    }

    @Override
    public void releaseLease(long channelId) {
        timed("release_lease", () -> {
            store.releaseLease(channelId);
            return null;
        });
    }

    @Override
    public List<StoreProblem> problems() {
        return store.problems();
    }

    /** A failed operation is timed too, as {@code outcome=error}: a database that times out is slow, not absent. */
    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "ok";
            return result;
        } finally {
            metrics.store(operation, outcome, System.nanoTime() - start);
        }
    }
}
