package dev.paperboy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.paperboy.daily.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bot's database: SQLite in the state directory by default, PostgreSQL when several
 * processes share the state. Opening it migrates the schema (Flyway, {@code db/migration}), so a
 * new version of the bot brings its tables along; a restart of the same version finds the schema
 * current ({@link Schema}) and leaves Flyway unloaded.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /** The SQLite file in the state directory. */
    public static final String SQLITE_FILE = "paperboy.db";

    private final HikariDataSource pool;
    private final boolean shared;
    private final String description;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-health");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Boolean> check; // guarded by this

    private Database(HikariDataSource pool, boolean shared, String description) {
        this.pool = pool;
        this.shared = shared;
        this.description = description;
    }

    /**
     * SQLite in {@code <stateDir>/paperboy.db}, in WAL mode with a full sync at each commit, so a
     * write is on the disk when it returns and readers never wait for a writer.
     *
     * @throws StoreException when the file cannot be opened or migrated
     */
    public static Database sqlite(Path stateDir) {
        Path file = stateDir.resolve(SQLITE_FILE).toAbsolutePath();
        try {
            Files.createDirectories(stateDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the state directory " + stateDir + ": " + e.getMessage(), e);
        }
        SqliteLibrary.load();
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        // a write transaction takes the write lock when it begins, so it waits for another writer
        // instead of failing half-way with SQLITE_BUSY
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("paperboy-sqlite");
        config.setMaximumPoolSize(4); // one writer at a time anyway; the rest read beside it
        return open(config, false, "SQLite " + file);
    }

    /**
     * PostgreSQL at a {@code jdbc:postgresql://} URL, shared by every process of the bot.
     *
     * @throws StoreException when it cannot be reached or migrated
     */
    public static Database postgres(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("paperboy-postgres");
        config.setMaximumPoolSize(10); // the daily fan-out writes from 8 senders; commands read beside them
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        return open(config, true, "PostgreSQL " + withoutSecrets(url));
    }

    private static Database open(HikariConfig config, boolean shared, String description) {
        config.setInitializationFailTimeout(-1); // fail below, with one message
        HikariDataSource pool = new HikariDataSource(config);
        try {
            boolean current;
            try (Connection c = pool.getConnection()) {
                current = Schema.isCurrent(c);
            }
            if (!current) {
                migrate(pool, description);
            }
            return new Database(pool, shared, description);
        } catch (SQLException | RuntimeException e) { // no connection, or a FlywayException
            pool.close();
            throw new StoreException("cannot open the database " + description + ": " + rootMessage(e), e);
        }
    }

    /** Flyway brings the schema to this version's ({@code db/migration}), or says why it cannot. */
    private static void migrate(DataSource pool, String description) {
        MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Database {}: schema migrated to version {}", description, result.targetSchemaVersion);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Whether several processes may use it (PostgreSQL): then posts take leases. */
    public boolean shared() {
        return shared;
    }

    /**
     * Whether it answers within {@code timeout}, for {@code /health}. A database that takes no
     * connections makes the pool wait its full connection timeout, so the check runs aside and
     * is given up at {@code timeout}; while one is still waiting, the next says no at once.
     */
    public boolean answers(Duration timeout) {
        CompletableFuture<Boolean> running;
        synchronized (this) {
            if (check == null || check.isDone()) {
                try {
                    check = CompletableFuture.supplyAsync(this::ping, checks);
                } catch (RejectedExecutionException closed) {
                    return false;
                }
            }
            running = check;
        }
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean ping() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(5);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        checks.shutdownNow();
        pool.close();
    }

    /** A URL may carry {@code password=...}; the log gets the part before its parameters. */
    static String withoutSecrets(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
