package dev.paperboy.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the store's tests run on. PostgreSQL is one embedded server per test JVM (its
 * binaries come from Maven Central; no installed server, no Docker), with a new database for
 * each test, so tests share nothing but the server.
 */
public final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start(); // stopped by its own shutdown hook
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** A new, empty database on the embedded server; its JDBC URL. */
    public static String newPostgresDatabase() {
        String name = "paperboy_test_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static Database postgres(String url) {
        return Database.postgres(url, "postgres", null);
    }

    public static Database sqlite(Path stateDir) {
        return Database.sqlite(stateDir);
    }
}
