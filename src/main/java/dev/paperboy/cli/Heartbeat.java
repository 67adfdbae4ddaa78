package dev.paperboy.cli;

import dev.paperboy.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Touches {@code <state>/heartbeat} every 10 s while the bot is connected, so a container
 * health check can tell a live bot from a stuck one by the file's age, without starting a JVM.
 */
final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    static final long PERIOD_SECONDS = 10;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paperboy-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Path file;
    private final BooleanSupplier healthy;
    private final Clock clock;
    private volatile boolean warned;
    private long lastBeatNanos;
    private boolean beaten;

    Heartbeat(Path stateDir, BooleanSupplier healthy, Clock clock) {
        this.file = stateDir.resolve("heartbeat");
        this.healthy = healthy;
        this.clock = clock;
    }

    /** Checks every second, so the first beat follows the connection closely; writes every 10 s. */
    void start() {
        timer.scheduleAtFixedRate(this::beat, 0, 1, TimeUnit.SECONDS);
    }

    void beat() {
        if (!healthy.getAsBoolean()) {
            return;
        }
        long now = System.nanoTime();
        if (beaten && now - lastBeatNanos < TimeUnit.SECONDS.toNanos(PERIOD_SECONDS)) {
            return;
        }
        beaten = true;
        lastBeatNanos = now;
        try {
            // atomically: the health check never reads a half-written (empty) file
            AtomicFiles.write(file, (clock.instant().toString() + "\n").getBytes(StandardCharsets.US_ASCII));
            warned = false;
        } catch (IOException e) {
            if (!warned) {
                log.warn("Cannot write the heartbeat file {}: {} (the container health check will fail)", file, e.toString());
                warned = true;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
