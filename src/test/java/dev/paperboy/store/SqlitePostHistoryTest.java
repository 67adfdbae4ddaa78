package dev.paperboy.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqlitePostHistoryTest extends PostHistoryContract {

    @TempDir
    Path stateDir;

    @Override
    Database openDatabase() {
        return TestDatabases.sqlite(stateDir);
    }
}
