package dev.paperboy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeteredSubscriptionStoreTest {

    private static final Subscription SAVED = Subscription.create(10L, 20L, LocalTime.of(9, 0),
            ZoneId.of("Asia/Taipei"), "all", 1L);
    private static final Subscription NEWER = Subscription.create(10L, 20L, LocalTime.of(10, 0),
            ZoneId.of("Asia/Taipei"), "all", 1L);

    private final Metrics metrics = new Metrics();
    private final MeterRegistry registry = metrics.registry();
    private final Shared shared = new Shared();
    private final MeteredSubscriptionStore store = new MeteredSubscriptionStore(shared, metrics);

    @AfterEach
    void close() {
        metrics.close();
    }

    /**
     * A store shared with another process: every default of the interface answered otherwise than
     * the default does, so a decorator that fell back on a default is caught.
     */
    private static final class Shared implements SubscriptionStore {
        final List<String> calls = new ArrayList<>();
        boolean failing;

        private void call(String what) {
            calls.add(what);
            if (failing) {
                throw new StoreException("the database is gone", null);
            }
        }

        public List<Subscription> all() {
            call("all");
            return List.of(SAVED);
        }

        public Optional<Subscription> get(long channelId) {
            call("get " + channelId);
            return Optional.of(SAVED);
        }

        public List<Subscription> byGuild(long guildId) {
            call("byGuild " + guildId);
            return List.of(SAVED);
        }

        public void put(Subscription s) {
            call("put " + s.channelId());
        }

        public void remove(long channelId) {
            call("remove " + channelId);
        }

        public Optional<Subscription> fresh(long channelId) {
            call("fresh " + channelId);
            return Optional.of(NEWER); // another process changed it
        }

        public boolean tryLease(long channelId, Instant now, Duration length) {
            call("tryLease " + channelId + " " + now + " " + length);
            return false; // another process holds it
        }

        public void releaseLease(long channelId) {
            call("releaseLease " + channelId);
        }

        public List<StoreProblem> problems() {
            calls.add("problems");
            return List.of(StoreProblem.inDatabase(20L, "unreadable row"));
        }
    }

    private long timed(String operation, String outcome) {
        var timer = Search.in(registry).name("paperboy.store").tags("operation", operation, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void everyCallReachesTheStoreWithItsArgumentsAndItsAnswerComesBack() {
        Instant now = Instant.parse("2025-03-01T01:00:00Z");

        assertThat(store.all()).containsExactly(SAVED);
        assertThat(store.get(20L)).contains(SAVED);
        assertThat(store.byGuild(10L)).containsExactly(SAVED);
        store.put(SAVED);
        store.remove(20L);
        assertThat(store.fresh(20L)).as("the shared store's fresh read, not get's").contains(NEWER);
        assertThat(store.tryLease(20L, now, Duration.ofMinutes(5))).as("the shared store's refusal").isFalse();
        store.releaseLease(20L);
        assertThat(store.problems()).extracting(StoreProblem::reason).containsExactly("unreadable row");

        assertThat(shared.calls).containsExactly("all", "get 20", "byGuild 10", "put 20", "remove 20", "fresh 20",
                "tryLease 20 " + now + " PT5M", "releaseLease 20", "problems");
    }

    @Test
    void eachOperationButTheInMemoryOnesIsTimedUnderItsName() {
        store.all();
        store.all();
        store.get(20L);
        store.byGuild(10L);
        store.put(SAVED);
        store.remove(20L);
        store.fresh(20L);
        store.tryLease(20L, Instant.EPOCH, Duration.ofMinutes(5));
        store.releaseLease(20L);
        store.problems();

        assertThat(timed("all", "ok")).isEqualTo(2);
        for (String op : List.of("by_guild", "put", "remove", "fresh", "try_lease", "release_lease")) {
            assertThat(timed(op, "ok")).as(op).isEqualTo(1);
        }
        assertThat(Search.in(registry).name("paperboy.store").timers()).hasSize(7);
    }

    @Test
    void aFailedOperationIsTimedAsAnErrorAndItsExceptionPassesUnchanged() {
        shared.failing = true;

        assertThatThrownBy(() -> store.put(SAVED)).isInstanceOf(StoreException.class)
                .hasMessage("the database is gone");

        assertThat(timed("put", "error")).isEqualTo(1);
        assertThat(timed("put", "ok")).isZero();
    }

    @Test
    void theDecoratorOverridesEveryMethodOfTheStoreDefaultsIncluded() throws Exception {
        // a default added to SubscriptionStore later would otherwise be answered by the interface, not the store
        for (Method m : SubscriptionStore.class.getMethods()) {
            Method own = MeteredSubscriptionStore.class.getMethod(m.getName(), m.getParameterTypes());
            assertThat(own.getDeclaringClass()).as(m.getName()).isEqualTo(MeteredSubscriptionStore.class);
        }
    }
}
