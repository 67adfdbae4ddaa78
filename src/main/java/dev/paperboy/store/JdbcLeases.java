package dev.paperboy.store;

import dev.paperboy.daily.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The lease columns of the {@code subscription} table: a process's right to post to a channel
 * until a time, taken by one conditional update (free, already ours, or run out) so two processes
 * cannot both hold it. Leases are not part of the subscription: taking one changes no revision.
 */
final class JdbcLeases {

    private final DataSource db;
    private final String owner;

    JdbcLeases(DataSource db, String owner) {
        this.db = db;
        this.owner = owner;
    }

    boolean take(long channelId, Instant now, Duration length) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE subscription SET lease_owner = ?, lease_until = ? "
                     + "WHERE channel_id = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)")) {
            q.setString(1, owner);
            q.setLong(2, now.plus(length).toEpochMilli());
            q.setLong(3, channelId);
            q.setString(4, owner);
            q.setLong(5, now.toEpochMilli());
            return q.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("the database could not take the lease of channel " + channelId + ": "
                    + e.getMessage(), e);
        }
    }

    /** Only our own: a lease another process took after ours ran out stays theirs. */
    void release(long channelId) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE subscription SET lease_owner = NULL, lease_until = NULL "
                     + "WHERE channel_id = ? AND lease_owner = ?")) {
            q.setLong(1, channelId);
            q.setString(2, owner);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("the database could not give back the lease of channel " + channelId + ": "
                    + e.getMessage(), e);
        }
    }
}
