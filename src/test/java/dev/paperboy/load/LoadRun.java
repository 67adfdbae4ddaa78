package dev.paperboy.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperboy.daily.Subscription;
import dev.paperboy.e2e.RunningBot;
import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import dev.paperboy.store.Database;
import dev.paperboy.store.JdbcSubscriptionStore;
import dev.paperboy.store.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The load run of issue 6: the real jar against the fake Discord on 127.0.0.1, three scenarios,
 * each bounded in count and time, each run {@code runs} times with a fresh fake, bot and state.
 *
 * <pre>
 * mvn -B -Pload verify                                        # all three, 3 runs each
 * mvn -B -Pload verify -Dload.args="interactions runs=1 rates=200 seconds=30"
 * mvn -B -Pload verify -Dload.args="fanout postsPerSecond=46"
 * mvn -B -Pload verify -Dload.args="memory guilds=2500 jfr=true"
 * mvn -B -Pload verify -Dload.args="fanout runs=2 db=postgres"
 * mvn -B -Pload verify -Dload.args="memory runs=2 subscriptions=100000 due=2000 perf=true db=postgres"
 * mvn -B -Pload verify -Dload.args="startup runs=7 cds=off"
 * </pre>
 *
 * {@code db=sqlite} (the default) or {@code db=postgres}: where the bot keeps its state, SQLite in
 * the run's state directory or a new database on an embedded PostgreSQL in this JVM
 * ({@code PAPERBOY_DATABASE_URL}); subscriptions are written straight into it before the bot starts
 * ({@code JdbcSubscriptionStore#insertAbsent}), as the bot would find them on any start after the
 * first. {@code perf=true} counts the bot's fsync, fdatasync and pwrite64 calls with {@code perf}
 * (SQLite's writes); with PostgreSQL its statistics views count them.
 *
 * <ul>
 *   <li><b>interactions</b>: slash commands, autocomplete keystrokes and page buttons from 1,000
 *       members, open loop at each of {@code rates} per second for {@code seconds} (after a
 *       warm-up at 100/s for 15 s); p50/p99/max from the fake's dispatch of INTERACTION_CREATE to
 *       its receipt of the callback ({@link Interaction#sentNanos()} to
 *       {@link RecordedRequest#receivedNanos()}).</li>
 *   <li><b>fanout</b>: {@code guilds} x {@code channels} subscribed channels, all due at once (state
 *       rows written into the database before the start), the fake enforcing
 *       Discord's global limit ({@code limit}, 50 a second); time from the first post to the last,
 *       posts per channel, 429s of all requests. {@code thread=true} opens a thread under each
 *       post ({@code daily.thread}).</li>
 *   <li><b>memory</b>: {@code guilds} guilds (one full shard: 2,500) of {@code channels} text
 *       channels; process start to registered commands, then heap used after a full GC
 *       ({@code jcmd GC.run}, {@code GC.heap_info}) and the resident set. {@code subscriptions=N}
 *       stores N subscriptions (the served channels first, then channels of guilds the fake does not
 *       serve), none due but the first {@code due}, which are posted (under {@code limit}) before
 *       the heap is measured; the store's writes per post are counted.</li>
 *   <li><b>startup</b>: process start to registered commands of Paperboy against
 *       {@link MinimalJdaBot}, the floor, alternated, {@code runs} times each on fresh fakes;
 *       {@code cds=off|fake|docker} for AppCDS archives (see {@link #startup()}), {@code port=on}
 *       to start Paperboy with {@code PAPERBOY_HTTP_PORT} (and so its meters), {@code threads=on}
 *       to print each process's CPU by thread when its commands were registered.</li>
 *   <li><b>clicks</b>: {@code Read} presses on a public card at {@code rate} per second for
 *       {@code seconds}, each a new mark written to the database before the answer; the
 *       {@code mark} rows counted afterwards ({@link ClickScenario}). Not part of {@code all}.</li>
 * </ul>
 *
 * Results go to stdout and to {@code target/load/<scenario>.json}. The bot runs with
 * {@code -Xmx256m} (the heap target) unless {@code xmx=} says otherwise, with a flight recording
 * when {@code jfr=true}, more JVM options in {@code botJvm=} (comma-separated), and with its
 * default settings unless {@code postsPerSecond=} or {@code cooldown=off} say otherwise.
 */
public final class LoadRun {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Duration START_WAIT = Duration.ofSeconds(60);

    private final Map<String, String> options;
    private final Path out;

    private LoadRun(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(option("out", "target/load"));
    }

    public static void main(String[] args) throws Exception {
        List<String> scenarios = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            for (String part : a.trim().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq > 0) {
                    options.put(part.substring(0, eq), part.substring(eq + 1));
                } else {
                    scenarios.add(part);
                }
            }
        }
        if (scenarios.isEmpty() || scenarios.contains("all")) {
            scenarios = List.of("interactions", "fanout", "memory", "startup");
        }
        LoadRun run = new LoadRun(options);
        Files.createDirectories(run.out);
        for (String s : scenarios) {
            switch (s) {
                case "interactions" -> run.interactions();
                case "fanout" -> run.fanout();
                case "memory" -> run.memory();
                case "startup" -> run.startup();
                case "clicks" -> new ClickScenario(run).run();
                default -> throw new IllegalArgumentException("unknown scenario " + s
                        + "; choose interactions, fanout, memory, startup, clicks or all");
            }
        }
        System.exit(0); // the fake's and JDA-less HTTP threads are daemons, but be sure
    }

    // --- interactions --------------------------------------------------------------------------

    private void interactions() throws Exception {
        int runs = intOption("runs", 3);
        int members = intOption("members", 1000);
        int seconds = intOption("seconds", 30);
        int[] rates = Arrays.stream(option("rates", "200,400,800").split(",")).mapToInt(Integer::parseInt).toArray();
        List<ObjectNode> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = runDir("interactions", run);
            try (FakeDiscord fake = FakeDiscord.builder().members(members).start()) {
                Path config = config(dir, null);
                try (RunningBot bot = startBot(fake, dir, config)) {
                    long registered = awaitRegistered(fake, bot);
                    fake.awaitReady(START_WAIT);
                    Traffic traffic = new Traffic(fake);
                    traffic.preparePagedMessages(20);
                    openLoop(traffic::next, 100, 15, null); // warm-up: JIT, connection pools
                    for (int rate : rates) {
                        ObjectNode r = openLoop(traffic::next, rate, seconds, run).result();
                        r.put("startToRegisteredMs", registered);
                        results.add(r);
                        print("interactions run %d: %d/s for %d s -> %d sent, %d answered, p50 %.2f ms, p99 %.2f ms, max %.1f ms, "
                                + "answered/s %.0f, sender behind by up to %.1f ms", run, rate, seconds,
                                r.get("sent").asInt(), r.get("answered").asInt(), r.get("p50Ms").asDouble(),
                                r.get("p99Ms").asDouble(), r.get("maxMs").asDouble(), r.get("answeredPerSecond").asDouble(),
                                r.get("senderMaxLagMs").asDouble());
                    }
                    bot.stop(Duration.ofSeconds(30));
                }
            }
        }
        write("interactions", results);
    }

    /** What an open-loop phase sent, and its figures. */
    record Phase(ObjectNode result, List<Interaction> sent) {
    }

    /**
     * One open-loop phase: {@code rate * seconds} interactions from {@code next} (null: the fake
     * refused one) sent at their planned instants, whatever the answers do; then at most 10 s for
     * the last answers, and the latencies from each INTERACTION_CREATE to its callback.
     */
    static Phase openLoop(Supplier<Interaction> next, int rate, int seconds, Integer run) throws InterruptedException {
        int count = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<Interaction> sent = new ArrayList<>(count);
        long maxLag = 0;
        int refused = 0;
        long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < count; i++) {
            long due = t0 + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            maxLag = Math.max(maxLag, now - due);
            Interaction it = next.get();
            if (it == null) {
                refused++;
            } else {
                sent.add(it);
            }
        }
        long lastSent = System.nanoTime();
        // bounded wait for the answers: at most 10 s after the last one was sent
        long deadline = lastSent + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && sent.stream().anyMatch(i -> i.callback().isEmpty())) {
            Thread.sleep(100);
        }
        long[] lat = new long[sent.size()];
        int n = 0;
        long firstAnswer = Long.MAX_VALUE;
        long lastAnswer = Long.MIN_VALUE;
        for (Interaction i : sent) {
            if (i.callback().isPresent()) {
                long at = i.callback().get().receivedNanos();
                lat[n++] = at - i.sentNanos();
                firstAnswer = Math.min(firstAnswer, at);
                lastAnswer = Math.max(lastAnswer, at);
            }
        }
        Arrays.sort(lat, 0, n);
        ObjectNode r = JSON.createObjectNode();
        if (run != null) {
            r.put("run", run);
        }
        r.put("rate", rate).put("seconds", seconds).put("sent", sent.size()).put("refusedByFake", refused)
                .put("answered", n).put("unanswered", sent.size() - n)
                .put("p50Ms", ms(percentile(lat, n, 0.50))).put("p90Ms", ms(percentile(lat, n, 0.90)))
                .put("p99Ms", ms(percentile(lat, n, 0.99))).put("p999Ms", ms(percentile(lat, n, 0.999)))
                .put("maxMs", n == 0 ? 0 : ms(lat[n - 1]))
                .put("answeredPerSecond", n < 2 ? 0 : n / ((lastAnswer - firstAnswer) / 1e9))
                .put("senderMaxLagMs", ms(maxLag));
        ObjectNode byKind = r.putObject("p99MsByKind");
        for (int type : new int[] {Interaction.APPLICATION_COMMAND, Interaction.AUTOCOMPLETE, Interaction.MESSAGE_COMPONENT}) {
            long[] k = sent.stream().filter(i -> i.type() == type && i.callback().isPresent())
                    .mapToLong(i -> i.callback().get().receivedNanos() - i.sentNanos()).sorted().toArray();
            byKind.put(type == Interaction.APPLICATION_COMMAND ? "slash" : type == Interaction.AUTOCOMPLETE
                    ? "autocomplete" : "button", ms(percentile(k, k.length, 0.99)));
        }
        return new Phase(r, sent);
    }

    /**
     * What members do, in a fixed rotation: 40% autocomplete keystrokes ({@code /resource},
     * {@code /paper}, and {@code /daily set timezone}), 25% {@code /paper}, 25% {@code /resource},
     * 10% page buttons; each slash command from the next of many members, so the
     * default per-user limit (5 in 10 s) is not what is measured.
     */
    private static final class Traffic {
        private static final String[] TYPED = {"d", "de", "dee", "deep", "res", "resn", "co", "col", "colab", "tens",
            "深度", "學習", "gan", "yolo", "bert", "tr", "tra", "ima", "imagenet", "le"};
        private static final String[] ZONES = {"t", "ta", "taip", "asia/", "tok", "europe/b", "new", "utc"};

        private final FakeDiscord fake;
        private final List<String> members;
        private final List<RecordedMessage> paged = new ArrayList<>();
        private final List<String> owners = new ArrayList<>();
        private long i;
        private int member;

        Traffic(FakeDiscord fake) {
            this.fake = fake;
            this.members = fake.generatedMemberIds();
        }

        /** Messages with page buttons, each owned by its own member, for the clicks. */
        void preparePagedMessages(int count) {
            for (int k = 0; k < count; k++) {
                String user = nextMember();
                paged.add(fake.slash(user, FakeDiscord.GENERAL_CHANNEL_ID, "en-US", "paper", Option.string("area", "cv"))
                        .awaitMessage(Duration.ofSeconds(20)));
                owners.add(user);
            }
        }

        private String nextMember() {
            String m = members.get(member);
            member = (member + 1) % members.size();
            return m;
        }

        /** The next interaction, sent; null when the fake refused it (a click that raced another). */
        Interaction next() {
            long k = i++;
            String channel = k % 2 == 0 ? FakeDiscord.GENERAL_CHANNEL_ID : FakeDiscord.PAPERS_CHANNEL_ID;
            String locale = k % 3 == 0 ? "zh-TW" : "en-US";
            int slot = (int) (k % 20);
            String typed = TYPED[(int) ((k / 20) % TYPED.length)];
            if (slot < 5) {
                return fake.autocomplete(nextMember(), channel, locale, "resource", "query", typed);
            }
            if (slot < 7) {
                return fake.autocomplete(nextMember(), channel, locale, "paper", "query", typed);
            }
            if (slot < 8) {
                return fake.autocomplete(nextMember(), channel, locale, "daily", "timezone", ZONES[(int) ((k / 20) % ZONES.length)],
                        Option.subcommand("set"));
            }
            if (slot < 13) {
                Option[][] variants = {{Option.string("area", "nlp"), Option.integer("year", 2018)},
                    {Option.string("area", "cv")}, {Option.string("query", typed)}, {}, {Option.integer("year", 2015)}};
                return fake.slash(nextMember(), channel, locale, "paper", variants[(int) ((k / 20) % variants.length)]);
            }
            if (slot < 18) {
                Option[][] variants = {{Option.string("section", "courses")}, {Option.string("section", "tools")},
                    {Option.string("query", typed)}, {}, {Option.string("section", "playground")}};
                return fake.slash(nextMember(), channel, locale, "resource", variants[(int) ((k / 20) % variants.length)]);
            }
            int which = (int) ((k / 20) % paged.size());
            RecordedMessage original = paged.get(which);
            RecordedMessage now = fake.message(original.id()).orElse(original);
            List<JsonNode> buttons = now.buttons();
            JsonNode next = buttons.get(buttons.size() - 1);
            JsonNode click = next.path("disabled").asBoolean(false) ? buttons.get(0) : next;
            String owner = owners.get(which);
            try {
                return fake.button(owner, original.channelId(), "en-US", click.path("custom_id").asText(), now);
            } catch (IllegalArgumentException e) {
                return null; // the message changed under the click (two clicks in flight): not sent
            }
        }
    }

    // --- the daily fan-out ---------------------------------------------------------------------

    private void fanout() throws Exception {
        int runs = intOption("runs", 3);
        int guilds = intOption("guilds", 1000);
        int channels = intOption("channels", 10);
        int limit = intOption("limit", 50);
        String pps = options.get("postsPerSecond");
        boolean thread = Boolean.parseBoolean(option("thread", "false"));
        int total = guilds * channels;
        List<ObjectNode> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = runDir("fanout", run);
            try (FakeDiscord fake = FakeDiscord.builder().guilds(guilds, channels).start()) {
                ZoneId zone = zoneWhereMidnightHasPassed();
                List<Subscription> subscriptions = new ArrayList<>(total);
                for (String guild : fake.generatedGuildIds()) {
                    for (String channel : fake.generatedChannelIds(guild)) {
                        subscriptions.add(Subscription.create(Long.parseLong(guild), Long.parseLong(channel),
                                LocalTime.MIDNIGHT, zone, Subscription.ALL, Long.parseLong(FakeDiscord.ADMIN_USER_ID)));
                    }
                }
                Seeded store = seed(dir, subscriptions);
                fake.enforceGlobalRateLimit(limit);
                List<String> daily = new ArrayList<>();
                if (pps != null) {
                    daily.add("\"postsPerSecond\": " + pps);
                }
                if (thread) {
                    daily.add("\"thread\": true");
                }
                Path config = config(dir, daily.isEmpty() ? null : "\"daily\": { " + String.join(", ", daily) + " }");
                Map<String, Long> countersBefore = store.counters();
                try (RunningBot bot = startBot(fake, dir, config, store)) {
                    SyscallCount syscalls = SyscallCount.start(dir, Boolean.parseBoolean(option("perf", "false")));
                    long registered = awaitRegistered(fake, bot);
                    // bounded: the pace's own bound (total / limit) three times over, plus a minute
                    long budget = TimeUnit.SECONDS.toNanos(60 + 3L * total / Math.max(1, limit));
                    long deadline = System.nanoTime() + budget;
                    int last = -1;
                    long lastChange = System.nanoTime();
                    while (System.nanoTime() < deadline) {
                        int posted = fake.channelPostTotal();
                        if (posted != last) {
                            last = posted;
                            lastChange = System.nanoTime();
                        }
                        if (posted >= total || System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(90)) {
                            break;
                        }
                        Thread.sleep(500);
                    }
                    Thread.sleep(5_000); // anything posted twice would show now
                    ObjectNode r = fanoutResult(fake, bot, run, total, guilds, channels, limit, pps, registered);
                    r.put("threads", fake.threads().size());
                    bot.stop(Duration.ofSeconds(60));
                    putWrites(r, store, countersBefore, syscalls.stop(bot.pid()), r.get("postsAccepted").asInt());
                    List<Subscription> after = store.read();
                    LocalDate today = LocalDate.now(zone);
                    r.put("storedPostedToday", after.stream().filter(s -> today.equals(s.lastPostedDay())).count());
                    r.put("storedWithPending", after.stream().filter(s -> s.pending() != null).count());
                    results.add(r);
                    print("fanout run %d: %d channels in %d guilds, limit %d/s, postsPerSecond %s -> first to last post %.1f s "
                                    + "(bound %.0f s, ratio %.3f), posted once %d, twice+ %d, never %d; %d of %d requests "
                                    + "answered 429 (%.3f%%); busiest second %d requests; %s", run, total, guilds, limit,
                            pps == null ? "default" : pps, r.get("firstToLastPostSeconds").asDouble(),
                            r.get("boundSeconds").asDouble(), r.get("ratioToBound").asDouble(),
                            r.get("channelsPostedOnce").asInt(), r.get("channelsPostedMoreThanOnce").asInt(),
                            r.get("channelsNeverPosted").asInt(), r.get("answered429").asInt(),
                            r.get("requests").asInt(), r.get("percent429").asDouble(),
                            r.get("busiestSecondRequests").asInt(), r.get("db").asText());
                    print("fanout run %d: store writes %s", run, r.get("writes"));
                }
            }
        }
        write("fanout-" + option("db", "sqlite") + (pps == null ? "" : "-" + pps) + (thread ? "-thread" : ""), results);
    }

    private ObjectNode fanoutResult(FakeDiscord fake, RunningBot bot, int run, int total, int guilds, int channels,
            int limit, String pps, long registered) throws IOException {
        Predicate<RecordedRequest> limited = r -> !r.route().startsWith("interactions/") && !r.route().startsWith("webhooks/");
        List<RecordedRequest> all = fake.requests(limited);
        List<RecordedRequest> posts = all.stream()
                .filter(r -> r.method().equals("POST") && r.route().matches("channels/\\d+/messages") && r.succeeded())
                .toList();
        Map<String, Integer> perChannel = fake.channelPostCounts();
        int once = 0;
        int more = 0;
        for (Integer c : perChannel.values()) {
            if (c == 1) {
                once++;
            } else if (c > 1) {
                more++;
            }
        }
        long first = posts.isEmpty() ? 0 : posts.get(0).receivedNanos();
        long last = posts.isEmpty() ? 0 : posts.get(posts.size() - 1).receivedNanos();
        // the busiest rolling second of accepted requests, as the fake's limit counts them
        long[] times = all.stream().filter(r -> r.status() != 429).mapToLong(RecordedRequest::receivedNanos).sorted().toArray();
        int busiest = 0;
        for (int a = 0, b = 0; b < times.length; b++) {
            while (times[b] - times[a] >= TimeUnit.SECONDS.toNanos(1)) {
                a++;
            }
            busiest = Math.max(busiest, b - a + 1);
        }
        int answered429 = (int) all.stream().filter(r -> r.status() == 429).count();
        // where the 429s fell, and the longest pause between two accepted posts (a stall of the bot
        // or of the machine, after which the posts paced during it arrive together)
        List<Double> at429 = all.stream().filter(r -> r.status() == 429).limit(30)
                .map(r -> Math.round((r.receivedNanos() - first) / 1e7) / 100.0).toList();
        long maxGap = 0;
        double maxGapAt = 0;
        for (int i = 1; i < posts.size(); i++) {
            long gap = posts.get(i).receivedNanos() - posts.get(i - 1).receivedNanos();
            if (gap > maxGap) {
                maxGap = gap;
                maxGapAt = (posts.get(i - 1).receivedNanos() - first) / 1e9;
            }
        }
        double seconds = (last - first) / 1e9;
        double bound = (double) total / limit;
        ObjectNode r = JSON.createObjectNode();
        at429.forEach(r.putArray("first429sAtSeconds")::add);
        r.put("run", run).put("db", option("db", "sqlite")).put("channels", total).put("guilds", guilds).put("channelsPerGuild", channels)
                .put("globalLimitPerSecond", limit).put("postsPerSecond", pps == null ? "default" : pps)
                .put("startToRegisteredMs", registered)
                .put("startToFirstPostSeconds", posts.isEmpty() ? -1 : (first - bot.startNanos()) / 1e9)
                .put("firstToLastPostSeconds", seconds).put("boundSeconds", bound).put("ratioToBound", seconds / bound)
                .put("postsAccepted", posts.size()).put("channelsPostedOnce", once)
                .put("channelsPostedMoreThanOnce", more).put("channelsNeverPosted", total - perChannel.size())
                .put("requests", all.size()).put("answered429", answered429)
                .put("percent429", all.isEmpty() ? 0 : 100.0 * answered429 / all.size())
                .put("busiestSecondRequests", busiest)
                .put("maxGapBetweenPostsMs", ms(maxGap)).put("maxGapAtSeconds", Math.round(maxGapAt * 100) / 100.0)
                .put("botLogWarnings", countLines(bot.log(), " WARN "))
                .put("botLogErrors", countLines(bot.log(), " ERROR "));
        return r;
    }

    // --- memory and start ------------------------------------------------------------------------

    private void memory() throws Exception {
        int runs = intOption("runs", 3);
        int guilds = intOption("guilds", 2500);
        int channels = intOption("channels", 10);
        int subscriptions = intOption("subscriptions", 0);
        int due = intOption("due", 0);
        int limit = intOption("limit", 50);
        List<ObjectNode> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = runDir("memory", run);
            // the main guild is one of them
            try (FakeDiscord fake = FakeDiscord.builder().guilds(guilds - 1, channels).start()) {
                Seeded store = seed(dir, scaleSubscriptions(fake, subscriptions, due));
                if (due > 0) {
                    fake.enforceGlobalRateLimit(limit);
                }
                Map<String, Long> countersBefore = store.counters();
                Path config = config(dir, null);
                try (RunningBot bot = startBot(fake, dir, config, store)) {
                    SyscallCount syscalls = SyscallCount.start(dir, Boolean.parseBoolean(option("perf", "false")));
                    long registered = awaitRegistered(fake, bot);
                    fake.awaitReady(START_WAIT);
                    // the shard is ready once JDA has every guild: wait for a command to be answered
                    Interaction probe = fake.slash(FakeDiscord.MEMBER_USER_ID, FakeDiscord.GENERAL_CHANNEL_ID, "en-US",
                            "resource");
                    probe.awaitCallback(Duration.ofSeconds(30));
                    long answered = TimeUnit.NANOSECONDS.toMillis(probe.callback().get().receivedNanos() - bot.startNanos());
                    if (due > 0) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + 3L * due / Math.max(1, limit));
                        while (fake.channelPostTotal() < due && System.nanoTime() < deadline) {
                            Thread.sleep(200);
                        }
                    }
                    Thread.sleep(3_000); // let start-up garbage become garbage
                    String gc = jcmd(bot.pid(), "GC.run");
                    String heap = jcmd(bot.pid(), "GC.heap_info");
                    String histogram = jcmd(bot.pid(), "GC.class_histogram");
                    Files.writeString(dir.resolve("heap_info.txt"), heap);
                    Files.writeString(dir.resolve("class_histogram.txt"), histogram);
                    ObjectNode r = JSON.createObjectNode();
                    r.put("run", run).put("db", store.kind()).put("guilds", guilds).put("textChannelsPerGuild", channels)
                            .put("subscriptions", subscriptions).put("due", due)
                            .put("startToRegisteredMs", registered).put("startToFirstAnswerMs", answered)
                            .put("heapUsedAfterFullGcMB", heapUsedKb(heap) / 1024.0)
                            .put("heapCommittedMB", heapCommittedKb(heap) / 1024.0)
                            .put("rssMB", rssKb(bot.pid()) / 1024.0)
                            .put("gcRun", gc.strip());
                    long pid = bot.pid();
                    bot.stop(Duration.ofSeconds(60));
                    int posts = fake.channelPostTotal();
                    r.put("posts", posts).put("answered429", fake.rateLimitedCount())
                            .put("botLogErrors", countLines(bot.log(), " ERROR "));
                    putWrites(r, store, countersBefore, syscalls.stop(pid), posts);
                    results.add(r);
                    print("memory run %d (%s): %d guilds x %d channels, %d subscriptions (%d due) -> start to registered %d ms, "
                                    + "to first answer %d ms; heap used after full GC %.1f MB (committed %.1f MB), RSS %.1f MB; "
                                    + "%d posts; store writes %s", run, store.kind(), guilds, channels, subscriptions, due,
                            registered, answered, r.get("heapUsedAfterFullGcMB").asDouble(),
                            r.get("heapCommittedMB").asDouble(), r.get("rssMB").asDouble(), posts, r.get("writes"));
                }
            }
        }
        write("memory-" + option("db", "sqlite") + (subscriptions > 0 ? "-" + subscriptions : "") + (due > 0 ? "-due" + due : ""),
                results);
    }

    /**
     * {@code count} subscriptions: first every channel the fake serves (its generated guilds), then
     * channels of further guilds it does not serve (a bot's state outlives guilds, and a process
     * holds only its shards' guilds); the first {@code due} of the served ones due at 00:00 today,
     * every other one at 23:59, which has not come yet in the zone chosen.
     */
    private static List<Subscription> scaleSubscriptions(FakeDiscord fake, int count, int due) {
        ZoneId zone = zoneWhereMidnightHasPassed();
        List<Subscription> list = new ArrayList<>(count);
        long admin = Long.parseLong(FakeDiscord.ADMIN_USER_ID);
        for (String guild : fake.generatedGuildIds()) {
            for (String channel : fake.generatedChannelIds(guild)) {
                if (list.size() == count) {
                    return list;
                }
                LocalTime at = list.size() < due ? LocalTime.MIDNIGHT : LocalTime.of(23, 59);
                list.add(Subscription.create(Long.parseLong(guild), Long.parseLong(channel), at, zone, Subscription.ALL, admin));
            }
        }
        if (list.size() < due) {
            throw new IllegalArgumentException("due=" + due + " is more than the " + list.size() + " channels the fake serves");
        }
        for (long i = 0; list.size() < count; i++) {
            long guild = 900_000_000_000_000_000L + i / 10;
            long channel = 910_000_000_000_000_000L + i;
            list.add(Subscription.create(guild, channel, LocalTime.of(23, 59), zone, Subscription.ALL, admin));
        }
        return list;
    }

    // --- start-up against a floor ----------------------------------------------------------------

    /**
     * Process start to the fake receiving the command registration, Paperboy against
     * {@link MinimalJdaBot} (the floor), alternated in each run (odd runs the minimal bot first), each
     * on a fresh fake of the same world, with the same JVM options. {@code cds=off} (the JDK's default
     * archive only), {@code cds=fake} (each bot with its own AppCDS archive from a training run against
     * the fake) or {@code cds=docker} (Paperboy's archive from the Dockerfile's training run: the bot
     * started against an address where nothing listens, so it exits at login).
     */
    private void startup() throws Exception {
        int runs = intOption("runs", 5);
        int guilds = intOption("guilds", 0);
        String cds = option("cds", "off");
        Path root = runDir("startup-" + cds, 0);
        Path minimalJar = minimalJar(root);
        Map<String, String> archives = new LinkedHashMap<>();
        if (!cds.equals("off")) {
            archives.put("minimal", train(root, "minimal", minimalJar, guilds).toString());
            archives.put("paperboy", (cds.equals("docker") ? trainLikeDocker(root) : train(root, "paperboy", minimalJar, guilds))
                    .toString());
        }
        List<ObjectNode> results = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        List<Long> paperboy = new ArrayList<>();
        Map<String, List<Long>> cpu = Map.of("minimal", new ArrayList<>(), "paperboy", new ArrayList<>());
        for (int run = 1; run <= runs; run++) {
            ObjectNode r = JSON.createObjectNode().put("run", run).put("cds", cds).put("guilds", guilds);
            for (String which : run % 2 == 1 ? List.of("minimal", "paperboy") : List.of("paperboy", "minimal")) {
                Path dir = root.resolve(which + "-" + run);
                Files.createDirectories(dir);
                long[] cpuMs = new long[1];
                long ms = startOnce(dir, which, minimalJar, guilds, archives.get(which) == null ? List.of()
                        : List.of("-XX:SharedArchiveFile=" + archives.get(which)), false, cpuMs);
                r.put(which + "StartToRegisteredMs", ms);
                r.put(which + "CpuToRegisteredMs", cpuMs[0]);
                (which.equals("minimal") ? minimal : paperboy).add(ms);
                cpu.get(which).add(cpuMs[0]);
            }
            r.put("ratio", r.get("paperboyStartToRegisteredMs").asDouble() / r.get("minimalStartToRegisteredMs").asDouble());
            results.add(r);
            print("startup run %d (cds %s): minimal JDA bot %d ms (CPU %d ms), Paperboy %d ms (CPU %d ms), ratio %.2f",
                    run, cds, r.get("minimalStartToRegisteredMs").asLong(), r.get("minimalCpuToRegisteredMs").asLong(),
                    r.get("paperboyStartToRegisteredMs").asLong(), r.get("paperboyCpuToRegisteredMs").asLong(),
                    r.get("ratio").asDouble());
        }
        long mm = median(minimal);
        long mp = median(paperboy);
        long cm = median(cpu.get("minimal"));
        long cp = median(cpu.get("paperboy"));
        print("startup (cds %s, %d runs): medians minimal %d ms, Paperboy %d ms, ratio of medians %.2f; CPU to registered:"
                + " minimal %d ms, Paperboy %d ms", cds, runs, mm, mp, (double) mp / mm, cm, cp);
        ObjectNode summary = JSON.createObjectNode().put("summary", true).put("cds", cds)
                .put("minimalMedianMs", mm).put("paperboyMedianMs", mp).put("ratioOfMedians", (double) mp / mm)
                .put("minimalCpuMedianMs", cm).put("paperboyCpuMedianMs", cp);
        results.add(summary);
        write("startup-" + cds, results);
    }

    /**
     * One start of one bot on a fresh fake; ms from process start to the registration PUT. The
     * process's CPU time (all its threads, user and system) when the PUT arrived goes to
     * {@code cpuMs[0]}: on a machine of few cores, work on other threads is not free.
     */
    private long startOnce(Path dir, String which, Path minimalJar, int guilds, List<String> extraJvm, boolean training,
                           long[] cpuMs) throws Exception {
        FakeDiscord.Builder b = FakeDiscord.builder();
        if (guilds > 1) {
            b.guilds(guilds - 1, intOption("channels", 10));
        }
        try (FakeDiscord fake = b.start()) {
            List<String> jvm = new ArrayList<>();
            jvm.add("-Xmx" + option("xmx", "256m"));
            jvm.addAll(extraJvm);
            if (options.containsKey("botJvm")) {
                jvm.addAll(List.of(options.get("botJvm").replace("@DIR@", dir.toAbsolutePath().toString()).split(",")));
            }
            if (which.equals("paperboy")) {
                Seeded store = seed(dir, List.of());
                Path config = config(dir, null);
                Map<String, String> env = new HashMap<>(store.environment());
                if ("on".equals(options.get("port"))) { // /health and /metrics, so the meters exist too
                    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                        env.put("PAPERBOY_HTTP_PORT", String.valueOf(free.getLocalPort()));
                    }
                }
                try (RunningBot bot = RunningBot.start(fake, store.stateDir(), config, dir.resolve("bot.log"), jvm,
                        env)) {
                    long ms = awaitRegistered(fake, bot);
                    cpuMs[0] = cpuMillis(bot.pid());
                    if (training) {
                        Thread.sleep(3_000); // let the first answers and the first daily pass load their classes
                    }
                    bot.stop(Duration.ofSeconds(60));
                    return ms;
                }
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-cp", RunningBot.JAR.toAbsolutePath() + java.io.File.pathSeparator + minimalJar,
                    MinimalJdaBot.class.getName()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.log").toFile()));
            pb.environment().put("DISCORD_TOKEN", fake.token());
            pb.environment().put("DISCORD_API_URL", fake.apiBase());
            long startNanos = System.nanoTime();
            Process p = pb.start();
            try {
                fake.awaitGlobalCommands(START_WAIT);
                RecordedRequest put = fake.awaitRequest(r -> r.method().equals("PUT") && r.route().endsWith("/commands")
                        && r.succeeded(), START_WAIT);
                cpuMs[0] = cpuMillis(p.pid());
                if (training) {
                    Thread.sleep(3_000);
                }
                return TimeUnit.NANOSECONDS.toMillis(put.receivedNanos() - startNanos);
            } finally {
                p.destroy(); // SIGTERM: the JVM exits normally and writes an archive it was asked for
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
        }
    }

    /**
     * CPU time the process has used so far, all threads; -1 where the platform does not say. With
     * {@code threads=on}, also each live thread's share (Linux: {@code /proc/<pid>/task}), which
     * shows what the JIT compilers spend beside the bot's own threads.
     */
    private long cpuMillis(long pid) {
        if ("on".equals(options.get("threads"))) {
            print("CPU by thread of %d (ms): %s", pid, threadCpu(pid));
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toMillis).orElse(-1L);
    }

    private static String threadCpu(long pid) {
        StringBuilder cpu = new StringBuilder();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).strip();
                // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th
                String[] f = Files.readString(task.resolve("stat")).split("\\) ", 2)[1].split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                if (ticks > 0) {
                    cpu.append(name).append('=').append(ticks * 10).append(' '); // USER_HZ is 100 on Linux
                }
            }
        } catch (IOException | RuntimeException e) {
            cpu.append("unreadable: ").append(e);
        }
        return cpu.toString().strip();
    }

    /** An AppCDS archive of the classes one bot loads against the fake (-XX:ArchiveClassesAtExit). */
    private Path train(Path root, String which, Path minimalJar, int guilds) throws Exception {
        Path archive = root.resolve(which + ".jsa").toAbsolutePath();
        Path dir = root.resolve(which + "-training");
        Files.createDirectories(dir);
        long ms = startOnce(dir, which, minimalJar, guilds, List.of("-XX:ArchiveClassesAtExit=" + archive), true,
                new long[1]);
        print("trained %s (%d ms to registered while recording): %s, %d KB", which, ms, archive,
                Files.exists(archive) ? Files.size(archive) / 1024 : -1);
        return archive;
    }

    /**
     * Paperboy's archive as the Dockerfile makes it: the jar run once against an address where
     * nothing listens, so it reads its config, catalogue and database and builds JDA, then exits
     * at login (exit status 1) and writes the archive.
     */
    private Path trainLikeDocker(Path root) throws Exception {
        Path archive = root.resolve("paperboy-docker.jsa").toAbsolutePath();
        Path dir = root.resolve("paperboy-docker-training");
        Files.createDirectories(dir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-jar", RunningBot.JAR.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.log").toFile()));
        pb.environment().put("DISCORD_TOKEN", "training");
        pb.environment().put("DISCORD_API_URL", "http://127.0.0.1:9/api/v10/");
        pb.environment().put("PAPERBOY_STATE_DIR", dir.resolve("state").toString());
        pb.environment().put("PAPERBOY_HTTP_PORT", "8080"); // as the Dockerfile: the meters' classes too
        pb.environment().remove("PAPERBOY_DATABASE_URL");
        pb.environment().remove("PAPERBOY_CONFIG");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        print("trained paperboy like the Dockerfile (exit %d): %s, %d KB", p.exitValue(), archive,
                Files.exists(archive) ? Files.size(archive) / 1024 : -1);
        return archive;
    }

    /** The minimal bot's classes in a jar of their own: AppCDS archives classes from jars, not from directories. */
    private static Path minimalJar(Path root) throws IOException {
        Path jar = root.resolve("minimal-jda-bot.jar").toAbsolutePath();
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("MinimalJdaBot", "MinimalJdaBot$1")) {
                String entry = "dev/paperboy/load/" + name + ".class";
                try (var in = MinimalJdaBot.class.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IllegalStateException(entry + " is not on the class path");
                    }
                    out.putNextEntry(new java.util.jar.JarEntry(entry));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // --- the database ----------------------------------------------------------------------------

    /** Where a run's bot keeps its state: SQLite in its state directory, or a new database on the embedded PostgreSQL. */
    record Seeded(String kind, Path stateDir, String url) {

        Map<String, String> environment() {
            return url == null ? Map.of() : Map.of("PAPERBOY_DATABASE_URL", url, "PAPERBOY_DATABASE_USER", "postgres");
        }

        Database open() {
            return url == null ? Database.sqlite(stateDir) : TestDatabases.postgres(url);
        }

        List<Subscription> read() {
            try (Database db = open()) {
                return new JdbcSubscriptionStore(db, "load-check").all();
            }
        }

        /**
         * PostgreSQL's own counts for this database (pg_stat_database, pg_stat_user_tables) and the
         * server's WAL position; empty for SQLite (counted by {@link SyscallCount} instead).
         */
        Map<String, Long> counters() throws SQLException, InterruptedException {
            Map<String, Long> c = new LinkedHashMap<>();
            if (url == null) {
                return c;
            }
            Thread.sleep(1_500); // PostgreSQL 14's statistics collector reports with a delay of up to 500 ms
            try (Connection conn = DriverManager.getConnection(url, "postgres", null); Statement q = conn.createStatement()) {
                q.execute("SELECT pg_stat_clear_snapshot()");
                try (ResultSet rs = q.executeQuery("SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted "
                        + "FROM pg_stat_database WHERE datname = current_database()")) {
                    rs.next();
                    for (String col : List.of("xact_commit", "xact_rollback", "tup_inserted", "tup_updated", "tup_deleted")) {
                        c.put(col, rs.getLong(col));
                    }
                }
                try (ResultSet rs = q.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
                        + "WHERE relname IN ('subscription', 'revision_counter')")) {
                    while (rs.next()) {
                        c.put(rs.getString(1) + ".inserted", rs.getLong(2));
                        c.put(rs.getString(1) + ".updated", rs.getLong(3));
                        c.put(rs.getString(1) + ".hotUpdated", rs.getLong(4));
                    }
                }
                try (ResultSet rs = q.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
                    rs.next();
                    c.put("walBytesServer", rs.getLong(1));
                }
            }
            return c;
        }
    }

    Seeded seed(Path dir, List<Subscription> subscriptions) {
        String kind = option("db", "sqlite");
        Seeded store = switch (kind) {
            case "sqlite" -> new Seeded(kind, dir.resolve("state"), null);
            case "postgres" -> new Seeded(kind, dir.resolve("state"), TestDatabases.newPostgresDatabase());
            default -> throw new IllegalArgumentException("db=" + kind + ": choose sqlite or postgres");
        };
        // always opened: the schema is migrated as on every start after the first, and the bot starts on a known state
        try (Database db = store.open()) {
            long t0 = System.nanoTime();
            int written = new JdbcSubscriptionStore(db, "seed").insertAbsent(subscriptions);
            if (!subscriptions.isEmpty()) {
                print("seeded %d subscriptions into %s in %d ms", written, db, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            }
        }
        return store;
    }

    /** What the store wrote while the bot ran: per post, over {@code posts} posts. */
    private static void putWrites(ObjectNode r, Seeded store, Map<String, Long> before, Map<String, Long> syscalls, int posts)
            throws SQLException, InterruptedException {
        ObjectNode w = r.putObject("writes");
        w.put("posts", posts);
        Map<String, Long> after = store.counters();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            w.put(k, d);
            if (posts > 0) {
                w.put(k + "PerPost", Math.round(100.0 * d / posts) / 100.0);
            }
        });
        syscalls.forEach((k, v) -> {
            w.put(k, v);
            if (posts > 0) {
                w.put(k + "PerPost", Math.round(100.0 * v / posts) / 100.0);
            }
        });
    }

    /**
     * Counts the bot process's fsync, fdatasync and pwrite64 calls (SQLite's commits and page
     * writes) with {@code perf record -a} on those three tracepoints, filtered to the bot's pid
     * afterwards: counted in the kernel, nothing attached to the bot. Empty when off or when perf
     * is missing.
     */
    static final class SyscallCount {
        private static final List<String> EVENTS = List.of("fsync", "fdatasync", "pwrite64");
        private final Process perf;
        private final Path data;

        private SyscallCount(Process perf, Path data) {
            this.perf = perf;
            this.data = data;
        }

        static SyscallCount start(Path dir, boolean on) {
            if (!on) {
                return new SyscallCount(null, null);
            }
            Path data = dir.resolve("perf.data").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of("perf", "record", "-a", "-q", "-o", data.toString()));
            for (String e : EVENTS) {
                command.addAll(List.of("-e", "syscalls:sys_enter_" + e));
            }
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("perf.log").toFile()).start();
                return new SyscallCount(p, data);
            } catch (IOException e) {
                print("perf not started (%s): no syscall counts", e.getMessage());
                return new SyscallCount(null, null);
            }
        }

        Map<String, Long> stop(long pid) throws InterruptedException {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (perf == null) {
                return counts;
            }
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(perf.pid())).start().waitFor();
                if (!perf.waitFor(30, TimeUnit.SECONDS)) {
                    perf.destroyForcibly();
                    return counts;
                }
                Process script = new ProcessBuilder("perf", "script", "-i", data.toString(), "-F", "pid,event")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                script.waitFor(60, TimeUnit.SECONDS);
                for (String e : EVENTS) {
                    counts.put("bot." + e, 0L);
                }
                for (String line : out.split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 2 && f[0].equals(Long.toString(pid))) {
                        String event = f[1].replace("syscalls:sys_enter_", "").replace(":", "");
                        counts.merge("bot." + event, 1L, Long::sum);
                    }
                }
                Files.deleteIfExists(data);
            } catch (IOException e) {
                print("perf failed: %s", e.getMessage());
            }
            return counts;
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    private RunningBot startBot(FakeDiscord fake, Path dir, Path config) throws IOException {
        return startBot(fake, dir, config, null);
    }

    RunningBot startBot(FakeDiscord fake, Path dir, Path config, Seeded store) throws IOException {
        List<String> jvm = new ArrayList<>();
        jvm.add("-Xmx" + option("xmx", "256m"));
        if (Boolean.parseBoolean(option("jfr", "false"))) {
            jvm.add("-XX:StartFlightRecording=filename=" + dir.resolve("bot.jfr").toAbsolutePath() + ",settings=profile");
        }
        if (options.containsKey("botJvm")) {
            jvm.addAll(List.of(options.get("botJvm").split(",")));
        }
        return RunningBot.start(fake, dir.resolve("state"), config, dir.resolve("bot.log"), jvm,
                store == null ? Map.of() : store.environment());
    }

    /** Milliseconds from the process start to the fake receiving the global command registration. */
    static long awaitRegistered(FakeDiscord fake, RunningBot bot) {
        fake.awaitGlobalCommands(START_WAIT);
        RecordedRequest put = fake.awaitRequest(r -> r.method().equals("PUT") && r.route().endsWith("/commands")
                && r.succeeded(), START_WAIT);
        return TimeUnit.NANOSECONDS.toMillis(put.receivedNanos() - bot.startNanos());
    }

    Path config(Path dir, String daily) throws IOException {
        List<String> parts = new ArrayList<>();
        if ("off".equals(options.get("cooldown"))) {
            parts.add("\"cooldown\": { \"commands\": 0 }");
        }
        if (daily != null) {
            parts.add(daily);
        }
        Path config = dir.resolve("paperboy.json");
        Files.writeString(config, "{ " + String.join(", ", parts) + " }\n");
        return config;
    }

    Path runDir(String scenario, int run) throws IOException {
        Path dir = out.resolve(scenario + "-" + run);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** A fixed-offset zone where it is now between 02:00 and 18:00, so 00:00 today has passed and the day lasts the run. */
    private static ZoneId zoneWhereMidnightHasPassed() {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        for (int offset = -10; offset <= 12; offset++) {
            int local = Math.floorMod(hour + offset, 24);
            if (local >= 2 && local <= 18) {
                return offset == 0 ? ZoneId.of("UTC") : ZoneId.of("Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd " + command + " did not finish in 60 s");
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /** G1's "garbage-first heap   total 262144K, used 45678K". */
    private static long heapUsedKb(String heapInfo) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(2)) : -1;
    }

    private static long heapCommittedKb(String heapInfo) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static int countLines(String text, String marker) {
        return (int) text.lines().filter(l -> l.contains(marker)).count();
    }

    static long percentile(long[] sorted, int n, double p) {
        if (n == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    void write(String name, List<ObjectNode> results) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"));
        ObjectNode opts = doc.putObject("options");
        options.forEach(opts::put);
        doc.putArray("runs").addAll(results);
        Path file = out.resolve(name + ".json");
        JSON.writeValue(file.toFile(), doc);
        print("wrote %s", file);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    static void print(String format, Object... args) {
        System.out.println("[load] " + String.format(Locale.ROOT, format, args));
    }
}
