package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.io.AtomicFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A bot's paper-of-the-day side over a real state directory, with a hand-moved clock and a
 * fake Discord that outlives "restarts" (as Discord does).
 */
final class Harness implements AutoCloseable {

    static final long GUILD = 100;
    static final long USER = 7;

    final Path stateDir;
    final MutableClock clock;
    final FakePoster poster;
    /** Outlives restarts, as the history file does. */
    final InMemoryPostHistory history = new InMemoryPostHistory();
    Catalogue catalogue;
    LongPredicate isLocalGuild = g -> true;
    DailySettings settings = DailySettings.defaults().withParallelSends(1);

    JsonFileSubscriptionStore files;
    CrashingStore store;
    DailyScheduler scheduler;
    int boots;

    Harness(Path stateDir, Instant start, Catalogue catalogue) {
        this.stateDir = stateDir;
        this.clock = new MutableClock(start);
        this.poster = new FakePoster(clock);
        this.catalogue = catalogue;
    }

    /** Starts (or restarts after a crash) the way the bot does: a new store and scheduler over the same directory. */
    Harness boot() {
        if (scheduler != null) {
            scheduler.close();
        }
        files = new JsonFileSubscriptionStore(stateDir, clock, AtomicFiles::write);
        store = new CrashingStore(files);
        scheduler = new DailyScheduler(clock, store, () -> catalogue, poster, isLocalGuild, null, settings,
                history, new Pacer(1_000_000, new NoSleep()));
        boots++;
        return this;
    }

    Subscribed subscribe(long channelId, String time, String zone, String area) {
        return subscribe(channelId, time, zone, area, PostOptions.Change.NONE);
    }

    Subscribed subscribe(long channelId, String time, String zone, String area, PostOptions.Change options) {
        try {
            return scheduler.subscribe(GUILD, channelId, LocalTime.parse(time), ZoneId.of(zone), area, options, USER);
        } catch (Rejected e) {
            throw new AssertionError("rejected: " + e.getMessage(), e);
        }
    }

    /** Sets the clock and runs one pass. */
    void runAt(ZonedDateTime t) {
        clock.set(t);
        scheduler.runDue();
    }

    void runDue() {
        scheduler.runDue();
    }

    /** Moves the clock by {@code step} up to {@code end}, running a pass at every step. */
    void walk(ZonedDateTime end, Duration step) {
        Instant stop = end.toInstant();
        while (clock.instant().isBefore(stop)) {
            clock.advance(step);
            scheduler.runDue();
        }
    }

    Subscription state(long channelId) {
        return files.get(channelId).orElseThrow();
    }

    /** The local days (in {@code zone}) of a channel's messages. */
    List<LocalDate> postDays(long channelId, ZoneId zone) {
        return poster.in(channelId).stream().map(m -> m.localDay(zone)).toList();
    }

    List<String> labels(long channelId) {
        return poster.in(channelId).stream().map(m -> m.post().label()).toList();
    }

    List<String> paperIds(long channelId) {
        return poster.in(channelId).stream().map(m -> m.post().paper().id()).toList();
    }

    static ZonedDateTime at(String localDateTime, String zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone));
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    /** A pacer ticker that never sleeps (the pacing itself is tested in PacerTest). */
    static final class NoSleep implements Pacer.Ticker {
        private long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
        }
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
