package dev.paperboy.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a database already has this version's schema, read from Flyway's own history table.
 * Most starts are restarts of the same version, and for those Flyway would load about 400 classes
 * (a quarter of a second of CPU on a cold JVM, on the start's critical path when the machine has
 * two cores) only to find nothing to do. A database that is new, behind, ahead, or holds a failed
 * migration still goes through Flyway, which migrates, validates and says what is wrong. What
 * Flyway's validation would catch on such a restart, a released migration edited afterwards,
 * {@code SchemaTest} catches in the build instead: it pins each migration's checksum.
 */
final class Schema {

    /** The newest migration in {@code db/migration} ({@code V3__marks.sql}); {@code SchemaTest} keeps it true. */
    static final int NEWEST = 3;

    private Schema() {
    }

    /**
     * True only when every migration Flyway recorded succeeded and the newest is {@link #NEWEST};
     * false for anything else, including a database with no history table yet.
     */
    static boolean isCurrent(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int newest = -1;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                String version = rows.getString(1);
                if (version != null) { // a repeatable migration or a schema-creation row has none
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest == NEWEST;
        } catch (SQLException | NumberFormatException e) {
            return false; // no history table, or one this version does not read: Flyway decides
        }
    }
}
