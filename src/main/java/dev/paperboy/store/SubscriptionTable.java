package dev.paperboy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The statements that write the {@code subscription} table, inside the caller's transaction. */
final class SubscriptionTable {

    private SubscriptionTable() {
    }

    /** The next revision; the counter row stays locked until the caller commits: revisions commit in order. */
    static long nextRevision(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "UPDATE revision_counter SET value = value + 1 WHERE id = 1 RETURNING value");
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the revision counter row is missing");
            }
            return rs.getLong(1);
        }
    }

    static int insert(Connection c, long channelId, long guildId, long revision, String document)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO subscription (channel_id, guild_id, revision, "
                + "document) VALUES (?, ?, ?, ?) ON CONFLICT (channel_id) DO NOTHING")) {
            q.setLong(1, channelId);
            q.setLong(2, guildId);
            q.setLong(3, revision);
            q.setString(4, document);
            return q.executeUpdate();
        }
    }

    static int update(Connection c, long channelId, long guildId, long revision, String document,
                              long expected) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("UPDATE subscription SET guild_id = ?, revision = ?, "
                + "document = ? WHERE channel_id = ? AND revision = ?")) {
            q.setLong(1, guildId);
            q.setLong(2, revision);
            q.setString(3, document);
            q.setLong(4, channelId);
            q.setLong(5, expected);
            return q.executeUpdate();
        }
    }
}
