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
 * a log file a test can read.
 */
final class RunningBot implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("paperboy.jar", "target/paperboy.jar"));

    private final Process process;
    private final Path log;

    private RunningBot(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static RunningBot start(FakeDiscord discord, Path stateDir, Path config, Path log) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the end-to-end tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("DISCORD_TOKEN", discord.token());
        env.put("DISCORD_API_URL", discord.apiBase());
        env.put("PAPERBOY_STATE_DIR", stateDir.toString());
        env.put("PAPERBOY_CONFIG", config.toString());
        env.remove("PAPERBOY_CATALOGUE");
        return new RunningBot(pb.start(), log);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as docker stop sends; the exit status. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the bot did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
