package dev.paperboy.e2e;

import static dev.paperboy.e2e.BotEndToEndIT.zoneWhereMidnightHasPassed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.store.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several bot processes over one PostgreSQL, as a bot too big for one process runs: process a
 * runs shard 0 of 2, process b shard 1. Then a is killed with {@code kill -9} in the middle of
 * its fan-out and started again running both shards, while b still runs shard 1 (a rolling
 * deploy): every channel still gets exactly one post that day, none skipped.
 */
class TwoProcessesIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final int GUILDS = 24;

    @TempDir
    Path dir;
    FakeDiscord discord;
    String databaseUrl;
    final List<RunningBot> bots = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (RunningBot b : bots) {
            b.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    final Map<RunningBot, Integer> httpPorts = new java.util.HashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningBot start(String name, String shardIds) throws Exception {
        Path config = dir.resolve(name + ".json");
        String zone = zoneWhereMidnightHasPassed();
        String channels = discord.generatedGuildIds().stream()
                .map(g -> "{ \"guild\": \"%s\", \"channel\": \"%s\", \"time\": \"00:00\", \"timezone\": \"%s\" }"
                        .formatted(g, discord.generatedChannelIds(g).get(0), zone))
                .collect(Collectors.joining(",\n"));
        // 3 posts a second, so a kill lands in the middle of the fan-out; 10 s leases, so the test
        // sees a dead process's channel settled without waiting the default five minutes
        Files.writeString(config, """
                { "cooldown": { "commands": 0 }, "shards": { "total": 2, "ids": [%s] },
                  "daily": { "postsPerSecond": 3, "leaseSeconds": 10, "channels": [ %s ] } }
                """.formatted(shardIds, channels));
        Path state = dir.resolve(name + "-state");
        int port = freePort();
        RunningBot bot = RunningBot.start(discord, state, config, dir.resolve(name + ".log"), List.of("-Xmx256m"),
                Map.of("PAPERBOY_DATABASE_URL", databaseUrl, "PAPERBOY_DATABASE_USER", "postgres",
                        "PAPERBOY_HTTP_PORT", Integer.toString(port)));
        bots.add(bot);
        httpPorts.put(bot, port);
        return bot;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private HttpResponse<String> get(RunningBot bot, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPorts.get(bot) + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** ALLOW_CONNECTIONS, unlike a connection limit, holds for the superuser the bots connect as. */
    private void allowConnections(boolean allow) throws Exception {
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = TestDatabases.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        }
    }

    private static int shardOf(String guildId) {
        return (int) ((Long.parseLong(guildId) >> 22) % 2);
    }

    private List<RecordedMessage> dailyPostsIn(String channelId) {
        return discord.channelMessages(channelId).stream()
                .filter(m -> !m.embeds().isEmpty() && m.embeds().get(0).has("timestamp")).toList();
    }

    private Map<String, Integer> postsByChannel() {
        return discord.generatedGuildIds().stream().map(g -> discord.generatedChannelIds(g).get(0))
                .collect(Collectors.toMap(c -> c, c -> dailyPostsIn(c).size()));
    }

    private int postedOnShard(int shard) {
        return (int) discord.generatedGuildIds().stream().filter(g -> shardOf(g) == shard)
                .filter(g -> !dailyPostsIn(discord.generatedChannelIds(g).get(0)).isEmpty()).count();
    }

    /** Channels with an intent not settled or a lease held: channel, lease owner, document. */
    private List<String> unsettled() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", null);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT channel_id, lease_owner, document FROM subscription "
                     + "WHERE document LIKE '%\"pending\"%' OR lease_owner IS NOT NULL")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " lease " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return rows;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void twoProcessesOnTheirOwnShardsThenOneKilledAndRestartedOnBothPostEveryChannelExactlyOnce() throws Exception {
        discord = FakeDiscord.builder().guilds(GUILDS, 1).shards(2, 2).start();
        assertThat(discord.generatedGuildIds().stream().map(TwoProcessesIT::shardOf).distinct())
                .as("the generated guilds fall on both shards").hasSize(2);
        databaseUrl = TestDatabases.newPostgresDatabase();

        RunningBot a = start("a", "0");
        start("b", "1");
        await(() -> postedOnShard(0) >= 3, "process a posted a few of shard 0's channels");
        a.kill();
        int postedBeforeTheKill = postedOnShard(0);
        long shard0 = discord.generatedGuildIds().stream().filter(g -> shardOf(g) == 0).count();
        assertThat(postedBeforeTheKill).as("killed in the middle of shard 0's fan-out").isLessThan((int) shard0);

        start("a-again", "0, 1");
        await(() -> postsByChannel().values().stream().allMatch(n -> n >= 1), "every channel has its post");
        try {
            await(() -> {
                try {
                    return unsettled().isEmpty();
                } catch (Exception e) {
                    return false;
                }
            }, "no intent is left unsettled and no lease held");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + unsettled(), e);
        }

        assertThat(postsByChannel()).as("daily posts per channel").allSatisfy((channel, n) -> assertThat(n).isEqualTo(1));
        assertThat(bots.get(1).log()).contains("Posted the paper of the day");
        assertThat(bots.get(2).log()).contains("Posted the paper of the day");

        RunningBot b = bots.get(1);
        RunningBot again = bots.get(2);
        HttpResponse<String> health = get(again, "/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body().strip()).isEqualTo("ok");
        HttpResponse<String> metrics = get(b, "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).contains("paperboy_subscriptions " + GUILDS + ".0")
                .contains("paperboy_store_seconds_count{operation=\"put\"")
                .contains("paperboy_gateway_ping_seconds")
                .containsPattern("paperboy_posts_total(\\{[^}]*\\})? [1-9]");

        allowConnections(false); // the database stops taking connections and drops the open ones
        try {
            await(() -> {
                try {
                    return get(b, "/health").statusCode() == 503;
                } catch (Exception e) {
                    return false;
                }
            }, "/health says the database does not answer");
            assertThat(get(b, "/health").body()).contains("the database does not answer");
        } finally {
            allowConnections(true);
        }
        await(() -> {
            try {
                return get(b, "/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, "/health is ok again once the database answers");
    }
}
