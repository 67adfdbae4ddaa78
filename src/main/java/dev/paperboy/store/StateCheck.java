package dev.paperboy.store;

import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.SubscriptionJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What {@code check} says of the database, reading only: no pool, no migration, no write, so it
 * can run beside the bot. A database the bot has not created or migrated yet is not a problem:
 * the bot does both at start.
 *
 * @param where       the database, as a person would look for it
 * @param exists      whether there is a database with the bot's tables
 * @param subscriptions live subscriptions (stopped ones are kept as tombstones and not counted)
 * @param problems    subscriptions whose stored document cannot be read
 */
public record StateCheck(String where, boolean exists, int subscriptions, List<StoreProblem> problems) {

    /** SQLite's {@code paperboy.db} in the state directory, opened read-only. */
    public static StateCheck sqlite(Path stateDir) {
        Path file = stateDir.resolve(Database.SQLITE_FILE).toAbsolutePath();
        String where = "SQLite " + file;
        if (!Files.isRegularFile(file)) {
            return new StateCheck(where, false, 0, List.of());
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly)) {
            return read(c, where);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + where + ": " + e.getMessage(), e);
        }
    }

    /** PostgreSQL at {@code url}, in a read-only transaction. */
    public static StateCheck postgres(String url, String user, String password) {
        String where = "PostgreSQL " + Database.withoutSecrets(url);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setReadOnly(true);
            return read(c, where);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + where + ": " + Database.rootMessage(e), e);
        }
    }

    private static StateCheck read(Connection c, String where) throws SQLException {
        List<StoreProblem> problems = new ArrayList<>();
        int live = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT channel_id, document FROM subscription WHERE document IS NOT NULL")) {
            while (rs.next()) {
                try {
                    if (!SubscriptionJson.read(rs.getString(2).getBytes(StandardCharsets.UTF_8)).stopped()) {
                        live++;
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add(StoreProblem.inDatabase(rs.getLong(1), e.getMessage()));
                }
            }
        } catch (SQLException e) {
            if (!c.getMetaData().getTables(null, null, "subscription", null).next()) {
                return new StateCheck(where, false, 0, List.of()); // created and migrated at the bot's start
            }
            throw e;
        }
        return new StateCheck(where, true, live, problems);
    }
}
