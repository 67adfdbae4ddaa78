package dev.paperboy.bench;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.LearnPath;
import dev.paperboy.learn.Learner;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.NextStep;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcMarkStore;
import dev.paperboy.store.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code /learn next} on a store of 1,000,000 marks of 50,000 users (issue 12): the user's marks
 * read through {@link JdbcMarkStore#marksOf} and {@link LearnPath#next} on the seed catalogue, as
 * the bot answers it; and one press of a Read button ({@link JdbcMarkStore#toggle}), the store's
 * write in a click. SQLite (WAL, synchronous=FULL, as {@link Database#sqlite}) and the embedded
 * PostgreSQL. The setup seeds the {@code mark} table straight with JDBC batches (rows in the order
 * they would have arrived, by time, so a user's rows are spread over the table as in real use) and
 * prints the store's size. Seeding takes tens of seconds per trial, hence one fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class LearnNextBenchmark {

    static final int USERS = 50_000;
    static final int MARKS = 1_000_000;
    static final long SEED = 12L;
    /** User ids as Discord's snowflakes look, so the keys are as wide as real ones. */
    static final long FIRST_USER = 300_000_000_000_000_000L;

    @Param({"sqlite", "postgresql"})
    public String db;

    private Path stateDir;
    private EmbeddedPostgres server;
    private Database database;
    private JdbcMarkStore marks;
    private Catalogue catalogue;
    private List<Item> papers;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        catalogue = CatalogueFile.read(Path.of("data/catalogue.json"));
        papers = catalogue.chronologicalPapers().stream().map(p -> Item.paper(p.id())).toList();
        String pgUrl = null;
        if (db.equals("sqlite")) {
            stateDir = Files.createTempDirectory("paperboy-learn-bench");
            database = TestDatabases.sqlite(stateDir);
        } else {
            // an embedded server of its own: the tests' one (TestDatabases) runs with fsync and
            // synchronous_commit off, so a press's commit would cost nothing there; a production
            // server has both on
            server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE paperboy_bench");
            }
            pgUrl = server.getJdbcUrl("postgres", "paperboy_bench");
            database = TestDatabases.postgres(pgUrl);
        }
        marks = new JdbcMarkStore(database);
        List<Row> rows = generate(catalogue);
        long t0 = System.nanoTime();
        if (pgUrl != null) { // a connection of its own: the driver rewrites a batch into multi-row INSERTs
            try (Connection c = DriverManager.getConnection(pgUrl + (pgUrl.contains("?") ? "&" : "?")
                    + "reWriteBatchedInserts=true", "postgres", null)) {
                insert(c, rows);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE mark"); // what autovacuum does after a million inserts
                }
            }
        } else {
            try (Connection c = database.dataSource().getConnection()) {
                insert(c, rows);
            }
        }
        long seeded = System.nanoTime() - t0;
        System.out.printf("%n[learn] %s: %,d marks of %,d users seeded in %.1f s%n", db, count(), USERS,
                seeded / 1e9);
        System.out.println("[learn] " + db + " size: " + size());
        System.out.println("[learn] " + db + " settings: " + settings());
        System.out.println("[learn] " + db + " plan of marksOf: " + plan());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        System.out.println("\n[learn] " + db + " size after the run: " + size());
        database.close();
        if (server != null) {
            server.close();
        }
        if (stateDir != null) {
            try (Stream<Path> files = Files.walk(stateDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code /learn next} for a random user, all areas: the marks read, then the path walked. */
    @Benchmark
    public NextStep next() {
        long user = FIRST_USER + ThreadLocalRandom.current().nextInt(USERS);
        return LearnPath.next(catalogue, Learner.of(marks.marksOf(user)), null);
    }

    /** A Read press of a random user on a random paper: one upsert (and a delete when it clears). */
    @Benchmark
    public boolean toggle() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long user = FIRST_USER + r.nextInt(USERS);
        return marks.toggle(user, papers.get(r.nextInt(papers.size())), Mark.Kind.READ, Instant.now());
    }

    record Row(long user, String item, String kind, long at) {
    }

    /**
     * 1,000,000 marks of 50,000 users, reproducibly: a user's count is drawn around 20 (many with a
     * few, some with 50 and more), READ on papers mostly as a prefix of the chronological list with
     * gaps, DONE on resources along the list's path with gaps, SAVED on a few items; times over two
     * years, each user's marks in path order. Sorted by time, the order they would have arrived.
     */
    static List<Row> generate(Catalogue catalogue) {
        List<String> paperKeys = catalogue.chronologicalPapers().stream().map(p -> Item.paper(p.id()).key()).toList();
        List<String> resourceKeys = new ArrayList<>();
        for (Section s : catalogue.resourceSections()) {
            for (Resource r : catalogue.resourcesIn(s.key())) {
                resourceKeys.add(Item.resource(r.id()).key());
            }
        }
        int cap = paperKeys.size() + resourceKeys.size() - 3;
        Random random = new Random(SEED);
        int[] counts = new int[USERS];
        long total = 0;
        for (int u = 0; u < USERS; u++) {
            // 1 + exponential of mean 19, capped: mean about 20, a long tail
            counts[u] = (int) Math.min(cap, 1 + Math.floor(-19 * Math.log(1 - random.nextDouble())));
            total += counts[u];
        }
        while (total != MARKS) { // nudge random users until the total is exact
            int u = random.nextInt(USERS);
            if (total < MARKS && counts[u] < cap) {
                counts[u]++;
                total++;
            } else if (total > MARKS && counts[u] > 1) {
                counts[u]--;
                total--;
            }
        }
        long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        long twoYears = 2L * 365 * 24 * 3600 * 1000;
        List<Row> rows = new ArrayList<>(MARKS);
        for (int u = 0; u < USERS; u++) {
            long user = FIRST_USER + u;
            int n = counts[u];
            int saved = n >= 5 ? random.nextInt(4) : 0;
            int rest = n - saved;
            int read = Math.min(paperKeys.size(), (int) Math.round(rest * (0.45 + 0.3 * random.nextDouble())));
            int done = Math.min(resourceKeys.size(), rest - read);
            read = rest - done;
            long at = start + (long) (random.nextDouble() * twoYears * 0.7);
            // interleave the two paths in time, as someone alternating papers and resources
            List<String> readItems = along(paperKeys, read, 0.9, random);
            List<String> doneItems = along(resourceKeys, done, 0.8, random);
            int i = 0;
            int j = 0;
            while (i < readItems.size() || j < doneItems.size()) {
                at += 60_000L + (long) (random.nextDouble() * 3 * 24 * 3600 * 1000);
                if (j >= doneItems.size() || (i < readItems.size() && random.nextBoolean())) {
                    rows.add(new Row(user, readItems.get(i++), "READ", at));
                } else {
                    rows.add(new Row(user, doneItems.get(j++), "DONE", at));
                }
            }
            List<String> all = new ArrayList<>(paperKeys);
            all.addAll(resourceKeys);
            for (int k = 0; k < saved; k++) {
                at += 60_000L + (long) (random.nextDouble() * 7 * 24 * 3600 * 1000);
                rows.add(new Row(user, all.remove(random.nextInt(all.size())), "SAVED", at));
            }
        }
        rows.sort(Comparator.comparingLong(Row::at).thenComparingLong(Row::user));
        return rows;
    }

    /** {@code n} items of {@code path}, walking it in order and taking each with {@code p}, then filling gaps. */
    static List<String> along(List<String> path, int n, double p, Random random) {
        boolean[] take = new boolean[path.size()];
        int taken = 0;
        for (int k = 0; k < path.size() && taken < n; k++) {
            if (random.nextDouble() < p) {
                take[k] = true;
                taken++;
            }
        }
        for (int k = 0; k < path.size() && taken < n; k++) {
            if (!take[k]) {
                take[k] = true;
                taken++;
            }
        }
        List<String> items = new ArrayList<>(n);
        for (int k = 0; k < path.size(); k++) {
            if (take[k]) {
                items.add(path.get(k));
            }
        }
        return items;
    }

    /** A few transactions of JDBC batches straight into {@code mark}, columns as in V3. */
    static void insert(Connection c, List<Row> rows) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO mark (user_id, item, kind, marked_at, present) VALUES (?, ?, ?, ?, 1)")) {
            int n = 0;
            for (Row r : rows) {
                ps.setLong(1, r.user());
                ps.setString(2, r.item());
                ps.setString(3, r.kind());
                ps.setLong(4, r.at());
                ps.addBatch();
                if (++n % 5_000 == 0) {
                    ps.executeBatch();
                }
                if (n % 250_000 == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private long count() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM mark")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SQLite: the file and its WAL after a checkpoint; PostgreSQL: the table with its index, and the database. */
    private String size() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (stateDir != null) {
                try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    rs.next();
                }
                Path file = stateDir.resolve(Database.SQLITE_FILE);
                Path wal = stateDir.resolve(Database.SQLITE_FILE + "-wal");
                long fileBytes = Files.size(file);
                long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
                return String.format("paperboy.db %s, -wal %s (after a checkpoint), together %s", mib(fileBytes),
                        mib(walBytes), mib(fileBytes + walBytes));
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('mark'), pg_relation_size('mark'), "
                    + "pg_indexes_size('mark'), pg_database_size(current_database())")) {
                rs.next();
                return String.format("mark total %s (heap %s, indexes %s), database %s", mib(rs.getLong(1)),
                        mib(rs.getLong(2)), mib(rs.getLong(3)), mib(rs.getLong(4)));
            }
        } catch (SQLException | IOException e) {
            return "unknown (" + e + ")";
        }
    }

    /** What decides a commit's cost and the cache: SQLite's pragmas, PostgreSQL's settings. */
    private String settings() {
        List<String> names = stateDir != null
                ? List.of("journal_mode", "synchronous", "cache_size", "page_size")
                : List.of("synchronous_commit", "fsync", "wal_sync_method", "shared_buffers", "server_version");
        List<String> values = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery((stateDir != null ? "PRAGMA " : "SHOW ") + name)) {
                    rs.next();
                    values.add(name + "=" + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            values.add("unknown (" + e + ")");
        }
        return String.join(", ", values);
    }

    /** How the database reads one user's marks: the query of {@link JdbcMarkStore#marksOf}. */
    private String plan() {
        String query = "SELECT item, kind, marked_at FROM mark WHERE user_id = " + FIRST_USER
                + " AND present = 1 ORDER BY marked_at, item, kind";
        List<String> lines = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery((stateDir != null ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query)) {
            while (rs.next()) {
                lines.add(rs.getString(stateDir != null ? 4 : 1).trim());
            }
        } catch (SQLException e) {
            lines.add("unknown (" + e + ")");
        }
        return String.join(" | ", lines);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB (%,d bytes)", bytes / 1048576.0, bytes);
    }

    /** Prints the generated mix without a database, for a look at it: its counts by kind and users' spread. */
    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueFile.read(Path.of("data/catalogue.json"));
        List<Row> rows = generate(catalogue);
        long readRows = rows.stream().filter(r -> r.kind().equals("READ")).count();
        long doneRows = rows.stream().filter(r -> r.kind().equals("DONE")).count();
        int[] perUser = new int[USERS];
        rows.forEach(r -> perUser[(int) (r.user() - FIRST_USER)]++);
        Arrays.sort(perUser);
        System.out.printf("%,d rows: READ %,d, DONE %,d, SAVED %,d; per user p10 %d, p50 %d, p90 %d, max %d; "
                        + "papers %d%n", rows.size(), readRows, doneRows, rows.size() - readRows - doneRows,
                perUser[USERS / 10], perUser[USERS / 2], perUser[USERS * 9 / 10], perUser[USERS - 1],
                catalogue.chronologicalPapers().size());
        List<Paper> ps = catalogue.chronologicalPapers();
        System.out.println("first paper " + ps.get(0).id() + ", last " + ps.get(ps.size() - 1).id());
    }
}
