package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paperboy.daily.StoreException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart of the same version skips Flyway ({@link Schema}); everything else still goes through
 * it. What Flyway's validation would have caught on such a restart, an edited released migration,
 * is caught here by pinned checksums.
 */
class SchemaTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dir;

    @Test
    void newestIsTheHighestMigrationTheJarShips() throws Exception {
        URL folder = Database.class.getClassLoader().getResource("db/migration");
        assertThat(folder).isNotNull();
        int highest;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            highest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertThat(Schema.NEWEST).as("Schema.NEWEST after adding a migration").isEqualTo(highest);
    }

    @Test
    void releasedMigrationsAreNeverEdited() {
        Map<String, Integer> checksums = new TreeMap<>();
        for (MigrationInfo m : flyway(dir.resolve("checksums.db")).info().all()) {
            checksums.put(m.getScript(), m.getChecksum());
        }
        // a change to a shipped migration would only be noticed by databases that migrate past it;
        // change the schema with a new migration instead (and add its checksum here)
        assertThat(checksums).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "V1__subscriptions.sql", 786214428,
                "V2__post_history.sql", -124726017,
                "V3__marks.sql", 2087236228)));
    }

    @Test
    void aNewSqliteDatabaseIsMigratedAndThenFoundCurrent() throws Exception {
        try (Database db = Database.sqlite(dir); Connection c = db.dataSource().getConnection()) {
            assertThat(Schema.isCurrent(c)).isTrue();
        }
        try (Database again = Database.sqlite(dir); Connection c = again.dataSource().getConnection();
             Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT count(*) FROM flyway_schema_history").getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void aDatabaseBehindThisVersionIsMigratedByFlyway() throws Exception {
        Path file = dir.resolve(Database.SQLITE_FILE);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("2").load().migrate();
        try (Connection c = connection(file)) {
            assertThat(Schema.isCurrent(c)).isFalse();
        }
        try (Database db = Database.sqlite(dir); Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            assertThat(Schema.isCurrent(c)).isTrue();
            assertThat(s.executeQuery("SELECT count(*) FROM mark").getInt(1)).isZero(); // V3's table exists
        }
    }

    @Test
    void aDatabaseAheadOfThisVersionIsLeftToFlywayWhichLetsARolledBackJarRun() throws Exception {
        try (Database db = Database.sqlite(dir)) {
            execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (4, '4', 'later', 'SQL', "
                    + "'V4__later.sql', 1, 'test', 1, 1)");
        }
        try (Database older = Database.sqlite(dir); Connection c = older.dataSource().getConnection()) {
            assertThat(Schema.isCurrent(c)).isFalse(); // so Flyway ran, and warned of the newer schema
        }
    }

    @Test
    void aFailedMigrationIsLeftForFlywayToReport() throws Exception {
        try (Database db = Database.sqlite(dir)) {
            execute(db, "UPDATE flyway_schema_history SET success = 0 WHERE version = '3'");
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(Schema.isCurrent(c)).isFalse();
            }
        }
        StoreException e = catchThrowableOfType(StoreException.class, () -> Database.sqlite(dir));
        assertThat(e.getMessage()).contains("cannot open the database").containsIgnoringCase("failed");
    }

    @Test
    void aPostgresDatabaseIsMigratedOnceAndThenFoundCurrent() throws Exception {
        String url = TestDatabases.newPostgresDatabase();
        try (Database db = TestDatabases.postgres(url); Connection c = db.dataSource().getConnection()) {
            assertThat(Schema.isCurrent(c)).isTrue();
        }
        try (Database again = TestDatabases.postgres(url); Connection c = again.dataSource().getConnection();
             Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT count(*) FROM flyway_schema_history");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void aDatabaseWithoutFlywaysTableIsNotCurrent() throws Exception {
        try (Connection c = connection(dir.resolve("empty.db"))) {
            assertThat(Schema.isCurrent(c)).isFalse();
        }
    }

    private static Flyway flyway(Path file) {
        return Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").load();
    }

    private static Connection connection(Path file) throws SQLException {
        return new org.sqlite.SQLiteDataSource() {
            {
                setUrl("jdbc:sqlite:" + file);
            }
        }.getConnection();
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
