package dev.paperboy.store;

import org.junit.jupiter.api.BeforeEach;

class PostgresPostHistoryTest extends PostHistoryContract {

    private String url;

    @BeforeEach
    void newDatabase() {
        url = TestDatabases.newPostgresDatabase();
    }

    @Override
    Database openDatabase() {
        return TestDatabases.postgres(url);
    }
}
