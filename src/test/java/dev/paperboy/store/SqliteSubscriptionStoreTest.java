package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSubscriptionStoreTest extends SubscriptionStoreContract {

    @TempDir
    Path stateDir;

    @Override
    Database openDatabase() {
        return TestDatabases.sqlite(stateDir);
    }

    @Test
    void theBotsSqliteStoreTakesNoLeasesSinceTheStateDirectorysLockKeepsItToOneProcess() {
        Database db = database();
        JdbcSubscriptionStore store = new JdbcSubscriptionStore(db, "a");
        store.put(subscription(1, 10));
        new JdbcSubscriptionStore(db.dataSource(), "killed", true).tryLease(10, NOW, Duration.ofMinutes(5));

        assertThat(store.tryLease(10, NOW, Duration.ofMinutes(5))).as("after a restart, at once").isTrue();
    }
}
