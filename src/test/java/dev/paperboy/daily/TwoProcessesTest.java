package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcSubscriptionStore;
import dev.paperboy.store.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes that both run a guild's shard for a while (a rolling deploy), over one
 * PostgreSQL (SQLite is one process's, under the state directory's lock): each has its own store and scheduler, and they share Discord. The leases and the
 * compare-and-set writes must give every channel one post a day.
 */
class TwoProcessesTest {

    static final Instant BEFORE = Instant.parse("2026-12-02T00:30:00Z"); // 08:30 in Taipei
    static final Instant DUE = Instant.parse("2026-12-02T01:00:05Z");
    static final List<Long> CHANNELS = LongStream.rangeClosed(1, 40).boxed().toList();

    final MutableClock clock = new MutableClock(BEFORE);
    final FakePoster discord = new FakePoster(clock);
    final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private Database database(String url) {
        Database db = TestDatabases.postgres(url);
        opened.add(db);
        return db;
    }

    private DailyScheduler process(Database db, String name, PaperPoster poster) {
        DailyScheduler s = new DailyScheduler(clock, new JdbcSubscriptionStore(db, name),
                Papers::small, poster, g -> true, null, DailySettings.defaults().withParallelSends(4),
                new InMemoryPostHistory(), new Pacer(1_000_000, new Harness.NoSleep()));
        opened.add(s);
        return s;
    }

    /** Discord taking a moment to answer, so the two processes' posts overlap. */
    private PaperPoster slow(PaperPoster inner) {
        return new PaperPoster() {
            @Override
            public PostResult post(DailyPost post) throws PostFailure {
                pause();
                return inner.post(post);
            }

            @Override
            public Presence find(DailyPost post) throws PostFailure {
                pause();
                return inner.find(post);
            }

            private void pause() {
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Test
    void twoProcessesPassingAtTheSameInstantPostEachChannelOnceAndOnlyOnce() throws Exception {
        String url = TestDatabases.newPostgresDatabase();
        DailyScheduler a = process(database(url), "a", slow(discord));
        DailyScheduler b = process(database(url), "b", slow(discord));
        for (long channel : CHANNELS) {
            a.subscribe(1000 + channel, channel, LocalTime.of(9, 0), ZoneId.of("Asia/Taipei"), "all", Harness.USER);
        }
        clock.set(DUE);

        CompletableFuture<Void> passA = CompletableFuture.runAsync(a::runDue);
        CompletableFuture<Void> passB = CompletableFuture.runAsync(b::runDue);
        passA.get();
        passB.get();
        a.runDue();
        b.runDue(); // a channel one of them skipped (leased by the other) is done by now, not again

        for (long channel : CHANNELS) {
            assertThat(discord.in(channel)).as("messages in channel %d", channel).hasSize(1);
            assertThat(discord.callsFor(channel, "post")).as("sends to channel %d", channel).hasSize(1);
        }
        clock.set(DUE.plus(Duration.ofHours(3)));
        a.runDue();
        b.runDue();
        assertThat(discord.messages).hasSize(CHANNELS.size());
    }

    @Test
    void aChannelLeasedByAProcessThatDiedIsPostedByTheOtherWhenTheLeaseRunsOut() throws Exception {
        Database db = database(TestDatabases.newPostgresDatabase());
        DailyScheduler b = process(db, "b", discord);
        b.subscribe(Harness.GUILD, 1, LocalTime.of(9, 0), ZoneId.of("Asia/Taipei"), "all", Harness.USER);
        JdbcSubscriptionStore dead = new JdbcSubscriptionStore(db, "a");
        clock.set(DUE);
        assertThat(dead.tryLease(1, DUE, DailyDefaults.LEASE)).isTrue(); // then process a was killed

        b.runDue();
        assertThat(discord.in(1)).as("while a's lease holds").isEmpty();

        clock.set(DUE.plus(DailyDefaults.LEASE).plusSeconds(1));
        b.runDue();
        assertThat(discord.in(1)).as("after a's lease ran out").hasSize(1);
    }
}
