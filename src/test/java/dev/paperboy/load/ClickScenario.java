package dev.paperboy.load;

import static dev.paperboy.load.LoadRun.START_WAIT;
import static dev.paperboy.load.LoadRun.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.e2e.RunningBot;
import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import dev.paperboy.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The {@code clicks} scenario of issue 12: {@code Read} presses on a public {@code /paper} card
 * through the fake, each one a member's first press of that paper, so each one writes a new row
 * of the {@code mark} table (one upsert transaction) before the bot answers.
 *
 * <pre>
 * mvn -B -Pload verify -Dload.args="clicks db=sqlite runs=3 rate=200 seconds=20"
 * mvn -B -Pload verify -Dload.args="clicks db=postgres runs=3 rate=200 seconds=20"
 * </pre>
 *
 * Per run: a fresh fake with enough generated members, a fresh database ({@code db=sqlite|postgres},
 * as {@link LoadRun#seed}), the bot started on it, {@code /paper area:cv} sent by a member (a public
 * card of 8 papers, 8 {@code Read} buttons), {@code warmup} seconds of presses at {@code rate}
 * (not measured), then {@code seconds} at {@code rate}, open loop ({@link LoadRun#openLoop}).
 * Press {@code k} is by member {@code k mod M} on paper {@code k div M}, so no pair repeats.
 * Latency: the fake's INTERACTION_CREATE to its receipt of the callback. Afterwards the rows of
 * {@code mark} are counted in the bot's database, once while the bot still runs (SQLite opened
 * read-only beside it) and once after it stopped, and must equal the presses answered "marked
 * read" (an ephemeral type-4 answer starting ✅). {@code perf=true} counts the bot's fsync,
 * fdatasync and pwrite64 calls during the measured phase ({@link LoadRun.SyscallCount}).
 */
final class ClickScenario {

    private final LoadRun load;

    ClickScenario(LoadRun load) {
        this.load = load;
    }

    void run() throws Exception {
        String db = load.option("db", "sqlite");
        int runs = load.intOption("runs", 3);
        int rate = load.intOption("rate", 200);
        int seconds = load.intOption("seconds", 20);
        int warmup = load.intOption("warmup", 5);
        int presses = rate * (warmup + seconds);
        List<ObjectNode> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = load.runDir("clicks-" + db + "-" + rate, run);
            // 8 papers on the card: a member per 8 presses, so every (member, paper) is pressed once
            int members = presses / 8 + 2;
            try (FakeDiscord fake = FakeDiscord.builder().members(members).start()) {
                LoadRun.Seeded store = load.seed(dir, List.of());
                Path config = load.config(dir, null);
                try (RunningBot bot = load.startBot(fake, dir, config, store)) {
                    long registered = LoadRun.awaitRegistered(fake, bot);
                    fake.awaitReady(START_WAIT);
                    List<String> ids = fake.generatedMemberIds();
                    RecordedMessage card = fake.slash(ids.get(0), FakeDiscord.GENERAL_CHANNEL_ID, "en-US", "paper",
                            Option.string("area", "cv")).awaitMessage(Duration.ofSeconds(30));
                    List<String> reads = card.customIds().stream().filter(id -> id.startsWith("mk:read:")).toList();
                    if (card.isEphemeral() || reads.isEmpty()) {
                        throw new IllegalStateException("/paper area:cv gave no public card with Read buttons: " + card);
                    }
                    Presses next = new Presses(fake, card, ids, reads);
                    if (presses > (long) ids.size() * reads.size()) {
                        throw new IllegalStateException(presses + " presses need more than " + ids.size() + " members");
                    }
                    String loadBefore = loadAverage();
                    LoadRun.Phase warm = LoadRun.openLoop(next::press, rate, warmup, null);
                    LoadRun.SyscallCount syscalls = LoadRun.SyscallCount.start(dir,
                            Boolean.parseBoolean(load.option("perf", "false")));
                    LoadRun.Phase measured = LoadRun.openLoop(next::press, rate, seconds, run);
                    Map<String, Long> calls = syscalls.stop(bot.pid());
                    String loadAfter = loadAverage();
                    long rowsRunning = markRows(store);
                    Map<String, String> settings = settings(store);
                    int stopped = bot.stop(Duration.ofSeconds(60));
                    long rowsStopped = markRows(store);

                    ObjectNode r = measured.result();
                    int setWarm = answeredSet(warm.sent());
                    int setMeasured = answeredSet(measured.sent());
                    int expected = setWarm + setMeasured;
                    r.put("db", store.kind()).put("papersOnCard", reads.size()).put("members", members)
                            .put("startToRegisteredMs", registered)
                            .put("warmupSent", warm.sent().size()).put("warmupAnsweredSet", setWarm)
                            .put("answeredSet", setMeasured)
                            .put("answeredOther", r.get("answered").asInt() - setMeasured)
                            .put("markRowsWhileRunning", rowsRunning).put("markRowsAfterStop", rowsStopped)
                            .put("markRowsExpected", expected)
                            .put("storeCheck", rowsRunning == expected && rowsStopped == expected ? "ok" : "MISMATCH")
                            .put("botExit", stopped)
                            .put("botLogErrors", LoadRun.countLines(bot.log(), " ERROR "))
                            .put("loadAverageBefore", loadBefore).put("loadAverageAfter", loadAfter);
                    settings.forEach(r.putObject("databaseSettings")::put);
                    slowBySecond(measured.sent(), r.putObject("answersOver20MsBySecond"));
                    ObjectNode perPress = r.putObject("botSyscallsInMeasuredPhase");
                    calls.forEach((k, v) -> perPress.put(k, v).put(k + "PerPress", Math.round(100.0 * v / measured.sent().size()) / 100.0));
                    results.add(r);
                    print("clicks run %d (%s): %d/s for %d s -> %d sent, %d answered (%d marked read), p50 %.2f ms, "
                                    + "p99 %.2f ms, p99.9 %.2f ms, max %.1f ms, sender behind by up to %.1f ms; mark rows %d "
                                    + "while running, %d after stop, %d expected (warm-up %d + measured %d): %s; load %s -> %s; %s",
                            run, store.kind(), rate, seconds, r.get("sent").asInt(), r.get("answered").asInt(), setMeasured,
                            r.get("p50Ms").asDouble(), r.get("p99Ms").asDouble(), r.get("p999Ms").asDouble(),
                            r.get("maxMs").asDouble(), r.get("senderMaxLagMs").asDouble(), rowsRunning, rowsStopped,
                            expected, setWarm, setMeasured, r.get("storeCheck").asText(), loadBefore, loadAfter, settings);
                }
            }
        }
        load.write("clicks-" + db + "-" + rate, results);
    }

    /** Press {@code k}: member {@code k mod M} on the card's paper {@code k div M}; no pair twice. */
    private static final class Presses {
        private final FakeDiscord fake;
        private final RecordedMessage card;
        private final List<String> members;
        private final List<String> reads;
        private int k;

        Presses(FakeDiscord fake, RecordedMessage card, List<String> members, List<String> reads) {
            this.fake = fake;
            this.card = card;
            this.members = members;
            this.reads = reads;
        }

        Interaction press() {
            int i = k++;
            return fake.button(members.get(i % members.size()), card.channelId(), "en-US",
                    reads.get(i / members.size()), card);
        }
    }

    /** Presses answered with an ephemeral message (type 4, flag 64) saying the paper is now marked read. */
    private static int answeredSet(List<Interaction> sent) {
        int set = 0;
        for (Interaction i : sent) {
            if (i.callback().isPresent()) {
                RecordedRequest callback = i.callback().get();
                JsonNode body = callback.json();
                boolean ephemeral = (body.path("data").path("flags").asInt() & RecordedMessage.EPHEMERAL) != 0;
                if (callback.succeeded() && body.path("type").asInt() == 4 && ephemeral
                        && body.path("data").path("content").asText().startsWith("✅")) {
                    set++;
                }
            }
        }
        return set;
    }

    /**
     * Where the slow answers fell: for each second of the phase (from its first press) that had
     * any, how many answers took over 20 ms and the slowest; a stall shows as one or two seconds.
     */
    private static void slowBySecond(List<Interaction> sent, ObjectNode out) {
        if (sent.isEmpty()) {
            return;
        }
        long t0 = sent.get(0).sentNanos();
        Map<Long, long[]> bySecond = new java.util.TreeMap<>();
        for (Interaction i : sent) {
            if (i.callback().isPresent()) {
                long latency = i.callback().get().receivedNanos() - i.sentNanos();
                if (latency > 20_000_000L) {
                    long[] c = bySecond.computeIfAbsent((i.sentNanos() - t0) / 1_000_000_000L, k -> new long[2]);
                    c[0]++;
                    c[1] = Math.max(c[1], latency);
                }
            }
        }
        bySecond.forEach((second, c) -> out.put("s" + second, c[0] + " (max " + Math.round(c[1] / 1e6) + " ms)"));
    }

    /** Rows of {@code mark}: PostgreSQL queried, SQLite's file opened read-only (beside the bot, if it runs). */
    private static long markRows(LoadRun.Seeded store) throws SQLException {
        try (Connection c = connect(store); Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("SELECT COUNT(*) FROM mark")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How the database commits: PostgreSQL's server settings; SQLite's journal mode (its sync is per connection). */
    private static Map<String, String> settings(LoadRun.Seeded store) throws SQLException {
        Map<String, String> s = new LinkedHashMap<>();
        try (Connection c = connect(store); Statement q = c.createStatement()) {
            if (store.url() == null) {
                try (ResultSet rs = q.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    s.put("journal_mode", rs.getString(1));
                }
                s.put("synchronous", "FULL (set on every connection by dev.paperboy.store.Database.sqlite)");
            } else {
                for (String name : List.of("server_version", "fsync", "synchronous_commit", "wal_sync_method",
                        "full_page_writes", "commit_delay")) {
                    try (ResultSet rs = q.executeQuery("SHOW " + name)) {
                        rs.next();
                        s.put(name, rs.getString(1));
                    }
                }
            }
        }
        return s;
    }

    private static Connection connect(LoadRun.Seeded store) throws SQLException {
        if (store.url() != null) {
            return DriverManager.getConnection(store.url(), "postgres", null);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        Path file = store.stateDir().resolve(Database.SQLITE_FILE).toAbsolutePath();
        return DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
