package dev.paperboy.e2e;

import dev.paperboy.e2e.fake.FakeDiscord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot as an admin runs it: {@code java -jar target/paperboy.jar}, configured by the
 * environment only, pointed at the fake Discord by {@code DISCORD_API_URL}. Its output goes to
 * a log file a test can read. Public for the load run ({@code dev.paperboy.load.LoadRun}).
 */
public final class RunningBot implements AutoCloseable {

    public static final Path JAR = Path.of(System.getProperty("paperboy.jar", "target/paperboy.jar"));

    private final Process process;
    private final Path log;
    private final long startNanos;

    private RunningBot(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
    }

    static RunningBot start(FakeDiscord discord, Path stateDir, Path config, Path log) throws IOException {
        return start(discord, stateDir, config, log, List.of("-Xmx256m"));
    }

    /** As the tests start it, with these JVM options instead of {@code -Xmx256m}. */
    public static RunningBot start(FakeDiscord discord, Path stateDir, Path config, Path log, List<String> jvmOptions)
            throws IOException {
        return start(discord, stateDir, config, log, jvmOptions, Map.of());
    }

    /** With more environment variables (a database URL, an HTTP port). */
    public static RunningBot start(FakeDiscord discord, Path stateDir, Path config, Path log, List<String> jvmOptions,
                                   Map<String, String> moreEnvironment) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the end-to-end tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("DISCORD_TOKEN", discord.token());
        env.put("DISCORD_API_URL", discord.apiBase());
        env.put("PAPERBOY_STATE_DIR", stateDir.toString());
        env.put("PAPERBOY_CONFIG", config.toString());
        env.remove("PAPERBOY_CATALOGUE");
        env.remove("PAPERBOY_DATABASE_URL");
        env.putAll(moreEnvironment);
        long startNanos = System.nanoTime();
        return new RunningBot(pb.start(), log, startNanos);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The exit status of a process that ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /** {@link System#nanoTime()} just before the process was started. */
    public long startNanos() {
        return startNanos;
    }

    /** SIGTERM, as docker stop sends; the exit status. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the bot did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
