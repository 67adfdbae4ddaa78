package dev.paperboy.store;

import dev.paperboy.daily.StoreConflict;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionJson;
import dev.paperboy.daily.SubscriptionStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions in a SQL table (SQLite or PostgreSQL), one row per channel holding the
 * subscription's JSON document.
 *
 * <p>Reads come from memory, as the scheduler reads every subscription at each pass. The memory
 * follows the table: every write takes the next number of a counter row, and {@link #all()} and
 * {@link #byGuild} first read the rows whose revision is past the last one seen, which is what
 * other processes changed (usually nothing: one indexed query).
 *
 * <p>A write is a compare-and-set on the revision this process last saw of the row: when
 * another process wrote the channel since, nothing is written, the row is read again and
 * {@link StoreConflict} is thrown, so the caller decides again on what is there. A write is
 * committed (and on SQLite synced) before it returns, and memory changes only after.
 */
public final class JdbcSubscriptionStore implements SubscriptionStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcSubscriptionStore.class);

    /** What memory holds of a row: its revision, and the subscription (null once removed or unreadable). */
    private record Row(long revision, Subscription subscription) {
    }

    private final DataSource db;
    private final JdbcLeases leases; // null: one process, under the state directory's lock
    private final Map<Long, Row> byChannel = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> channelsByGuild = new ConcurrentHashMap<>();
    private final Map<Long, StoreProblem> problems = new ConcurrentHashMap<>();
    private final Object reading = new Object();
    private volatile long seen;

    /**
     * Loads every subscription.
     *
     * @param owner names this process in the leases it takes; unique among the processes
     * @throws StoreException when the table cannot be read
     */
    public JdbcSubscriptionStore(Database database, String owner) {
        this(database.dataSource(), owner, database.shared());
    }

    /**
     * @param leases whether posts take leases: with a database only one process uses (SQLite,
     *               under the state directory's lock) they would guard nothing, and a lease left by
     *               a killed process would hold its channel back after the restart
     */
    JdbcSubscriptionStore(DataSource db, String owner, boolean leases) {
        this.db = db;
        this.leases = leases ? new JdbcLeases(db, owner) : null;
        refresh();
    }

    @Override
    public List<Subscription> all() {
        refresh();
        List<Subscription> all = new ArrayList<>(byChannel.size());
        for (Row r : byChannel.values()) {
            if (r.subscription() != null) {
                all.add(r.subscription());
            }
        }
        return all;
    }

    @Override
    public Optional<Subscription> get(long channelId) {
        Row r = byChannel.get(channelId);
        return r == null ? Optional.empty() : Optional.ofNullable(r.subscription());
    }

    @Override
    public List<Subscription> byGuild(long guildId) {
        refresh();
        List<Subscription> found = new ArrayList<>();
        for (long channel : channelsByGuild.getOrDefault(guildId, Set.of())) {
            get(channel).filter(s -> s.guildId() == guildId).ifPresent(found::add);
        }
        found.sort(Comparator.comparingLong(Subscription::channelId));
        return found;
    }

    @Override
    public Optional<Subscription> fresh(long channelId) {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT channel_id, guild_id, revision, document FROM subscription WHERE channel_id = ?")) {
            q.setLong(1, channelId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    remember(rs);
                }
            }
        } catch (SQLException e) {
            throw failure("read the subscription of channel " + channelId, e);
        }
        return get(channelId);
    }

    @Override
    public void put(Subscription s) {
        write(s.channelId(), s.guildId(), s);
    }

    @Override
    public void remove(long channelId) {
        Row known = byChannel.get(channelId);
        if (known == null || known.subscription() == null) {
            return;
        }
        write(channelId, known.subscription().guildId(), null);
    }

    private void write(long channelId, long guildId, Subscription s) {
        Row known = byChannel.get(channelId);
        String document = s == null ? null : new String(SubscriptionJson.write(s), StandardCharsets.UTF_8);
        long revision;
        try {
            revision = Transactions.run(db, c -> {
                long next = SubscriptionTable.nextRevision(c);
                int changed = known == null ? SubscriptionTable.insert(c, channelId, guildId, next, document)
                        : SubscriptionTable.update(c, channelId, guildId, next, document, known.revision());
                return changed == 1 ? next : -1L; // -1: another process wrote the channel since we read it
            });
        } catch (SQLException e) {
            throw failure("save the subscription of channel " + channelId, e);
        }
        if (revision < 0) {
            fresh(channelId);
            throw new StoreConflict("the subscription of channel " + channelId + " was changed by another process; "
                    + "read again");
        }
        store(channelId, guildId, new Row(revision, s));
        problems.remove(channelId);
    }

    /**
     * Writes the subscriptions whose channels the table does not have, in one transaction (an
     * import of thousands is one sync, not thousands); channels already there are left as they are.
     *
     * @return how many were written
     * @throws StoreException when it could not be written; then none was
     */
    public int insertAbsent(List<Subscription> subscriptions) {
        int written;
        try {
            written = Transactions.run(db, c -> {
                long revision = SubscriptionTable.nextRevision(c);
                int n = 0;
                for (Subscription s : subscriptions) {
                    n += SubscriptionTable.insert(c, s.channelId(), s.guildId(), revision,
                            new String(SubscriptionJson.write(s), StandardCharsets.UTF_8));
                }
                return n;
            });
        } catch (SQLException e) {
            throw failure("import " + subscriptions.size() + " subscriptions", e);
        }
        refresh();
        return written;
    }

    @Override
    public boolean tryLease(long channelId, Instant now, Duration length) {
        return leases == null || leases.take(channelId, now, length);
    }

    @Override
    public void releaseLease(long channelId) {
        if (leases != null) {
            leases.release(channelId);
        }
    }

    @Override
    public List<StoreProblem> problems() {
        List<StoreProblem> list = new ArrayList<>(problems.values());
        list.sort(Comparator.comparingLong(StoreProblem::channelId));
        return list;
    }

    /** Reads the rows changed since the last read; one at a time, so a reader sees them in order. */
    private void refresh() {
        synchronized (reading) {
            try (Connection c = db.getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT channel_id, guild_id, revision, document "
                         + "FROM subscription WHERE revision > ? ORDER BY revision")) {
                q.setLong(1, seen);
                q.setFetchSize(1000);
                long last = seen;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        last = Math.max(last, remember(rs));
                    }
                }
                seen = last;
            } catch (SQLException e) {
                throw failure("read the subscriptions", e);
            }
        }
    }

    /** Takes a row into memory unless memory already has it at this revision or a later one. */
    private long remember(ResultSet rs) throws SQLException {
        long channelId = rs.getLong(1);
        long guildId = rs.getLong(2);
        long revision = rs.getLong(3);
        String document = rs.getString(4);
        Subscription s = null;
        if (document != null) {
            try {
                s = SubscriptionJson.read(document.getBytes(StandardCharsets.UTF_8));
                problems.remove(channelId);
            } catch (java.io.IOException | RuntimeException e) {
                StoreProblem p = StoreProblem.inDatabase(channelId, e.getMessage());
                if (problems.put(channelId, p) == null) {
                    log.error("The subscription of channel {} in the database cannot be read ({}); it is left as it "
                            + "is, and that channel posts nothing until it is set again with /daily set",
                            channelId, e.getMessage());
                }
            }
        }
        store(channelId, guildId, new Row(revision, s));
        return revision;
    }

    private void store(long channelId, long guildId, Row row) {
        Row before = byChannel.compute(channelId, (k, old) -> old != null && old.revision() > row.revision() ? old : row);
        if (before == row) {
            channelsByGuild.computeIfAbsent(guildId, g -> ConcurrentHashMap.newKeySet()).add(channelId);
        }
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("the database could not " + what + ": " + e.getMessage(), e);
    }
}
