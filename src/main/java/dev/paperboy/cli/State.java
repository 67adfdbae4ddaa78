package dev.paperboy.cli;

import dev.paperboy.config.Config;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.io.DirectoryLock;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcSubscriptionStore;
import dev.paperboy.store.JsonStateImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the running bot keeps: SQLite in the state directory, guarded by the directory's lock
 * (one process), or PostgreSQL at {@code PAPERBOY_DATABASE_URL}, shared by several processes.
 * Opening it migrates the schema and imports the JSON files of an earlier version once.
 */
final class State implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(State.class);

    private final Database database;
    private final JdbcSubscriptionStore subscriptions;
    private final DirectoryLock lock; // null with PostgreSQL

    private State(Database database, JdbcSubscriptionStore subscriptions, DirectoryLock lock) {
        this.database = database;
        this.subscriptions = subscriptions;
        this.lock = lock;
    }

    Database database() {
        return database;
    }

    JdbcSubscriptionStore subscriptions() {
        return subscriptions;
    }

    /**
     * The state being opened: the URL checked and the state directory locked now, the database
     * opened, migrated and the JSON files imported on a thread of its own while the catalogue is
     * read (each takes about as long as the other, and neither needs the other).
     * Null, said on {@code err}, when the URL is wrong or the directory is locked.
     */
    static Opening begin(Config config, Map<String, String> env, Clock clock, PrintWriter err) {
        String url = env.get("PAPERBOY_DATABASE_URL");
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql://")) {
            err.println("PAPERBOY_DATABASE_URL must be a PostgreSQL JDBC URL, like "
                    + "jdbc:postgresql://db.example:5432/paperboy; leave it unset for SQLite in the state directory.");
            return null;
        }
        boolean shared = url != null && !url.isBlank();
        DirectoryLock lock = null;
        if (!shared) {
            lock = lockStateDirectory(config, err);
            if (lock == null) {
                return null;
            }
        }
        DirectoryLock held = lock;
        CompletableFuture<State> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(openDatabase(config, env, clock, err, shared, url, held));
            } catch (Throwable e) { // never leave the start waiting
                err.println("Cannot use the state: " + e);
                release(held);
                future.complete(null);
            }
        }, "paperboy-state-open");
        t.setDaemon(true);
        t.start();
        return new Opening(future);
    }

    /** The state once it is open. */
    static final class Opening {
        private final CompletableFuture<State> future;

        private Opening(CompletableFuture<State> future) {
            this.future = future;
        }

        /** Waits for the open: the state, or null when it failed (said on {@code err}, the lock released). */
        State await() {
            return future.join();
        }
    }

    private static State openDatabase(Config config, Map<String, String> env, Clock clock, PrintWriter err,
                                      boolean shared, String url, DirectoryLock lock) {
        Database database = null;
        try {
            database = shared ? Database.postgres(url, env.get("PAPERBOY_DATABASE_USER"),
                    env.get("PAPERBOY_DATABASE_PASSWORD")) : Database.sqlite(config.stateDir());
            JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database, processName());
            JsonStateImport.run(config.stateDir(), subscriptions, clock);
            for (StoreProblem p : subscriptions.problems()) {
                log.error("{}: that channel posts nothing until it is set again with /daily set", p);
            }
            log.info("State in {}: {} subscriptions", database, subscriptions.all().size());
            return new State(database, subscriptions, lock);
        } catch (StoreException e) {
            err.println("Cannot use the state: " + e.getMessage());
            if (database != null) {
                database.close();
            }
            release(lock);
            return null;
        }
    }

    private static DirectoryLock lockStateDirectory(Config config, PrintWriter err) {
        DirectoryLock lock;
        try {
            lock = DirectoryLock.tryTake(config.stateDir()).orElse(null);
        } catch (IOException e) {
            err.println("Cannot use the state directory " + config.stateDir() + ": " + e.getMessage());
            return null;
        }
        if (lock == null) {
            err.println("Another Paperboy process (pid " + DirectoryLock.holder(config.stateDir()) + ") is using the "
                    + "state directory " + config.stateDir().toAbsolutePath() + ". Two processes on one SQLite state "
                    + "would both post: stop the other one, give this one its own PAPERBOY_STATE_DIR, or share "
                    + "PostgreSQL between them (PAPERBOY_DATABASE_URL).");
        }
        return lock;
    }

    /**
     * Names this process in the leases it takes: host, pid and a random part, so a restarted
     * process never mistakes a lease of its dead predecessor for its own while a post of that one
     * may still be in flight.
     */
    static String processName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown-host";
            }
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        database.close();
        release(lock);
    }

    private static void release(DirectoryLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException e) {
            log.warn("Could not release the lock of the state directory: {}", e.toString());
        }
    }
}
