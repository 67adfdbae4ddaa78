package dev.paperboy.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteMarkStoreTest extends MarkStoreContract {

    @TempDir
    Path stateDir;

    @Override
    Database openDatabase() {
        return TestDatabases.sqlite(stateDir);
    }
}
