package dev.paperboy.store;

import dev.paperboy.daily.StoreException;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.MarkStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Learners' marks in the {@code mark} table, read straight from the database (a user's marks are
 * a few dozen rows found by the primary key's first column). A press is one upsert that flips
 * the mark (and deletes a cleared one before it commits), so presses of one button at once count
 * like presses one after the other, on SQLite and PostgreSQL alike.
 */
public final class JdbcMarkStore implements MarkStore {

    private final DataSource db;

    public JdbcMarkStore(Database database) {
        this.db = database.dataSource();
    }

    @Override
    public boolean toggle(long userId, Item item, Mark.Kind kind, Instant at) {
        try {
            return Transactions.run(db, c -> {
                boolean present;
                // one upsert: it takes the row's lock, so a second press in flight waits for this one
                try (PreparedStatement upsert = c.prepareStatement("INSERT INTO mark (user_id, item, kind, marked_at, "
                        + "present) VALUES (?, ?, ?, ?, 1) ON CONFLICT (user_id, item, kind) DO UPDATE SET "
                        + "present = 1 - mark.present, marked_at = excluded.marked_at RETURNING present")) {
                    upsert.setLong(1, userId);
                    upsert.setString(2, item.key());
                    upsert.setString(3, kind.name());
                    upsert.setLong(4, at.toEpochMilli());
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                        present = rs.getInt(1) == 1;
                    }
                }
                if (!present) { // cleared: nothing of it is kept
                    try (PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM mark WHERE user_id = ? AND item = ? AND kind = ?")) {
                        delete.setLong(1, userId);
                        delete.setString(2, item.key());
                        delete.setString(3, kind.name());
                        delete.executeUpdate();
                    }
                }
                return present;
            });
        } catch (SQLException e) {
            throw new StoreException("the database could not save the mark of user " + userId + " on " + item + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<Mark> marksOf(long userId) {
        List<Mark> marks = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT item, kind, marked_at FROM mark WHERE user_id = ? AND present = 1 "
                             + "ORDER BY marked_at, item, kind")) {
            q.setLong(1, userId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Item item = Item.parse(rs.getString(1));
                    Mark.Kind kind = kind(rs.getString(2));
                    if (item != null && kind != null) { // a row of a later version's kinds is left alone
                        marks.add(new Mark(userId, item, kind, Instant.ofEpochMilli(rs.getLong(3))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the database could not read the marks of user " + userId + ": "
                    + e.getMessage(), e);
        }
        return marks;
    }

    @Override
    public int forget(long userId) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("DELETE FROM mark WHERE user_id = ?")) {
            q.setLong(1, userId);
            return q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("the database could not erase the marks of user " + userId + ": "
                    + e.getMessage(), e);
        }
    }

    private static Mark.Kind kind(String name) {
        try {
            return Mark.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
