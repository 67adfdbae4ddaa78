package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.daily.StoreConflict;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every database under {@link JdbcSubscriptionStore} must do, run on SQLite and on
 * PostgreSQL. "Another process" is a second store with its own connection pool on the same
 * database, as a second bot process would have.
 */
abstract class SubscriptionStoreContract {

    static final long GUILD = 1234567890123456789L;
    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private final List<Database> opened = new ArrayList<>();

    /** Opens the test's database; a second call opens it again, as another process would. */
    abstract Database openDatabase();

    Database database() {
        Database db = openDatabase();
        opened.add(db);
        return db;
    }

    JdbcSubscriptionStore store(Database db, String owner) {
        return new JdbcSubscriptionStore(db.dataSource(), owner, true); // leases on: their SQL runs on both
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    static Subscription subscription(long guild, long channel) {
        return Subscription.create(guild, channel, LocalTime.of(9, 30), ZoneId.of("Asia/Taipei"), "nlp", 42L);
    }

    @Test
    void aSavedSubscriptionIsReadBackWholeAfterTheDatabaseIsOpenedAgain() {
        Database first = database();
        Subscription s = subscription(GUILD, 987654321098765432L).withLastPostedAt(NOW.minusSeconds(86_400))
                .withArea("cv");
        store(first, "a").put(s);
        first.close();

        JdbcSubscriptionStore reopened = store(database(), "a");
        assertThat(reopened.get(987654321098765432L)).contains(s);
        assertThat(reopened.all()).containsExactly(s);
    }

    @Test
    void byGuildListsOnlyThatGuildsChannelsInChannelOrder() {
        JdbcSubscriptionStore store = store(database(), "a");
        store.put(subscription(1, 30));
        store.put(subscription(2, 20));
        store.put(subscription(1, 10));

        assertThat(store.byGuild(1)).extracting(Subscription::channelId).containsExactly(10L, 30L);
        assertThat(store.byGuild(2)).extracting(Subscription::channelId).containsExactly(20L);
        assertThat(store.byGuild(3)).isEmpty();
    }

    @Test
    void aSecondPutReplacesTheFirst() {
        JdbcSubscriptionStore store = store(database(), "a");
        store.put(subscription(1, 10));
        Subscription changed = subscription(1, 10).withSchedule(LocalTime.of(20, 0), ZoneId.of("Europe/Paris"));
        store.put(changed);

        assertThat(store.get(10)).contains(changed);
        assertThat(store(database(), "b").all()).containsExactly(changed);
    }

    @Test
    void whatOneProcessWritesTheOtherSeesAtItsNextPassOrCommand() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        Subscription s = subscription(1, 10);
        a.put(s);

        assertThat(b.all()).containsExactly(s);
        assertThat(b.byGuild(1)).containsExactly(s);
        a.remove(10);
        assertThat(b.all()).isEmpty();
        assertThat(b.get(10)).isEmpty();
    }

    @Test
    void aWriteOnAStaleReadIsRefusedAndTheStoreThenHoldsWhatTheOtherProcessWrote() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        a.put(subscription(1, 10));
        b.all(); // b has read revision 1
        Subscription byA = a.get(10).orElseThrow().withArea("cv");
        a.put(byA);

        Subscription byB = b.get(10).orElseThrow().withSchedule(LocalTime.of(7, 0), ZoneId.of("UTC"));
        assertThatThrownBy(() -> b.put(byB)).isInstanceOf(StoreConflict.class);

        assertThat(b.get(10)).contains(byA);
        Subscription again = b.get(10).orElseThrow().withSchedule(LocalTime.of(7, 0), ZoneId.of("UTC"));
        b.put(again);
        assertThat(a.fresh(10)).contains(again);
        assertThat(again.area()).isEqualTo("cv");
    }

    @Test
    void twoProcessesCreatingTheSameChannelAtOnceLeaveOneAndTheOtherIsToldToReadAgain() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        a.put(subscription(1, 10).withArea("cv"));

        assertThatThrownBy(() -> b.put(subscription(1, 10))).isInstanceOf(StoreConflict.class);
        assertThat(b.get(10)).map(Subscription::area).contains("cv");
    }

    @Test
    void aLeaseKeepsOtherProcessesOutUntilItIsGivenBackOrRunsOut() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        a.put(subscription(1, 10));
        Duration lease = Duration.ofMinutes(5);

        assertThat(a.tryLease(10, NOW, lease)).isTrue();
        assertThat(b.tryLease(10, NOW.plusSeconds(60), lease)).as("held by a").isFalse();
        assertThat(a.tryLease(10, NOW.plusSeconds(60), lease)).as("a takes its own again").isTrue();
        a.releaseLease(10);
        assertThat(b.tryLease(10, NOW.plusSeconds(61), lease)).as("given back").isTrue();
        assertThat(a.tryLease(10, NOW.plusSeconds(62), lease)).as("now held by b").isFalse();
        assertThat(a.tryLease(10, NOW.plusSeconds(61 + 301), lease)).as("b's ran out: b crashed").isTrue();
    }

    @Test
    void givingBackALeaseAnotherProcessTookAfterOursRanOutLeavesTheirs() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        a.put(subscription(1, 10));
        a.tryLease(10, NOW, Duration.ofSeconds(10));
        assertThat(b.tryLease(10, NOW.plusSeconds(11), Duration.ofMinutes(5))).isTrue();

        a.releaseLease(10); // a's slow post ends late

        assertThat(a.tryLease(10, NOW.plusSeconds(12), Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void aLeaseDoesNotChangeTheSubscriptionNorCountAsAWriteOfIt() {
        JdbcSubscriptionStore a = store(database(), "a");
        JdbcSubscriptionStore b = store(database(), "b");
        a.put(subscription(1, 10));
        b.all();
        a.tryLease(10, NOW, Duration.ofMinutes(5));

        Subscription byB = b.get(10).orElseThrow().withArea("cv");
        b.put(byB); // no conflict: the lease is not part of the subscription
        assertThat(a.fresh(10)).contains(byB);
    }

    @Test
    void aRowThatCannotBeReadIsReportedKeptAndReplacedBySettingTheChannelAgain() throws SQLException {
        Database db = database();
        JdbcSubscriptionStore a = store(db, "a");
        a.put(subscription(1, 10));
        a.put(subscription(1, 11));
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE subscription SET document = ?, revision = 99 "
                     + "WHERE channel_id = 11")) {
            q.setString(1, "{ not json");
            q.executeUpdate();
        }

        JdbcSubscriptionStore b = store(database(), "b");
        assertThat(b.all()).extracting(Subscription::channelId).containsExactly(10L);
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.channelId()).isEqualTo(11);
            assertThat(p.where()).contains("database");
        });

        b.put(subscription(1, 11).withArea("cv"));
        assertThat(b.problems()).isEmpty();
        assertThat(store(database(), "c").get(11)).map(Subscription::area).contains("cv");
    }

    @Test
    void aWriteThatFailsChangesNothingThatReadsSee() {
        Database db = database();
        JdbcSubscriptionStore store = store(db, "a");
        Subscription s = subscription(1, 10);
        store.put(s);
        db.close(); // the database is gone: every write fails

        assertThatThrownBy(() -> store.put(s.withArea("cv"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("channel 10");
        assertThat(store.get(10)).contains(s);
    }

    @Test
    void theDatabaseSaysWhetherItAnswers() {
        Database db = database();
        assertThat(db.answers(Duration.ofSeconds(2))).isTrue();
        db.close();
        assertThat(db.answers(Duration.ofSeconds(2))).isFalse();
    }
}
