package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.daily.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCheckTest {

    @TempDir
    Path stateDir;

    private static void seed(Database db) throws Exception {
        JdbcSubscriptionStore store = new JdbcSubscriptionStore(db, "bot");
        store.put(Subscription.create(1, 10, LocalTime.NOON, ZoneId.of("UTC"), "all", null));
        store.put(Subscription.create(2, 20, LocalTime.NOON, ZoneId.of("UTC"), "all", null).asStopped());
        store.put(Subscription.create(3, 30, LocalTime.NOON, ZoneId.of("UTC"), "all", null));
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE subscription SET document = '{ broken' WHERE channel_id = 30");
        }
    }

    @Test
    void aStateDirectoryWithNoDatabaseYetIsNotAProblemAndIsLeftWithout() {
        StateCheck check = StateCheck.sqlite(stateDir);

        assertThat(check.exists()).isFalse();
        assertThat(check.problems()).isEmpty();
        assertThat(stateDir.resolve("paperboy.db")).doesNotExist();
    }

    @Test
    void theSqliteStateIsReadWithoutWritingLiveSubscriptionsCountedAndAnUnreadableOneNamed() throws Exception {
        try (Database db = Database.sqlite(stateDir)) {
            seed(db);
        }
        long before = Files.getLastModifiedTime(stateDir.resolve("paperboy.db")).toMillis();

        StateCheck check = StateCheck.sqlite(stateDir);

        assertThat(check.exists()).isTrue();
        assertThat(check.subscriptions()).as("the stopped one is a tombstone").isEqualTo(1);
        assertThat(check.problems()).singleElement().satisfies(p -> assertThat(p.channelId()).isEqualTo(30));
        assertThat(Files.getLastModifiedTime(stateDir.resolve("paperboy.db")).toMillis()).isEqualTo(before);
    }

    @Test
    void thePostgresStateIsReadTheSameWay() throws Exception {
        String url = TestDatabases.newPostgresDatabase();
        StateCheck empty = StateCheck.postgres(url, "postgres", null);
        assertThat(empty.exists()).as("not migrated yet").isFalse();
        try (Database db = TestDatabases.postgres(url)) {
            seed(db);
        }

        StateCheck check = StateCheck.postgres(url + (url.contains("?") ? "&" : "?") + "password=s3cret", "postgres", null);

        assertThat(check.subscriptions()).isEqualTo(1);
        assertThat(check.problems()).hasSize(1);
        assertThat(check.where()).doesNotContain("s3cret");
    }
}
