package dev.paperboy.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Loads sqlite-jdbc's native library from a copy made in one go. sqlite-jdbc copies the library
 * out of the jar at every start too, and then compares the copy with the jar's one byte per call
 * (about 2 million calls for 1 MB): on a cold JVM that is 0.1 s of CPU and a round of JIT work, on
 * the start's critical path when the machine has two cores. Here the copy goes into a new
 * directory only this user can write (no one can swap the file between the copy and the load),
 * sqlite-jdbc is told to load it from there ({@code org.sqlite.lib.path}, its documented switch),
 * and the copy is deleted once loaded. If anything goes wrong, nothing is lost: sqlite-jdbc loads
 * the library its own way when the first connection opens.
 */
final class SqliteLibrary {

    private static final Logger log = LoggerFactory.getLogger(SqliteLibrary.class);
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private static boolean tried; // guarded by the class

    private SqliteLibrary() {
    }

    /** Loads the library once per process, unless the operator set {@code org.sqlite.lib.path} themselves. */
    static synchronized void load() {
        if (tried || System.getProperty(PATH) != null) {
            return;
        }
        tried = true;
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Path dir = null;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // no library for this platform in the jar: sqlite-jdbc says what it tried
            }
            dir = Files.createTempDirectory("paperboy-sqlite-"); // owner-only on POSIX
            Files.copy(in, dir.resolve(name));
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, name);
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            log.debug("sqlite-jdbc will load its library itself: {}", e.toString());
        } finally {
            System.clearProperty(PATH);
            System.clearProperty(NAME);
            delete(dir, name);
        }
    }

    /** A loaded library's file can go (its mapping stays); where the platform refuses, at exit. */
    private static void delete(Path dir, String name) {
        if (dir == null) {
            return;
        }
        for (Path p : new Path[] {dir.resolve(name), dir}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
