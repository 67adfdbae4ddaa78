package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests: a REST API under {@code /api/v10/} and a
 * gateway WebSocket, serving one guild (see the constants), recording every request.
 *
 * <p>Point a bot at it with {@code DISCORD_API_URL=}{@link #apiBase()}: JDA's shard manager asks
 * {@code GET gateway/bot} for the gateway URL, so that one setting moves both.
 *
 * <p>The world: guild {@value #GUILD_NAME} (locale {@value #GUILD_LOCALE}, owned by
 * {@link #OWNER_USER_ID}) with text channels {@code general}, {@code papers}, {@code announcements}
 * and {@code no-history}. {@code @everyone} may view and post, but not embed links; the bot's managed
 * role "Paperboy" adds VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, READ_MESSAGE_HISTORY,
 * CREATE_PUBLIC_THREADS and SEND_MESSAGES_IN_THREADS. In {@code announcements} a permission
 * overwrite denies @everyone SEND_MESSAGES, so the bot may read but not post there: JDA sees that in
 * its cache and refuses locally, and the fake answers 403 50013 if a post arrives anyway. The
 * "Admin" role has ADMINISTRATOR and MANAGE_GUILD ({@link #ADMIN_USER_ID}); {@link #MEMBER_USER_ID}
 * has no role. In {@code no-history} the bot's role is denied READ_MESSAGE_HISTORY: it may post
 * and embed, but its history reads come back empty. To make a channel fail on the server while the
 * bot's cache still says "allowed", use {@link #denyChannel(String)}; for a channel gone behind the
 * bot's back, {@link #deleteChannel(String)}; to change permissions as an admin would (the bot is
 * told by CHANNEL_UPDATE), {@link #setChannelOverwrite} and {@link #denyBotPermission}.
 *
 * <p>Every channel has a history ({@link #channelHistory(String)}, {@code GET channels/{id}/messages}):
 * the bot's posts, public interaction replies, {@link #chatter} from a member and
 * {@link #plantMessage planted} older messages.
 *
 * <p>Close the bot before the fake, or JDA will log reconnect attempts to a closed port.
 */
public final class FakeDiscord implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FakeDiscord.class);

    public static final String DEFAULT_TOKEN = "fake-bot-token.for-tests.only";

    public static final String GUILD_ID = "1100000000000000001";
    public static final String GUILD_NAME = "Deep Learning Study Group";
    public static final String GUILD_LOCALE = "zh-TW";
    public static final String BOT_USER_ID = "1100000000000000010";
    /** Distinct from the bot user's id on purpose, so a bot that confuses them fails here. */
    public static final String APPLICATION_ID = "1100000000000000020";
    public static final String GENERAL_CHANNEL_ID = "1100000000000000101";
    public static final String PAPERS_CHANNEL_ID = "1100000000000000102";
    /** The bot may view but not post here (permission overwrite on @everyone). */
    public static final String ANNOUNCEMENTS_CHANNEL_ID = "1100000000000000103";
    /** The bot may view, post and embed here but lacks READ_MESSAGE_HISTORY (its role is denied it). */
    public static final String NO_HISTORY_CHANNEL_ID = "1100000000000000104";
    public static final String EVERYONE_ROLE_ID = GUILD_ID;
    public static final String ADMIN_ROLE_ID = "1100000000000000201";
    public static final String BOT_ROLE_ID = "1100000000000000202";
    /** A role anyone may mention ("Study Group"). */
    public static final String STUDY_ROLE_ID = "1100000000000000203";
    /** A role that is not mentionable ("Quiet Readers"); the bot lacks MENTION_EVERYONE. */
    public static final String QUIET_ROLE_ID = "1100000000000000204";
    /** Owns the guild, so has every permission whatever its roles. */
    public static final String OWNER_USER_ID = "1100000000000000300";
    /** Member with the Admin role (ADMINISTRATOR, MANAGE_GUILD). */
    public static final String ADMIN_USER_ID = "1100000000000000301";
    /** Plain member, no Manage Server. */
    public static final String MEMBER_USER_ID = "1100000000000000302";

    /** What the gateway does with a RESUME (op 6). */
    public enum ResumeMode {
        /** Accept it and answer RESUMED, as Discord does while the session is fresh. */
        RESUME,
        /** Answer op 9 "invalid session, not resumable", so the client must IDENTIFY again. */
        INVALIDATE
    }

    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private Duration heartbeatInterval = Duration.ofMillis(41_250);
        private ResumeMode resumeMode = ResumeMode.RESUME;
        private Duration callbackDeadline;
        private int generatedGuilds;
        private int textChannelsPerGuild;
        private int generatedMembers;
        private Duration nonceWindow = Duration.ofMinutes(5);
        private int shards = 1;
        private int maxConcurrency = 1;

        private Builder() {}

        /**
         * {@code GET gateway/bot} answers {@code shards: count} (default 1), so a shard manager opens
         * that many connections; each gets the guilds of its shard ({@code (guild_id >> 22) % count}),
         * and {@link #awaitReady} waits for all of them. {@code maxConcurrency} is the answer's
         * {@code session_start_limit.max_concurrency} (1 for most bots: JDA then spaces IDENTIFYs 5 s
         * apart; give {@code count} to start all shards at once).
         */
        public Builder shards(int count, int maxConcurrency) {
            if (count < 1 || maxConcurrency < 1) {
                throw new IllegalArgumentException("shards and max_concurrency must be at least 1");
            }
            this.shards = count;
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * How long a {@code nonce} sent with {@code enforce_nonce: true} stays unique per author and
         * channel (Discord's docs: "in the past few minutes", not more precisely). Default 5 minutes.
         */
        public Builder nonceWindow(Duration window) {
            if (window.isNegative()) {
                throw new IllegalArgumentException("window must not be negative");
            }
            this.nonceWindow = window;
            return this;
        }

        /**
         * For load runs: {@code count} more guilds, each with {@code textChannels} text channels the
         * bot may post in (see {@link #generatedGuildIds()}); READY lists them after the main guild and
         * a GUILD_CREATE follows for each. Their members are the bot and {@link #OWNER_USER_ID}, so
         * interactions there come from the owner.
         */
        public Builder guilds(int count, int textChannels) {
            if (count < 0 || textChannels < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            this.generatedGuilds = count;
            this.textChannelsPerGuild = textChannels;
            return this;
        }

        /** For load runs: {@code count} more plain members of the main guild ({@link #generatedMemberIds()}). */
        public Builder members(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            this.generatedMembers = count;
            return this;
        }

        /** The bot token the fake accepts (REST {@code Authorization: Bot <token>} and IDENTIFY). */
        public Builder token(String token) {
            this.token = Objects.requireNonNull(token);
            return this;
        }

        /** HELLO's heartbeat_interval; default 41.25 s, as Discord. */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = Objects.requireNonNull(interval);
            return this;
        }

        public Builder resumeMode(ResumeMode mode) {
            this.resumeMode = Objects.requireNonNull(mode);
            return this;
        }

        /**
         * Answer a callback later than this after the interaction with 404 10062 "Unknown
         * interaction", as Discord does after 3 s. Off (null) by default: tests that care assert
         * {@link Interaction#callbackLatency(Duration)} instead, which fails more readably.
         */
        public Builder callbackDeadline(Duration deadline) {
            this.callbackDeadline = deadline;
            return this;
        }

        public FakeDiscord start() {
            FakeDiscord fake = new FakeDiscord(this);
            try {
                fake.startServers();
            } catch (RuntimeException e) {
                fake.close();
                throw e;
            }
            return fake;
        }
    }

    final Object lock = new Object();
    final World world = new World();
    final Faults faults = new Faults(lock);
    final Messages messages = new Messages(world, () -> "http://127.0.0.1:" + restPort());
    final NonceWindow nonces;
    final GuildMembership membership = new GuildMembership();

    private final String token;
    private final Duration heartbeatInterval;
    private final ResumeMode resumeMode;
    private final Duration callbackDeadline;
    private final int shardTotal;
    private final int maxConcurrency;
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final SecureRandom random = new SecureRandom();
    private HttpServer http;
    private ExecutorService httpExecutor;
    private volatile boolean closed;

    // guarded by lock
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, Interaction> interactionsById = new HashMap<>();
    private final Map<String, Interaction> interactionsByToken = new HashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final Map<String, List<ObjectNode>> commands = new HashMap<>(); // "" = global, else guild id
    private final List<ObjectNode> threads = new ArrayList<>();

    private FakeDiscord(Builder builder) {
        this.token = builder.token;
        this.heartbeatInterval = builder.heartbeatInterval;
        this.resumeMode = builder.resumeMode;
        this.callbackDeadline = builder.callbackDeadline;
        this.nonces = new NonceWindow(builder.nonceWindow);
        this.shardTotal = builder.shards;
        this.maxConcurrency = builder.maxConcurrency;
        world.addGeneratedGuilds(builder.generatedGuilds, builder.textChannelsPerGuild);
        world.addGeneratedMembers(builder.generatedMembers);
        this.rest = new FakeRest(this);
        this.gateway = new FakeGateway(this);
    }

    /** Starts a fake with the default token and options. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void startServers() {
        AtomicInteger threadCount = new AtomicInteger();
        httpExecutor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-discord-rest-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", rest::handle);
        http.setExecutor(httpExecutor);
        http.start();
        gateway.startAndWait();
        LOG.info("fake Discord up: REST {} gateway {}", apiBase(), gatewayUrl());
    }

    // --- addresses and options ---------------------------------------------------------------

    /** {@code http://127.0.0.1:PORT/api/v10/}: the bot's REST base (DISCORD_API_URL). */
    public String apiBase() {
        return "http://127.0.0.1:" + restPort() + FakeRest.PREFIX;
    }

    /** {@code ws://127.0.0.1:PORT}, as answered by {@code GET gateway/bot}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public int restPort() {
        return http.getAddress().getPort();
    }

    public int gatewayPort() {
        return gateway.getPort();
    }

    public String token() {
        return token;
    }

    int heartbeatIntervalMillis() {
        return (int) heartbeatInterval.toMillis();
    }

    ResumeMode resumeMode() {
        return resumeMode;
    }

    Duration callbackDeadline() {
        return callbackDeadline;
    }

    /** The shard total {@code GET gateway/bot} answers. */
    int shardTotal() {
        return shardTotal;
    }

    int maxConcurrency() {
        return maxConcurrency;
    }

    // --- the generated world (load runs) ----------------------------------------------------------

    /** The guilds added by {@link Builder#guilds(int, int)}, in order. */
    public List<String> generatedGuildIds() {
        synchronized (lock) {
            return world.generatedGuilds.stream().map(World.GeneratedGuild::id).toList();
        }
    }

    /** The text channels of a guild added by {@link Builder#guilds(int, int)}. */
    public List<String> generatedChannelIds(String guildId) {
        synchronized (lock) {
            return world.generatedGuilds.stream().filter(g -> g.id().equals(guildId)).findFirst()
                    .map(World.GeneratedGuild::channelIds)
                    .orElseThrow(() -> new IllegalArgumentException("no generated guild " + guildId));
        }
    }

    /** The members added by {@link Builder#members(int)}, in order. */
    public List<String> generatedMemberIds() {
        synchronized (lock) {
            return List.copyOf(world.generatedMembers);
        }
    }

    /**
     * Messages created by {@code POST channels/{id}/messages}, counted by channel (deleted ones
     * included). A post answered with an earlier message because of its nonce
     * ({@link #nonceReplayCounts()}) creates nothing and does not count; a post that took effect but
     * was answered with an error ({@link #createThenFailNext}) does. Planted messages and
     * {@link #chatter} do not count. Compare with {@code requests(...)} to see requests vs messages.
     */
    public Map<String, Integer> channelPostCounts() {
        synchronized (lock) {
            return messages.postCounts();
        }
    }

    /** How many messages {@code POST channels/{id}/messages} created in all (see {@link #channelPostCounts()}). */
    public int channelPostTotal() {
        synchronized (lock) {
            return messages.postTotal();
        }
    }

    // --- recorded requests -------------------------------------------------------------------

    RecordedRequest record(String method, String path, String route, String query, Map<String, List<String>> headers,
            String body, JsonNode json, List<String> files, List<byte[]> contents, long nanos, Instant at,
            FakeRest.Reply reply) {
        synchronized (lock) {
            RecordedRequest recorded = new RecordedRequest(requests.size() + 1L, method, path, route, query, headers,
                    body, json, files, contents, nanos, at, reply.status(), reply.body());
            requests.add(recorded);
            if (recorded.succeeded() && method.equals("POST") && route.startsWith("interactions/")) {
                // interactions/{id}/{token}/callback: a map lookup, so a load run of thousands stays cheap
                int slash = route.indexOf('/', "interactions/".length());
                Interaction i = slash < 0 ? null : interactionsById.get(route.substring("interactions/".length(), slash));
                if (i != null && route.equals(i.routeCallback()) && i.callback == null) {
                    i.callback = recorded;
                }
            }
            lock.notifyAll();
            return recorded;
        }
    }

    /** Every request so far, in order of arrival. */
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        synchronized (lock) {
            return requests.stream().filter(filter).toList();
        }
    }

    /** The first request (already received or yet to come) that matches. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> filter, Duration timeout) {
        return awaitRequest(filter, timeout, "a matching request");
    }

    RecordedRequest awaitRequest(Predicate<RecordedRequest> filter, Duration timeout, String what) {
        return awaitValue(() -> {
            synchronized (lock) {
                return requests.stream().filter(filter).findFirst();
            }
        }, timeout, () -> what);
    }

    /** Waits until at least {@code count} requests match; returns all that match. */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> filter, int count, Duration timeout) {
        return awaitValue(() -> {
            List<RecordedRequest> found = requests(filter);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, timeout, () -> count + " matching requests (have " + requests(filter).size() + ")");
    }

    /**
     * Waits the whole {@code quietPeriod} (a deliberate wait: use it to prove something did NOT
     * happen) and fails if any request, earlier or during the wait, matches.
     */
    public void assertNoRequest(Predicate<RecordedRequest> filter, Duration quietPeriod) {
        long deadline = System.nanoTime() + quietPeriod.toNanos();
        synchronized (lock) {
            while (true) {
                Optional<RecordedRequest> hit = requests.stream().filter(filter).findFirst();
                if (hit.isPresent()) {
                    throw new AssertionError("expected no such request, but got: " + hit.get());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                waitLocked(left);
            }
        }
    }

    <T> T awaitValue(Supplier<Optional<T>> probe, Duration timeout, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what.get()
                            + "\n" + describeLocked());
                }
                waitLocked(left);
            }
        }
    }

    private void waitLocked(long nanos) {
        try {
            lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    private String describeLocked() {
        StringBuilder sb = new StringBuilder();
        sb.append("gateway: ready=").append(gateway.isReady())
                .append(" identifies=").append(gateway.identifies())
                .append(" resumes=").append(gateway.resumes())
                .append(" connections=").append(gateway.connections()).append('\n');
        sb.append("received ").append(requests.size()).append(" request(s)");
        int from = Math.max(0, requests.size() - 60);
        if (from > 0) {
            sb.append(", the last 60");
        }
        sb.append(':');
        for (RecordedRequest r : requests.subList(from, requests.size())) {
            sb.append("\n  ").append(r.summary());
            if (!r.succeeded() || r.json() != null) {
                String detail = r.succeeded() ? Json.write(r.json()) : r.responseBody();
                sb.append("  ").append(detail.length() > 300 ? detail.substring(0, 300) + "..." : detail);
            }
        }
        return sb.toString();
    }

    // --- gateway -------------------------------------------------------------------------------

    /**
     * Waits until a client has identified (or resumed) and got READY + GUILD_CREATE on an open
     * connection; with {@link Builder#shards} until every shard has.
     */
    public void awaitReady(Duration timeout) {
        awaitValue(() -> gateway.isReady() ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout,
                () -> "a ready gateway session");
    }

    public boolean isReady() {
        return gateway.isReady();
    }

    /** IDENTIFYs accepted (each answered with READY + GUILD_CREATE). */
    public int identifyCount() {
        return gateway.identifies();
    }

    /** RESUMEs accepted (answered with RESUMED). */
    public int resumeCount() {
        return gateway.resumes();
    }

    /** RESUMEs refused with op 9. */
    public int invalidSessionCount() {
        return gateway.invalidations();
    }

    /** Times a session became ready: identifies plus resumes. */
    public int readyCount() {
        return gateway.readies();
    }

    public int heartbeatCount() {
        return gateway.heartbeats();
    }

    /**
     * A documented, best-effort wait of at most 1 s: until the client's first heartbeat on the
     * current connection was answered. JDA does not reset its count of unanswered heartbeats when
     * it reconnects; cut a connection before its first ACK and (after a refused RESUME adds
     * another) JDA takes the next, healthy connection for a zombie (4900) and identifies once
     * more. JDA itself sometimes skips its first heartbeat (HELLO handled before its "connected"
     * flag is set; the next beat comes a heartbeat interval later): then this gives up quietly.
     */
    private void awaitHeartbeatAcked() {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        synchronized (lock) {
            while (!gateway.currentConnectionHeartbeatAcked()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.info("no heartbeat answered on this gateway connection within 1 s "
                            + "(JDA may have skipped its first); cutting it anyway");
                    return;
                }
                waitLocked(Math.min(left, TimeUnit.MILLISECONDS.toNanos(5))); // the send buffer does not notify
            }
        }
    }

    /**
     * Simulates a network drop: closes the current gateway TCP connection (shard 0's) without a close frame
     * (the client sees close code 1006). The session stays resumable. Returns once the connection
     * is cut (after {@code awaitHeartbeatAcked}, a few ms with JDA); use
     * {@link #awaitReady(Duration)} to wait for the client to come back.
     */
    public void dropGatewayConnection() {
        awaitHeartbeatAcked();
        WebSocket conn = gateway.detachCurrent();
        LOG.info("dropping the gateway connection (no close frame)");
        conn.closeConnection(1006, "fake Discord: simulated network drop");
    }

    /** Closes the current gateway connection with a close frame, e.g. 4000 (unknown error: JDA resumes). */
    public void closeGatewayConnection(int code, String reason) {
        awaitHeartbeatAcked();
        WebSocket conn = gateway.detachCurrent();
        LOG.info("closing the gateway connection with {} {}", code, reason);
        conn.close(code, reason);
    }

    /** Sends op 7 RECONNECT: the client should close and resume. */
    public void requestReconnect() {
        awaitHeartbeatAcked();
        synchronized (lock) {
            WebSocket conn = gateway.detachCurrent();
            conn.send(Json.write(Json.object().put("op", 7).putNull("d").putNull("s").putNull("t")));
        }
    }

    /**
     * Sends any dispatch event (op 0), e.g. CHANNEL_DELETE, to the ready session of the shard that
     * owns its {@code guild_id} (shard 0 when it has none).
     */
    public void dispatch(String eventName, JsonNode data) {
        gateway.dispatch(eventName, data);
    }

    // --- commands --------------------------------------------------------------------------------

    List<ObjectNode> commandsLocked(String guildId) {
        return commands.getOrDefault(guildId == null ? "" : guildId, List.of()).stream()
                .map(ObjectNode::deepCopy)
                .toList();
    }

    void setCommandsLocked(String guildId, List<ObjectNode> list) {
        commands.put(guildId == null ? "" : guildId, List.copyOf(list));
    }

    /** The global commands as last registered (with the fake's ids), empty before any registration. */
    public List<JsonNode> globalCommands() {
        synchronized (lock) {
            return List.copyOf(commandsLocked(null));
        }
    }

    public List<JsonNode> guildCommands(String guildId) {
        synchronized (lock) {
            return List.copyOf(commandsLocked(guildId));
        }
    }

    /** Waits for the first successful global registration ({@code PUT applications/{app}/commands}). */
    public List<JsonNode> awaitGlobalCommands(Duration timeout) {
        awaitRequest(r -> r.succeeded() && r.method().equals("PUT")
                && r.route().equals("applications/" + APPLICATION_ID + "/commands"), timeout,
                "global command registration");
        return globalCommands();
    }

    private ObjectNode registeredCommandLocked(String name) {
        for (String scope : List.of("", GUILD_ID)) {
            for (ObjectNode c : commands.getOrDefault(scope, List.of())) {
                if (c.path("type").asInt(1) == 1 && name.equals(c.path("name").asText())) {
                    return c;
                }
            }
        }
        return null;
    }

    // --- messages --------------------------------------------------------------------------------

    void threadCreatedLocked(ObjectNode thread) {
        threads.add(thread.deepCopy());
    }

    /** Messages the bot posted with {@code POST channels/{id}/messages}, in order, as they are now (edits applied, deleted ones left out). */
    public List<RecordedMessage> channelMessages(String channelId) {
        synchronized (lock) {
            return messages.posts(channelId);
        }
    }

    /**
     * The channel's history as {@code GET channels/{id}/messages} pages it, oldest first: the bot's
     * posts, public interaction replies and followups, {@link #chatter}, planted messages; no
     * ephemeral ones. Ignores permissions (what is there, not what the bot may read).
     */
    public List<RecordedMessage> channelHistory(String channelId) {
        synchronized (lock) {
            return messages.history().all(channelId).stream().map(RecordedMessage::new).toList();
        }
    }

    /**
     * {@code count} messages from {@link #MEMBER_USER_ID} in the channel, sent now, with fresh
     * increasing snowflakes, to make a channel busy (e.g. 500 messages after the bot's post). They
     * do not count in {@link #channelPostCounts()}; no MESSAGE_CREATE is sent (the fake sends no
     * message events). Returns them oldest first.
     */
    public List<RecordedMessage> chatter(String channelId, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        synchronized (lock) {
            requireChannel(channelId);
            List<RecordedMessage> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                made.add(new RecordedMessage(messages.create(channelId, MEMBER_USER_ID, Snowflakes.next(),
                        Json.object().put("content", "chatter " + (i + 1) + " of " + count), 0, null)));
            }
            lock.notifyAll();
            return made;
        }
    }

    /**
     * A message as if {@code authorId} (e.g. {@link #BOT_USER_ID}) had sent it at {@code at}, in the
     * past: in the history with a snowflake of that time, e.g. yesterday's paper of the day.
     * {@code body} is a Create Message body (content, embeds, components, nonce). Not a request, so
     * not in {@link #channelMessages} or {@link #channelPostCounts()}; a nonce in it counts for the
     * nonce window from {@code at}, as the earlier message would on Discord.
     */
    public RecordedMessage plantMessage(String channelId, String authorId, Instant at, JsonNode body) {
        if (!at.isBefore(Instant.now().minusMillis(1))) {
            throw new IllegalArgumentException("plant messages in the past, not at " + at);
        }
        synchronized (lock) {
            requireChannel(channelId);
            ObjectNode m = messages.createAt(channelId, authorId, at, body);
            String nonce = Json.text(body, "nonce");
            if (nonce != null) {
                nonces.remember(authorId, channelId, nonce, m.path("id").asText(), Duration.between(at, Instant.now()));
            }
            lock.notifyAll();
            return new RecordedMessage(m);
        }
    }

    /** Per channel, the posts answered with an earlier message because of their nonce (nothing created). */
    public Map<String, Integer> nonceReplayCounts() {
        synchronized (lock) {
            return nonces.replays();
        }
    }

    private void requireChannel(String channelId) {
        if (!world.channels.containsKey(channelId) || faults.isDeleted(channelId)) {
            throw new IllegalArgumentException("no channel " + channelId);
        }
    }

    /** Waits until the bot has posted at least {@code count} messages in the channel. */
    public List<RecordedMessage> awaitChannelMessages(String channelId, int count, Duration timeout) {
        return awaitValue(() -> {
            List<RecordedMessage> found = channelMessages(channelId);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, timeout, () -> count + " message(s) posted in channel " + channelId);
    }

    /** Any message the fake knows (channel posts, interaction replies, followups), as it is now. */
    public Optional<RecordedMessage> message(String messageId) {
        synchronized (lock) {
            return messages.get(messageId);
        }
    }

    /** Threads the bot created, as the fake answered them. */
    public List<JsonNode> threads() {
        synchronized (lock) {
            return threads.stream().map(t -> (JsonNode) t.deepCopy()).toList();
        }
    }

    // --- interactions ----------------------------------------------------------------------------

    Interaction interactionLocked(String id) {
        return interactionsById.get(id);
    }

    Interaction interactionByTokenLocked(String token) {
        return interactionsByToken.get(token);
    }

    /** Every interaction sent so far. */
    public List<Interaction> interactions() {
        synchronized (lock) {
            return List.copyOf(interactions);
        }
    }

    /**
     * A user runs a slash command. If the bot registered the command, the fake uses its id and
     * checks the options against the registered schema (names, types, required, choices, ranges),
     * as Discord's client would; an unregistered command gets a fresh id and no checks.
     */
    public Interaction slash(String userId, String channelId, String locale, String command, Option... options) {
        Interaction it;
        synchronized (lock) {
            ObjectNode registered = registeredCommandLocked(command);
            List<Option> given = List.of(options);
            if (registered != null) {
                CommandOptions.validate(registered.path("options"), given, false, "/" + command);
            } else {
                LOG.warn("slash /{} is not registered: sending it with a made-up command id", command);
            }
            ObjectNode data = Json.object()
                    .put("id", registered != null ? registered.path("id").asText() : Snowflakes.next())
                    .put("name", command)
                    .put("type", 1);
            if (registered != null && registered.hasNonNull("guild_id")) {
                data.put("guild_id", registered.get("guild_id").asText());
            }
            ArrayNode opts = data.putArray("options");
            given.forEach(o -> opts.add(o.toJson()));
            ObjectNode resolved = CommandOptions.resolved(world, userId, channelId, given);
            if (resolved.size() > 0) {
                data.set("resolved", resolved);
            }
            it = newInteractionLocked(Interaction.APPLICATION_COMMAND, userId, channelId, locale, command, data, null);
        }
        send(it);
        return it;
    }

    /**
     * A user types into an autocomplete option. The focused option goes into the innermost
     * subcommand given in {@code otherOptions}, if any; its type is taken from the registered
     * schema (string if unknown), its value is the raw text typed, as Discord sends it.
     */
    public Interaction autocomplete(String userId, String channelId, String locale, String command,
            String focusedOptionName, String typedValue, Option... otherOptions) {
        Interaction it;
        synchronized (lock) {
            ObjectNode registered = registeredCommandLocked(command);
            List<Option> others = List.of(otherOptions);
            JsonNode schema = registered == null ? null : registered.path("options");
            List<Option> withFocused = CommandOptions.insertFocused(others, schema, focusedOptionName, typedValue);
            if (registered != null) {
                CommandOptions.validate(registered.path("options"), withFocused, true, "/" + command);
            }
            ObjectNode data = Json.object()
                    .put("id", registered != null ? registered.path("id").asText() : Snowflakes.next())
                    .put("name", command)
                    .put("type", 1);
            ArrayNode opts = data.putArray("options");
            withFocused.forEach(o -> opts.add(o.toJson()));
            ObjectNode resolved = CommandOptions.resolved(world, userId, channelId, others);
            if (resolved.size() > 0) {
                data.set("resolved", resolved);
            }
            it = newInteractionLocked(Interaction.AUTOCOMPLETE, userId, channelId, locale, command, data, null);
        }
        send(it);
        return it;
    }

    /**
     * A user clicks a button (or other component) on a message the bot sent. The fake uses the
     * message's newest state; it refuses (IllegalArgumentException) a custom_id the message does not
     * have, a disabled component, and someone else's ephemeral message, as Discord's client would.
     */
    public Interaction button(String userId, String channelId, String locale, String customId,
            RecordedMessage message) {
        Interaction it;
        synchronized (lock) {
            ObjectNode current = messages.get(message.id()).orElse(message).raw();
            RecordedMessage now = new RecordedMessage(current);
            if (!channelId.equals(now.channelId())) {
                throw new IllegalArgumentException("message " + now.id() + " is in channel " + now.channelId()
                        + ", not " + channelId);
            }
            JsonNode component = now.component(customId).orElseThrow(() -> new IllegalArgumentException(
                    "message " + now.id() + " has no component '" + customId + "'; it has " + now.customIds()));
            if (component.path("disabled").asBoolean(false)) {
                throw new IllegalArgumentException("component '" + customId + "' is disabled");
            }
            String invoker = current.path("interaction_metadata").path("user").path("id").asText(null);
            if (now.isEphemeral() && invoker != null && !invoker.equals(userId)) {
                throw new IllegalArgumentException("user " + userId + " cannot see ephemeral message " + now.id());
            }
            ObjectNode data = Json.object()
                    .put("custom_id", customId)
                    .put("component_type", component.path("type").asInt(2));
            if (component.has("id")) {
                data.set("id", component.get("id").deepCopy());
            }
            it = newInteractionLocked(Interaction.MESSAGE_COMPONENT, userId, channelId, locale, customId, data,
                    current);
        }
        send(it);
        return it;
    }

    private Interaction newInteractionLocked(int type, String userId, String channelId, String locale, String name,
            ObjectNode data, ObjectNode message) {
        World.Channel channel = world.channels.get(channelId);
        if (channel == null || faults.isDeleted(channelId)) {
            throw new IllegalArgumentException("no channel " + channelId + " in the guild");
        }
        String guildId = channel.guildId;
        boolean main = GUILD_ID.equals(guildId);
        if (main ? !world.isMember(userId) : !OWNER_USER_ID.equals(userId)) {
            throw new IllegalArgumentException("user " + userId + " is not a member of guild " + guildId
                    + (main ? "" : " (in a generated guild only the owner is)"));
        }
        if (!membership.isAvailable(guildId)) {
            throw new IllegalStateException("the bot is not in guild " + channel.guildId + " (or it is down)");
        }
        String id = Snowflakes.next();
        byte[] tokenBytes = new byte[48];
        random.nextBytes(tokenBytes);
        String interactionToken = "aW50ZXJhY3Rpb246" + Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);

        long memberPerms = world.channelPermissions(userId, channelId);
        ObjectNode payload = Json.object()
                .put("id", id)
                .put("application_id", APPLICATION_ID)
                .put("type", type)
                .put("token", interactionToken)
                .put("version", 1)
                .put("guild_id", guildId)
                .put("channel_id", channelId)
                .put("locale", locale)
                .put("guild_locale", main ? GUILD_LOCALE : "en-US")
                .put("app_permissions", Long.toString(world.channelPermissions(BOT_USER_ID, channelId)))
                .put("context", 0)
                .put("attachment_size_limit", 10_485_760);
        payload.set("data", data);
        ObjectNode channelJson = world.channelJson(channel, true);
        channelJson.put("permissions", Long.toString(memberPerms));
        payload.set("channel", channelJson);
        payload.set("guild", world.interactionGuildJson(guildId));
        ObjectNode member = world.memberJson(userId, true);
        member.put("permissions", Long.toString(memberPerms));
        payload.set("member", member);
        payload.putArray("entitlements");
        payload.putObject("authorizing_integration_owners").put("0", guildId);
        if (message != null) {
            payload.set("message", message);
        }
        Interaction it = new Interaction(this, id, interactionToken, type, userId, channelId, locale, name, payload,
                message == null ? null : message.path("id").asText());
        interactionsById.put(id, it);
        interactionsByToken.put(interactionToken, it);
        interactions.add(it);
        return it;
    }

    private void send(Interaction it) {
        LOG.info("sending INTERACTION_CREATE type {} '{}' from user {} in channel {}", it.type(), it.name(),
                it.userId(), it.channelId());
        gateway.dispatch("INTERACTION_CREATE", it.payload());
    }

    // --- faults ------------------------------------------------------------------------------------

    /**
     * The next {@code count} requests whose method matches ("*" for any) and whose route (path
     * below /api/v10/, no query, e.g. {@code channels/\d+/messages}) matches the regex in whole get
     * {@code status} with {@code {"code":0,"message":"<status>: <reason>"}}. Note: JDA retries
     * 502/503/504 (and 52x) by itself, up to 4 attempts; it does NOT retry 500.
     */
    public void failNext(String method, String pathRegex, int status, int count) {
        faults.add(method, pathRegex, status, 0, null, count);
    }

    /** As {@link #failNext(String, String, int, int)} with a Discord error code and message, e.g. 404 10008 "Unknown Message". */
    public void failNext(String method, String pathRegex, int status, int discordCode, String message, int count) {
        faults.add(method, pathRegex, status, discordCode, message, count);
    }

    /**
     * The next {@code count} matching requests that succeed take effect (a POST's message is stored
     * and shows in the history) but are answered {@code status} with
     * {@code {"code":0,"message":"<status>: <reason>"}}, as when Discord's answer is lost on the way
     * back. Requests that fail anyway (403, 404, 400) keep their answer and do not use up the count.
     * JDA retries 502/503/504 by itself: with those, expect the retry to create a second message.
     */
    public void createThenFailNext(String method, String pathRegex, int status, int count) {
        faults.addAfterEffect(method, pathRegex, status, count);
    }

    /** When a held answer ({@link #delayNext}) is held. */
    public enum DelayMode {
        /** The request takes effect at once and its answer is held: a client timeout loses a success. */
        EFFECT_THEN_WAIT,
        /** The request is held, then takes effect: it may take effect after the client gave up. */
        WAIT_THEN_EFFECT
    }

    /**
     * The next {@code count} matching requests are answered {@code delay} late; the request takes
     * effect first and then the answer waits ({@link DelayMode#EFFECT_THEN_WAIT}). Use it with
     * JDA's {@code RestAction#timeout} for a send that times out after the message exists. Only
     * that request's thread waits (not the fake). Note that JDA sends a route's requests one at a
     * time, so a held answer also holds up the next send to the same channel.
     */
    public void delayNext(String method, String pathRegex, Duration delay, int count) {
        delayNext(method, pathRegex, delay, count, DelayMode.EFFECT_THEN_WAIT);
    }

    /** As {@link #delayNext(String, String, Duration, int)}, choosing whether the wait comes before the effect. */
    public void delayNext(String method, String pathRegex, Duration delay, int count, DelayMode mode) {
        faults.addDelay(method, pathRegex, delay, mode == DelayMode.EFFECT_THEN_WAIT, count);
    }

    /**
     * The next {@code count} matching requests get 429 with Retry-After (whole seconds, rounded
     * up: JDA parses it as a long), X-RateLimit-Scope, X-RateLimit-Global when global, and
     * {@code {"message":"You are being rate limited.","retry_after":s,"global":b}}.
     */
    public void rateLimitNext(String method, String pathRegex, Duration retryAfter, boolean global, int count) {
        faults.addRateLimit(method, pathRegex, retryAfter, global, count);
    }

    /**
     * Allows at most {@code perSecond} requests in any rolling second across all routes except
     * interactions/ and webhooks/ (Discord exempts those, and JDA ignores a global limit there);
     * beyond that answers a global 429. 0 turns it off.
     */
    public void enforceGlobalRateLimit(int perSecond) {
        faults.setGlobalPerSecond(perSecond);
    }

    /** All 429s answered so far (fault rules and the global limit). */
    public int rateLimitedCount() {
        return faults.rateLimited();
    }

    /** 429s answered as global. */
    public int globalRateLimitedCount() {
        return faults.globalRateLimited();
    }

    /** The channel is gone on the server: REST answers 404 10003 Unknown Channel. The bot's cache is not told. */
    public void deleteChannel(String channelId) {
        deleteChannel(channelId, false);
    }

    /** As {@link #deleteChannel(String)}; with {@code notifyGateway} also sends CHANNEL_DELETE, as Discord does. */
    public void deleteChannel(String channelId, boolean notifyGateway) {
        ObjectNode json;
        synchronized (lock) {
            World.Channel channel = world.channels.remove(channelId);
            if (channel == null) {
                throw new IllegalArgumentException("no channel " + channelId);
            }
            faults.delete(channelId);
            json = world.channelJson(channel, true);
        }
        LOG.info("channel {} deleted{}", channelId, notifyGateway ? " (CHANNEL_DELETE sent)" : "");
        if (notifyGateway) {
            gateway.dispatch("CHANNEL_DELETE", json);
        }
    }

    /** An admin deletes a role: gone from the guild, and GUILD_ROLE_DELETE tells the bot. */
    public void deleteRole(String roleId) {
        synchronized (lock) {
            world.roles.remove(roleId);
        }
        dispatch("GUILD_ROLE_DELETE", Json.object().put("guild_id", GUILD_ID).put("role_id", roleId));
    }

    /** The bot lacks permission here on the server: 403 50013 Missing Permissions. The bot's cache still says it may. */
    public void denyChannel(String channelId) {
        faults.deny(channelId, true);
    }

    public void allowChannel(String channelId) {
        faults.deny(channelId, false);
    }

    // --- permission overwrites and guild membership, changed at runtime -----------------------------

    /**
     * Sets the channel's permission overwrite for a role ({@code type} 0) or member (1), replacing
     * the one it had for that target, and sends CHANNEL_UPDATE so JDA's permission cache follows (if
     * a session is ready and the guild is available: otherwise the next GUILD_CREATE carries it).
     * REST enforces it at once. Bits: {@link Permissions}.
     */
    public void setChannelOverwrite(String channelId, String targetId, int type, long allow, long deny) {
        if (type != 0 && type != 1) {
            throw new IllegalArgumentException("type is 0 (role) or 1 (member), not " + type);
        }
        synchronized (lock) {
            channelUpdated(world.setOverwrite(channelId, new World.Overwrite(targetId, type, allow, deny)));
        }
    }

    /** Removes the channel's overwrite for a role or member (if any) and sends CHANNEL_UPDATE. */
    public void removeChannelOverwrite(String channelId, String targetId) {
        synchronized (lock) {
            channelUpdated(world.removeOverwrite(channelId, targetId));
        }
    }

    /**
     * Denies the bot these permission bits in the channel with a member overwrite (kept with what it
     * already denied or allowed otherwise), as an admin editing the channel would; sends
     * CHANNEL_UPDATE. E.g. {@code denyBotPermission(id, Permissions.SEND_MESSAGES)}: JDA then
     * refuses locally, and a send that arrives anyway gets 403 50013.
     */
    public void denyBotPermission(String channelId, long permissions) {
        synchronized (lock) {
            World.Overwrite old = world.overwrite(channelId, BOT_USER_ID);
            long allow = old == null ? 0 : old.allow() & ~permissions;
            long deny = (old == null ? 0 : old.deny()) | permissions;
            channelUpdated(world.setOverwrite(channelId, new World.Overwrite(BOT_USER_ID, 1, allow, deny)));
        }
    }

    private void channelUpdated(World.Channel channel) {
        LOG.info("channel {} overwrites now {}", channel.id, channel.overwrites);
        if (membership.isAvailable(channel.guildId)) {
            gateway.dispatchToGuild(channel.guildId, "CHANNEL_UPDATE", world.channelJson(channel, true));
        }
    }

    /**
     * The bot is removed from the guild (kicked, or the guild deleted): GUILD_DELETE without
     * {@code unavailable}, REST on its channels and members answers 403 50001 Missing Access, later
     * READYs leave it out, and slash() there fails. See {@link GuildMembership} for the sources.
     */
    public void removeBotFromGuild(String guildId) {
        synchronized (lock) {
            requireGuild(guildId);
            membership.remove(guildId);
            gateway.dispatchToGuild(guildId, "GUILD_DELETE", Json.object().put("id", guildId));
        }
        LOG.info("bot removed from guild {}", guildId);
    }

    /** The bot is added to the guild again: a full GUILD_CREATE (JDA: GuildJoinEvent), and REST works again. */
    public void addBotToGuild(String guildId) {
        synchronized (lock) {
            requireGuild(guildId);
            membership.add(guildId);
            membership.back(guildId);
            gateway.dispatchToGuild(guildId, "GUILD_CREATE", world.guildCreateJson(guildId));
        }
        LOG.info("bot added to guild {}", guildId);
    }

    /** A Discord outage for the guild: GUILD_DELETE with {@code unavailable: true} (JDA: GuildUnavailableEvent). */
    public void guildOutage(String guildId) {
        synchronized (lock) {
            requireGuild(guildId);
            membership.outage(guildId);
            gateway.dispatchToGuild(guildId, "GUILD_DELETE", Json.object().put("id", guildId).put("unavailable", true));
        }
    }

    /** The outage is over: a full GUILD_CREATE (JDA: GuildAvailableEvent). */
    public void guildBack(String guildId) {
        synchronized (lock) {
            requireGuild(guildId);
            membership.back(guildId);
            if (membership.isMember(guildId)) {
                gateway.dispatchToGuild(guildId, "GUILD_CREATE", world.guildCreateJson(guildId));
            }
        }
    }

    private void requireGuild(String guildId) {
        if (!world.guildIds().contains(guildId)) {
            throw new IllegalArgumentException("no guild " + guildId);
        }
    }

    /** Drops pending fault rules, denials and the global limit (deleted channels stay deleted). */
    public void clearFaults() {
        faults.clear();
    }

    // --- lifecycle -----------------------------------------------------------------------------------

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("gateway stop: {}", e.toString());
        }
        if (http != null) {
            http.stop(0);
        }
        if (httpExecutor != null) {
            httpExecutor.shutdownNow();
        }
        LOG.info("fake Discord closed after {} request(s)", requests().size());
    }
}
