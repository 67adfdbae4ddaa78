package dev.paperboy.daily;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.paperboy.io.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions as one JSON file per channel: {@code <stateDir>/subscriptions/<channelId>.json}.
 *
 * <p>One file per subscription because a post changes one subscription: a bot with 10,000
 * channels posts 10,000 times within minutes, and rewriting one big file each time would write
 * gigabytes; here each post rewrites a few hundred bytes. Every write goes through
 * {@link AtomicFiles} (temporary file, force, atomic move, force the directory), so a
 * {@code kill -9} at any instant leaves the old file or the new one.
 *
 * <p>Files are read once, at construction, into memory. A write reaches the disk before the
 * value in memory changes ("persist before you trust"); a write that fails throws
 * {@link StoreException} and changes nothing. At start, temporary files left by an interrupted
 * write are deleted, and a file that cannot be read is moved aside to
 * {@code <name>.corrupt-<timestamp>}, logged as an error and listed by {@link #problems()} — never
 * silently replaced or dropped.
 *
 * <p>Times are written as ISO-8601 strings and ids as strings (snowflakes do not fit a
 * JavaScript number), so the files read well with {@code jq}.
 */
public final class JsonFileSubscriptionStore implements SubscriptionStore {

    private static final Logger log = LoggerFactory.getLogger(JsonFileSubscriptionStore.class);

    static final String DIRECTORY = "subscriptions";

    /** Where the files of a state directory are. */
    public static Path directoryIn(Path stateDir) {
        return stateDir.resolve(DIRECTORY);
    }
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,20})\\.json");
    private static final Pattern MOVED_ASIDE = Pattern.compile("(\\d{1,20})\\.json\\.corrupt-.*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How a file is replaced; {@link AtomicFiles#write} except in tests that simulate a kill. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path target, byte[] content) throws IOException;
    }

    private final Path dir;
    private final FileWriter writer;
    private final ConcurrentHashMap<Long, Subscription> byChannel = new ConcurrentHashMap<>();
    private final List<StoreProblem> problems = new CopyOnWriteArrayList<>();
    private final Object[] stripes = new Object[64];

    /**
     * Loads every subscription under {@code stateDir}.
     *
     * @throws StoreException when the directory cannot be created or listed
     */
    public JsonFileSubscriptionStore(Path stateDir) {
        this(stateDir, Clock.systemUTC(), AtomicFiles::write);
    }

    JsonFileSubscriptionStore(Path stateDir, Clock clock, FileWriter writer) {
        this.dir = stateDir.resolve(DIRECTORY);
        this.writer = writer;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        load(clock);
    }

    /** The directory holding the files. */
    public Path directory() {
        return dir;
    }

    @Override
    public List<Subscription> all() {
        return List.copyOf(byChannel.values());
    }

    @Override
    public Optional<Subscription> get(long channelId) {
        return Optional.ofNullable(byChannel.get(channelId));
    }

    @Override
    public List<Subscription> byGuild(long guildId) {
        return byChannel.values().stream()
                .filter(s -> s.guildId() == guildId)
                .sorted(Comparator.comparingLong(Subscription::channelId))
                .toList();
    }

    @Override
    public void put(Subscription s) {
        byte[] json = SubscriptionJson.write(s);
        Path file = fileOf(s.channelId());
        synchronized (stripe(s.channelId())) {
            try {
                writer.write(file, json);
            } catch (IOException e) {
                throw new StoreException("Could not save the paper-of-the-day subscription of channel "
                        + s.channelId() + ": " + e.getMessage(), e);
            }
            byChannel.put(s.channelId(), s);
        }
    }

    @Override
    public void remove(long channelId) {
        Path file = fileOf(channelId);
        synchronized (stripe(channelId)) {
            try {
                Files.deleteIfExists(file);
                forceDirectory();
            } catch (IOException e) {
                throw new StoreException("Could not remove " + file + ": " + e, e);
            }
            byChannel.remove(channelId);
        }
    }

    @Override
    public List<StoreProblem> problems() {
        // a channel set again since (a new, readable file) is no longer a problem
        return problems.stream().filter(p -> !byChannel.containsKey(p.channelId())).toList();
    }

    /**
     * The problems a start would find, without changing anything on disk: for {@code check},
     * which must not move files of a running bot.
     */
    public static List<StoreProblem> inspect(Path stateDir) {
        Path dir = stateDir.resolve(DIRECTORY);
        List<StoreProblem> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                Matcher m = FILE_NAME.matcher(name);
                Matcher aside = MOVED_ASIDE.matcher(name);
                if (m.matches()) {
                    try {
                        read(file);
                    } catch (IOException | RuntimeException e) {
                        found.add(new StoreProblem(Long.parseUnsignedLong(m.group(1)), file, describe(e), null));
                    }
                } else if (aside.matches() && !Files.exists(dir.resolve(aside.group(1) + ".json"))) {
                    found.add(new StoreProblem(Long.parseUnsignedLong(aside.group(1)), dir.resolve(aside.group(1)
                            + ".json"), "moved aside at an earlier start, not fixed since", file));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the state directory " + dir + ": " + e, e);
        }
        return found;
    }

    Path fileOf(long channelId) {
        return dir.resolve(Long.toUnsignedString(channelId) + ".json");
    }

    private Object stripe(long channelId) {
        return stripes[(int) Math.floorMod(channelId ^ (channelId >>> 32), (long) stripes.length)];
    }

    private void load(Clock clock) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                entries.forEach(files::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot use the state directory " + dir + ": " + e, e);
        }
        files.sort(Comparator.naturalOrder());
        List<Path> movedAside = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".tmp")) {
                deleteTemporary(file);
                continue;
            }
            Matcher m = FILE_NAME.matcher(name);
            if (!m.matches() || !Files.isRegularFile(file)) {
                Matcher aside = MOVED_ASIDE.matcher(name);
                if (aside.matches()) {
                    movedAside.add(file);
                }
                continue; // anything else someone put here is not ours
            }
            try {
                Subscription s = read(file);
                if (!Long.toUnsignedString(s.channelId()).equals(m.group(1))) {
                    throw new IllegalArgumentException("it holds the subscription of channel "
                            + Long.toUnsignedString(s.channelId()) + ", not of channel " + m.group(1));
                }
                byChannel.put(s.channelId(), s);
            } catch (IOException | RuntimeException e) {
                moveAside(Long.parseUnsignedLong(m.group(1)), file, describe(e), clock);
            }
        }
        rememberMovedAside(movedAside);
        log.info("Loaded {} paper-of-the-day subscriptions from {}", byChannel.size(), dir);
    }

    /**
     * A file moved aside at an earlier start still stands for its channel until it is dealt with:
     * forgetting it at the next start would let the config file re-create the channel at #1.
     */
    private void rememberMovedAside(List<Path> movedAside) {
        for (Path file : movedAside) {
            Matcher m = MOVED_ASIDE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            long channelId = Long.parseUnsignedLong(m.group(1));
            if (!byChannel.containsKey(channelId)
                    && problems.stream().noneMatch(p -> p.channelId() == channelId)) {
                problems.add(new StoreProblem(channelId, dir.resolve(m.group(1) + ".json"),
                        "moved aside at an earlier start, not fixed since", file));
            }
        }
    }

    private static void deleteTemporary(Path file) {
        try {
            Files.deleteIfExists(file);
            log.info("Removed {}, left by a write that was interrupted", file);
        } catch (IOException e) {
            log.warn("Could not remove the temporary file {}: {}", file, e.toString());
        }
    }

    private void moveAside(long channelId, Path file, String reason, Clock clock) {
        String stamp = STAMP.format(clock.instant());
        Path target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
        }
        Path movedTo;
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
            movedTo = target;
            log.error("The state file {} cannot be read ({}); moved it aside to {}. That channel's paper of the day "
                    + "is not posted until the file is fixed and moved back, or the channel is set again with "
                    + "/daily set.", file, reason, target.getFileName());
        } catch (IOException e) {
            movedTo = null;
            log.error("The state file {} cannot be read ({}), and could not be moved aside ({}); it is ignored.",
                    file, reason, e.toString());
        }
        problems.add(new StoreProblem(channelId, file, reason, movedTo));
    }

    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort, as in AtomicFiles
        }
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException j) {
            return "not valid JSON: " + j.getOriginalMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static Subscription read(Path file) throws IOException {
        return SubscriptionJson.read(Files.readAllBytes(file));
    }
}
