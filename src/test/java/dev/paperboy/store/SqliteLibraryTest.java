package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native library loads from the bot's own copy, and no copy is left behind. Each case runs in
 * a JVM of its own: a library loads once per process, and this test JVM loaded it long ago.
 */
class SqliteLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void theLibraryLoadsFromOurCopyAndNeitherOurCopyNorSqliteJdbcsOwnRemains() throws Exception {
        List<String> out = child();
        assertThat(out).first().isEqualTo("sqlite 3 answers");
        // what the temp directory held while the connection was open: sqlite-jdbc's own way leaves
        // sqlite-<version>-<uuid>-libsqlitejdbc.so (and a .lck) there until the JVM exits
        assertThat(out.subList(1, out.size())).isEmpty();
    }

    @Test
    void anOperatorsOwnLibraryPathIsLeftAlone() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
        List<String> out = child("-Dorg.sqlite.lib.path=" + empty);
        assertThat(out).first().isEqualTo("sqlite 3 answers");
        // not in their (empty) folder: sqlite-jdbc fell back to its own copy, and we made none
        assertThat(out.subList(1, out.size())).anyMatch(f -> f.startsWith("sqlite-") && f.endsWith(".so"))
                .noneMatch(f -> f.startsWith("paperboy-sqlite-"));
    }

    private List<String> child(String... jvm) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path childTmp = Files.createDirectories(tmp.resolve("tmp"));
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + childTmp));
        command.addAll(List.of(jvm));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(),
                tmp.resolve("state").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.contains(" INFO ") && !l.contains(" WARN ") && !l.contains(" ERROR ")
                && !l.isBlank()).toList();
    }

    /** Opens the database as the bot does, then lists the temp directory while it is open. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.sqlite(Path.of(args[0])); Connection c = db.dataSource().getConnection();
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
                r.next();
                System.out.println("sqlite " + r.getString(1).charAt(0) + " answers");
                try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                    files.map(f -> f.getFileName().toString()).sorted().forEach(System.out::println);
                }
            }
        }
    }
}
