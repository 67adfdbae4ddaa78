package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, dispatches.
 * All state is guarded by the fake's lock, so the fake's waits see it change.
 */
final class FakeGateway extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);

    /** A gateway session: survives its connection so that it can be resumed. */
    static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final int shardId;
        final int shardCount;
        int seq;
        WebSocket conn;
        boolean ready;

        Session(int shardId, int shardCount) {
            this.shardId = shardId;
            this.shardCount = shardCount;
        }

        /** Discord's sharding formula: {@code shard_id = (guild_id >> 22) % num_shards}. */
        boolean owns(String guildId) {
            return (Long.parseUnsignedLong(guildId) >>> 22) % shardCount == shardId;
        }
    }

    private final FakeDiscord fake;
    private final Object lock;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    // guarded by lock
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<WebSocket, Session> byConnection = new IdentityHashMap<>();
    private final Map<WebSocket, Integer> acksByConnection = new IdentityHashMap<>();
    /** The ready (or last ready) session of each shard id; shard 0 is "the" session of a single connection. */
    private final Map<Integer, Session> current = new HashMap<>();
    private int identifies;
    private int resumes;
    private int readies;
    private int invalidations;
    private int heartbeats;
    private int connections;

    FakeGateway(FakeDiscord fake) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.fake = fake;
        this.lock = fake.lock;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(0); // JDA heartbeats; no server pings needed
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gateway did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (startFailure != null) {
            throw new IllegalStateException("gateway failed to start", startFailure);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        synchronized (lock) {
            connections++;
        }
        LOG.debug("gateway connection opened: {}", handshake.getResourceDescriptor());
        ObjectNode hello = Json.object().put("op", 10).putNull("s").putNull("t");
        hello.putObject("d").put("heartbeat_interval", fake.heartbeatIntervalMillis()).putArray("_trace").add("fake-discord");
        send(conn, hello);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode frame = Json.parseOrNull(message);
        if (frame == null) {
            LOG.warn("gateway: not JSON, closing with 4002: {}", message);
            conn.close(4002, "Error while decoding payload.");
            return;
        }
        int op = frame.path("op").asInt(-1);
        JsonNode d = frame.path("d");
        switch (op) {
            case 1 -> {
                synchronized (lock) {
                    heartbeats++;
                    send(conn, Json.object().put("op", 11));
                    acksByConnection.merge(conn, 1, Integer::sum);
                    lock.notifyAll();
                }
            }
            case 2 -> identify(conn, d);
            case 6 -> resume(conn, d);
            case 3, 4, 8, 31 -> LOG.debug("gateway: ignoring op {}", op);
            default -> {
                LOG.warn("gateway: unknown op {}, closing with 4001", op);
                conn.close(4001, "Unknown opcode.");
            }
        }
    }

    private boolean checkToken(WebSocket conn, JsonNode d) {
        if (fake.token().equals(Json.text(d, "token"))) {
            return true;
        }
        LOG.warn("gateway: wrong token, closing with 4004");
        conn.close(4004, "Authentication failed.");
        return false;
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!checkToken(conn, d)) {
            return;
        }
        JsonNode shard = d.path("shard");
        int shardId = shard.isArray() ? shard.path(0).asInt(-1) : 0;
        int shardCount = shard.isArray() ? shard.path(1).asInt(0) : 1;
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
            LOG.warn("gateway: invalid shard {}, closing with 4010", shard);
            conn.close(4010, "Invalid shard.");
            return;
        }
        List<String> guildIds;
        Session session;
        synchronized (lock) {
            Session old = byConnection.get(conn);
            if (old != null && old.ready) {
                LOG.warn("gateway: second IDENTIFY on one connection, closing with 4005");
                conn.close(4005, "Already authenticated.");
                return;
            }
            identifies++;
            session = new Session(shardId, shardCount);
            session.conn = conn;
            sessions.put(session.id, session);
            byConnection.put(conn, session);
            Session s = session;
            guildIds = fake.world.guildIds().stream().filter(fake.membership::isMember).filter(s::owns).toList();

            ObjectNode ready = Json.object().put("v", 10);
            ready.set("user", fake.world.selfUserJson());
            ArrayNode guilds = ready.putArray("guilds");
            guildIds.forEach(id -> guilds.addObject().put("id", id).put("unavailable", true));
            ready.putArray("private_channels");
            ready.putArray("relationships");
            ready.putArray("presences");
            ready.putArray("guild_join_requests");
            ready.putArray("geo_ordered_rtc_regions");
            ready.put("session_id", session.id).put("session_type", "normal").put("resume_gateway_url", url());
            ready.set("shard", Json.array().add(shardId).add(shardCount));
            ready.putObject("application").put("id", FakeDiscord.APPLICATION_ID).put("flags", 0);
            ready.putObject("user_settings");
            ready.putArray("_trace").add("fake-discord");
            sendDispatch(session, "READY", ready);
            if (guildIds.isEmpty()) {
                becomeReady(session);
                LOG.info("gateway: IDENTIFY ok (shard {} of {}), sent READY without guilds", shardId, shardCount);
                return;
            }
        }
        // thousands of guilds: one hold of the lock each, so REST (the command registration a bot
        // sends while its guilds still arrive) is not held up by the gateway, as on Discord
        long started = System.nanoTime();
        for (int i = 0; i < guildIds.size(); i++) {
            synchronized (lock) {
                if (byConnection.get(conn) != session || !conn.isOpen()) {
                    LOG.info("gateway: connection closed while sending GUILD_CREATEs");
                    return;
                }
                String guildId = guildIds.get(i);
                if (fake.membership.isAvailable(guildId)) {
                    sendDispatch(session, "GUILD_CREATE", fake.world.guildCreateJson(guildId));
                } else {
                    // Discord: guilds down in an outage get GUILD_DELETE (unavailable) instead
                    sendDispatch(session, "GUILD_DELETE", Json.object().put("id", guildId).put("unavailable", true));
                }
                if (i == guildIds.size() - 1) {
                    becomeReady(session);
                }
            }
        }
        LOG.info("gateway: IDENTIFY ok (shard {} of {}), sent READY + {} guild(s) in {} ms", shardId, shardCount,
                guildIds.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void becomeReady(Session session) {
        session.ready = true;
        current.put(session.shardId, session);
        readies++;
        lock.notifyAll();
    }

    private void resume(WebSocket conn, JsonNode d) {
        if (!checkToken(conn, d)) {
            return;
        }
        String sessionId = Json.text(d, "session_id");
        synchronized (lock) {
            Session session = sessions.get(sessionId);
            boolean canResume = fake.resumeMode() == FakeDiscord.ResumeMode.RESUME && session != null;
            if (!canResume) {
                invalidations++;
                LOG.info("gateway: RESUME of {} refused with op 9 (mode {}), client must IDENTIFY", sessionId,
                        fake.resumeMode());
                send(conn, Json.object().put("op", 9).put("d", false).putNull("s").putNull("t"));
                return;
            }
            resumes++;
            if (session.conn != null && session.conn != conn) {
                // the client resumed before we saw its old connection close: the new one wins
                byConnection.remove(session.conn);
                session.conn.close(1001, "Session resumed elsewhere");
            }
            session.conn = conn;
            byConnection.put(conn, session);
            sendDispatch(session, "RESUMED", Json.object().set("_trace", Json.array().add("fake-discord")));
            session.ready = true;
            current.put(session.shardId, session);
            readies++;
            lock.notifyAll();
        }
        LOG.info("gateway: RESUME ok, sent RESUMED");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (lock) {
            acksByConnection.remove(conn);
            Session session = byConnection.remove(conn);
            if (session != null && session.conn == conn) {
                session.conn = null;
                session.ready = false;
                current.remove(session.shardId, session);
            }
            lock.notifyAll();
        }
        LOG.info("gateway: connection closed, code {} {} ({})", code, reason, remote ? "by client" : "by fake");
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure = ex;
            started.countDown();
            LOG.error("gateway server error", ex);
        } else {
            LOG.debug("gateway connection error: {}", ex.toString());
        }
    }

    // --- used by the fake -----------------------------------------------------------------

    /**
     * Sends an event to the ready session that owns its guild ({@code guild_id} in the data), or
     * to shard 0 for events without one; fails when there is no such session.
     */
    void dispatch(String type, JsonNode data) {
        String guildId = Json.text(data, "guild_id");
        if (!dispatchToGuild(guildId, type, data)) {
            throw new IllegalStateException("no ready gateway session to send " + type + " to"
                    + (guildId == null ? "" : " for guild " + guildId) + ": call awaitReady(...) first");
        }
    }

    /** Sends an event to the ready session owning the guild (null: shard 0); false when there is none. */
    boolean dispatchToGuild(String guildId, String type, JsonNode data) {
        synchronized (lock) {
            for (Session session : current.values()) {
                boolean owner = guildId == null ? session.shardId == 0 : session.owns(guildId);
                if (owner && session.ready && session.conn != null) {
                    sendDispatch(session, type, data);
                    return true;
                }
            }
            return false;
        }
    }

    private void sendDispatch(Session session, String type, JsonNode data) {
        ObjectNode frame = Json.object().put("op", 0).put("s", ++session.seq).put("t", type);
        frame.set("d", data);
        send(session.conn, frame);
    }

    private static void send(WebSocket conn, JsonNode frame) {
        try {
            conn.send(Json.write(frame));
        } catch (RuntimeException e) {
            LOG.debug("gateway: could not send ({})", e.toString());
        }
    }

    /** Every shard of the configured total has a ready session on an open connection. */
    boolean isReady() {
        synchronized (lock) {
            for (int shard = 0; shard < fake.shardTotal(); shard++) {
                Session s = current.get(shard);
                if (s == null || !s.ready || s.conn == null || !s.conn.isOpen()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** True when the current connection has had a heartbeat answered and the answer has left our buffers. */
    boolean currentConnectionHeartbeatAcked() {
        synchronized (lock) {
            Session s = current.get(0);
            return s != null && s.conn != null && acksByConnection.getOrDefault(s.conn, 0) > 0
                    && !s.conn.hasBufferedData();
        }
    }

    /** Forgets shard 0's connection and returns it, so the caller can close it outside the lock. */
    WebSocket detachCurrent() {
        synchronized (lock) {
            Session session = current.get(0);
            if (session == null || session.conn == null) {
                throw new IllegalStateException("no gateway connection to drop");
            }
            WebSocket conn = session.conn;
            byConnection.remove(conn);
            session.conn = null;
            session.ready = false;
            current.remove(0);
            lock.notifyAll();
            return conn;
        }
    }

    int identifies() {
        synchronized (lock) {
            return identifies;
        }
    }

    int resumes() {
        synchronized (lock) {
            return resumes;
        }
    }

    int readies() {
        synchronized (lock) {
            return readies;
        }
    }

    int invalidations() {
        synchronized (lock) {
            return invalidations;
        }
    }

    int heartbeats() {
        synchronized (lock) {
            return heartbeats;
        }
    }

    int connections() {
        synchronized (lock) {
            return connections;
        }
    }
}
