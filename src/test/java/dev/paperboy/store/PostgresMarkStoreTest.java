package dev.paperboy.store;

import org.junit.jupiter.api.BeforeEach;

class PostgresMarkStoreTest extends MarkStoreContract {

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
