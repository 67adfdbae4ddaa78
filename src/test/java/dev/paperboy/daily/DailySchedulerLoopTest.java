package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timer around the passes. These run the real timer thread, so they wait for events
 * (latches), never for the clock; the scheduler's clock is still the hand-moved one.
 */
@Timeout(20)
class DailySchedulerLoopTest {

    static final String TAIPEI = "Asia/Taipei";

    @TempDir
    Path stateDir;

    final MutableClock clock = new MutableClock(at("2024-05-01T12:00", TAIPEI).toInstant());

    /** A fake Discord that counts down a latch on every message. */
    static final class LatchedPoster implements PaperPoster {
        final FakePoster inner;
        final CountDownLatch posted;

        LatchedPoster(FakePoster inner, int posts) {
            this.inner = inner;
            this.posted = new CountDownLatch(posts);
        }

        @Override
        public PostResult post(DailyPost post) throws PostFailure {
            PostResult r = inner.post(post);
            posted.countDown();
            return r;
        }

        @Override
        public Presence find(DailyPost post) throws PostFailure {
            return inner.find(post);
        }
    }

    private DailyScheduler scheduler(SubscriptionStore store, Supplier<Catalogue> catalogue, PaperPoster poster) {
        return new DailyScheduler(clock, store, catalogue, poster, g -> true, null, DailySettings.defaults(),
                PostHistory.NONE, new Pacer(1000, new Harness.NoSleep()));
    }

    @Test
    void startRunsTheCatchUpPassAtOnce() throws Exception {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir);
        store.put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 3L));
        LatchedPoster poster = new LatchedPoster(new FakePoster(clock), 1);

        try (DailyScheduler s = scheduler(store, Papers::seedShape, poster)) {
            s.start();
            assertThat(poster.posted.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(new JsonFileSubscriptionStore(stateDir).get(2).orElseThrow().lastPostedDay())
                .isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aSubscribeAfterStartPostsWithoutWaitingForTheNextTick() throws Exception {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir);
        LatchedPoster poster = new LatchedPoster(new FakePoster(clock), 1);

        try (DailyScheduler s = scheduler(store, Papers::seedShape, poster)) {
            s.start();
            s.subscribe(1, 2, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 3L);
            assertThat(poster.posted.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(poster.inner.in(2)).hasSize(1);
    }

    @Test
    void aThrowableInAPassIsLoggedAndTheTimerGoesOn() throws Exception {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir);
        store.put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 3L));
        AtomicInteger calls = new AtomicInteger();
        Supplier<Catalogue> firstCallDies = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("a pass that blows up");
            }
            return Papers.seedShape();
        };
        LatchedPoster poster = new LatchedPoster(new FakePoster(clock), 1);

        try (DailyScheduler s = scheduler(store, firstCallDies, poster)) {
            s.start();
            assertThat(poster.posted.await(10, TimeUnit.SECONDS)).as("the next pass posts").isTrue();
        }
        assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void closeWaitsForThePostInFlightAndKeepsItsResult() throws Exception {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir);
        store.put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 3L));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakePoster discord = new FakePoster(clock);
        PaperPoster slow = new PaperPoster() {
            @Override
            public PostResult post(DailyPost post) throws PostFailure {
                sending.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new PostFailure(PostFailure.Kind.TRANSIENT, "interrupted");
                }
                return discord.post(post);
            }

            @Override
            public Presence find(DailyPost post) throws PostFailure {
                return discord.find(post);
            }
        };
        DailyScheduler s = scheduler(store, Papers::seedShape, slow);
        s.start();
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(s::close);
        closer.start();
        closer.join(300);
        assertThat(closer.isAlive()).as("close waits for the post in flight").isTrue();
        release.countDown();
        closer.join(10_000);

        assertThat(closer.isAlive()).isFalse();
        Subscription after = new JsonFileSubscriptionStore(stateDir).get(2).orElseThrow();
        assertThat(after.lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(after.pending()).isNull();
        assertThat(discord.in(2)).hasSize(1);
    }

    @Test
    void theTimerSleepsUntilTheNextDueTimeButNeverLongerThanThirtySeconds() {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir);
        try (DailyScheduler s = scheduler(store, Papers::seedShape, new FakePoster(clock))) {
            assertThat(s.untilNextRun()).as("nothing to do").isEqualTo(Duration.ofSeconds(30));
            store.put(Subscription.create(1, 2, LocalTime.of(12, 0, 10), ZoneId.of(TAIPEI), "all", 3L));
            assertThat(s.untilNextRun()).isEqualTo(Duration.ofSeconds(10));
            clock.set(at("2024-05-01T11:00", TAIPEI));
            assertThat(s.untilNextRun()).isEqualTo(Duration.ofSeconds(30));
        }
    }
}
