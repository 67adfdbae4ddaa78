package dev.paperboy.store;

import dev.paperboy.daily.PostHistory;
import dev.paperboy.daily.PostedPaper;
import dev.paperboy.daily.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** {@code /daily history} in the {@code post_history} table; read straight from the database. */
public final class JdbcPostHistory implements PostHistory {

    private final DataSource db;

    public JdbcPostHistory(Database database) {
        this.db = database.dataSource();
    }

    @Override
    public void record(PostedPaper p) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO post_history (channel_id, day, guild_id, paper_id, "
                     + "message_id, posted_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel_id, day) DO NOTHING")) {
            q.setLong(1, p.channelId());
            q.setString(2, p.day().toString());
            q.setLong(3, p.guildId());
            q.setString(4, p.paperId());
            q.setString(5, p.messageId());
            q.setLong(6, p.postedAt().toEpochMilli());
            q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("the database could not record the post of channel " + p.channelId() + " for "
                    + p.day() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<PostedPaper> ofGuild(long guildId, int offset, int limit) {
        List<PostedPaper> page = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT channel_id, day, paper_id, message_id, posted_at "
                     + "FROM post_history WHERE guild_id = ? ORDER BY posted_at DESC, day DESC, channel_id "
                     + "LIMIT ? OFFSET ?")) {
            q.setLong(1, guildId);
            q.setInt(2, limit);
            q.setInt(3, offset);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    page.add(new PostedPaper(guildId, rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the database could not read the history of guild " + guildId + ": "
                    + e.getMessage(), e);
        }
        return page;
    }

    @Override
    public int countOfGuild(long guildId) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM post_history WHERE guild_id = ?")) {
            q.setLong(1, guildId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("the database could not count the history of guild " + guildId + ": "
                    + e.getMessage(), e);
        }
    }
}
