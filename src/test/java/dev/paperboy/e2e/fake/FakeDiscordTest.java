package dev.paperboy.e2e.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake's own contract, checked with the JDK's HTTP and WebSocket clients (no JDA): fast. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FakeDiscordTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeDiscord fake;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private HttpResponse<String> call(String method, String route, String body, boolean auth)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.apiBase() + route))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (auth) {
            b.header("Authorization", "Bot " + fake.token());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    @Test
    void answersTheBotUserOnlyToTheRightToken() throws Exception {
        assertThat(call("GET", "users/@me", null, false).statusCode()).isEqualTo(401);
        HttpResponse<String> me = call("GET", "users/@me", null, true);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("id").asText()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(fake.requests()).extracting(RecordedRequest::status).containsExactly(401, 200);
        assertThat(fake.requests().get(1).toString()).doesNotContain(fake.token());
    }

    @Test
    void gatewayBotPointsAtTheFakesWebSocket() throws Exception {
        JsonNode gateway = json(call("GET", "gateway/bot", null, true));
        assertThat(gateway.path("url").asText()).isEqualTo(fake.gatewayUrl()).startsWith("ws://127.0.0.1:");
        assertThat(gateway.path("shards").asInt()).isEqualTo(1);
        assertThat(gateway.path("session_start_limit").path("max_concurrency").asInt()).isEqualTo(1);
    }

    @Test
    void unknownRoutesAnswer404AndAreRecorded() throws Exception {
        HttpResponse<String> response = call("GET", "guilds/1/audit-logs", null, true);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asText()).isEqualTo("404: Not Found");
        assertThat(fake.requests(RecordedRequest.matching("GET", "guilds/\\d+/audit-logs"))).hasSize(1);
    }

    @Test
    void channelErrorsAreDiscords() throws Exception {
        String hello = "{\"content\":\"hi\"}";
        assertThat(json(call("POST", "channels/42/messages", hello, true)).path("code").asInt()).isEqualTo(10003);
        HttpResponse<String> announce = call("POST", "channels/" + FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID + "/messages", hello, true);
        assertThat(announce.statusCode()).isEqualTo(403);
        assertThat(json(announce).path("code").asInt()).isEqualTo(50013);
        fake.denyChannel(FakeDiscord.PAPERS_CHANNEL_ID);
        assertThat(json(call("POST", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages", hello, true))
                .path("code").asInt()).isEqualTo(50013);
        fake.allowChannel(FakeDiscord.PAPERS_CHANNEL_ID);
        fake.deleteChannel(FakeDiscord.PAPERS_CHANNEL_ID);
        assertThat(json(call("GET", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID, null, true)).path("code").asInt())
                .isEqualTo(10003);
        assertThat(fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID)).isEmpty();
    }

    @Test
    void postedMessagesAreFullMessageObjects() throws Exception {
        String body = "{\"content\":\"paper\",\"nonce\":\"123\",\"embeds\":[{\"title\":\"T\"}],"
                + "\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"custom_id\":\"x\",\"label\":\"X\"}]}]}";
        JsonNode message = json(call("POST", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages", body, true));
        assertThat(message.path("type").asInt()).isZero();
        assertThat(message.path("author").path("id").asText()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(message.path("embeds").get(0).path("type").asText()).isEqualTo("rich");
        assertThat(message.path("nonce").asText()).isEqualTo("123");
        for (String field : new String[] {"mentions", "mention_roles", "attachments", "timestamp", "pinned", "tts",
                "mention_everyone", "flags", "channel_id", "components"}) {
            assertThat(message.has(field)).as(field).isTrue();
        }
        RecordedMessage recorded = fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID).get(0);
        assertThat(recorded.id()).isEqualTo(message.path("id").asText());
        assertThat(recorded.customIds()).containsExactly("x");
        JsonNode fetched = json(call("GET", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages/" + recorded.id(), null, true));
        assertThat(fetched.path("content").asText()).isEqualTo("paper");
    }

    @Test
    void discordsLimitsAreEnforced() throws Exception {
        String longTitle = "x".repeat(257);
        HttpResponse<String> tooLong = call("POST", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages",
                "{\"embeds\":[{\"title\":\"" + longTitle + "\"}]}", true);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("code").asInt()).isEqualTo(50035);
        assertThat(json(tooLong).path("errors").path("embeds").path("0").path("title").path("_errors").get(0)
                .path("code").asText()).isEqualTo("BASE_TYPE_MAX_LENGTH");
        assertThat(json(call("POST", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages", "{}", true))
                .path("code").asInt()).isEqualTo(50006);
        HttpResponse<String> badCommand = call("PUT", "applications/" + FakeDiscord.APPLICATION_ID + "/commands",
                "[{\"name\":\"Paper\",\"description\":\"d\",\"type\":1}]", true);
        assertThat(badCommand.statusCode()).isEqualTo(400);
        assertThat(fake.globalCommands()).isEmpty();
    }

    @Test
    void bulkOverwriteKeepsIdsOfCommandsThatStay() throws Exception {
        String route = "applications/" + FakeDiscord.APPLICATION_ID + "/commands";
        JsonNode first = json(call("PUT", route, "[{\"name\":\"paper\",\"description\":\"Find a paper\"}]", true));
        JsonNode second = json(call("PUT", route,
                "[{\"name\":\"paper\",\"description\":\"Find one\"},{\"name\":\"daily\",\"description\":\"Daily\"}]", true));
        assertThat(second.get(0).path("id").asText()).isEqualTo(first.get(0).path("id").asText());
        assertThat(second.get(0).path("version").asText()).isNotEqualTo(first.get(0).path("version").asText());
        assertThat(fake.globalCommands()).extracting(c -> c.path("name").asText()).containsExactly("paper", "daily");
        assertThat(json(call("GET", route, null, true))).hasSize(2);
        assertThat(call("PUT", "applications/" + FakeDiscord.BOT_USER_ID + "/commands", "[]", true).statusCode())
                .as("the bot user's id is not the application's").isEqualTo(403);
    }

    @Test
    void injectedFaultsHitOnlyTheMatchingRequests() throws Exception {
        String route = "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages";
        fake.failNext("POST", "channels/\\d+/messages", 502, 1);
        fake.rateLimitNext("*", "channels/\\d+/messages", Duration.ofMillis(1500), false, 1);
        assertThat(call("GET", "channels/" + FakeDiscord.PAPERS_CHANNEL_ID, null, true).statusCode()).isEqualTo(200);
        assertThat(call("POST", route, "{\"content\":\"a\"}", true).statusCode()).isEqualTo(502);
        HttpResponse<String> limited = call("POST", route, "{\"content\":\"a\"}", true);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(limited.headers().firstValue("X-RateLimit-Scope")).hasValue("user");
        assertThat(limited.headers().firstValue("X-RateLimit-Global")).isEmpty();
        assertThat(limited.headers().firstValue("Via")).isPresent();
        assertThat(json(limited).path("retry_after").asDouble()).isEqualTo(1.5);
        assertThat(json(limited).path("global").asBoolean()).isFalse();
        assertThat(call("POST", route, "{\"content\":\"a\"}", true).statusCode()).isEqualTo(200);
        assertThat(fake.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void globalLimitCountsEveryRouteButInteractions() throws Exception {
        fake.enforceGlobalRateLimit(2);
        assertThat(call("GET", "users/@me", null, true).statusCode()).isEqualTo(200);
        assertThat(call("GET", "gateway/bot", null, true).statusCode()).isEqualTo(200);
        HttpResponse<String> third = call("GET", "users/@me", null, true);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("X-RateLimit-Global")).hasValue("true");
        assertThat(json(third).path("global").asBoolean()).isTrue();
        assertThat(call("POST", "interactions/1/x/callback", "{\"type\":4}", false).statusCode())
                .as("exempt, and unknown").isEqualTo(404);
        assertThat(fake.globalRateLimitedCount()).isEqualTo(1);
    }

    @Test
    void awaitRequestListsWhatArrivedWhenItTimesOut() throws Exception {
        call("GET", "users/@me", null, true);
        assertThatThrownBy(() -> fake.awaitRequest(RecordedRequest.matching("POST", "nothing"), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET users/@me -> 200");
    }

    @Test
    void closeFreesBothPorts() throws IOException {
        int rest = fake.restPort();
        int gateway = fake.gatewayPort();
        fake.close();
        try (ServerSocket a = new ServerSocket(rest, 0, java.net.InetAddress.getLoopbackAddress());
                ServerSocket b = new ServerSocket(gateway, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(a.getLocalPort()).isEqualTo(rest);
            assertThat(b.getLocalPort()).isEqualTo(gateway);
        }
    }

    @Test
    void permissionsFollowDiscordsOverwriteRules() {
        World world = new World();
        long botInAnnouncements = world.channelPermissions(FakeDiscord.BOT_USER_ID, FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID);
        assertThat(Permissions.has(botInAnnouncements, Permissions.VIEW_CHANNEL)).isTrue();
        assertThat(Permissions.has(botInAnnouncements, Permissions.SEND_MESSAGES)).isFalse();
        assertThat(Permissions.has(world.channelPermissions(FakeDiscord.BOT_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID),
                Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS | Permissions.CREATE_PUBLIC_THREADS)).isTrue();
        assertThat(world.channelPermissions(FakeDiscord.ADMIN_USER_ID, FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID))
                .isEqualTo(Permissions.ALL);
        assertThat(Permissions.has(world.basePermissions(FakeDiscord.MEMBER_USER_ID), Permissions.MANAGE_GUILD)).isFalse();
        assertThat(world.basePermissions(FakeDiscord.OWNER_USER_ID)).isEqualTo(Permissions.ALL);
    }

    /** A minimal gateway client: IDENTIFY, then read dispatches. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.parse(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        JsonNode next(String type) throws InterruptedException {
            while (true) {
                JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
                assertThat(frame).as("waiting for " + type).isNotNull();
                if (type.equals(frame.path("t").asText()) || type.equals("op" + frame.path("op").asInt())) {
                    return frame;
                }
            }
        }
    }

    @Test
    void gatewayIdentifiesSendsInteractionsAndRecordsTheCallback() throws Exception {
        Client client = new Client();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(fake.gatewayUrl() + "/?v=10&encoding=json"), client)
                .get(5, TimeUnit.SECONDS);
        assertThat(client.next("op10").path("d").path("heartbeat_interval").asInt()).isEqualTo(41250);
        ws.sendText("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":0,\"properties\":{}}}", true);
        JsonNode ready = client.next("READY");
        assertThat(ready.path("s").asInt()).isEqualTo(1);
        assertThat(ready.path("d").path("application").path("id").asText()).isEqualTo(FakeDiscord.APPLICATION_ID);
        JsonNode guild = client.next("GUILD_CREATE").path("d");
        assertThat(guild.path("channels")).hasSize(3);
        fake.awaitReady(WAIT);
        ws.sendText("{\"op\":1,\"d\":2}", true);
        client.next("op11");

        Interaction slash = fake.slash(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW", "paper",
                Option.subcommand("find", Option.string("query", "attention"), Option.channel("in", FakeDiscord.GENERAL_CHANNEL_ID)));
        JsonNode event = client.next("INTERACTION_CREATE").path("d");
        assertThat(event.path("id").asText()).isEqualTo(slash.id());
        assertThat(Snowflakes.timestamp(slash.id())).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(event.path("data").path("options").get(0).path("type").asInt()).isEqualTo(1);
        assertThat(event.path("data").path("resolved").path("channels").path(FakeDiscord.GENERAL_CHANNEL_ID)
                .path("name").asText()).isEqualTo("general");
        assertThat(Permissions.has(Long.parseLong(event.path("member").path("permissions").asText()),
                Permissions.MANAGE_GUILD)).isFalse();
        assertThat(event.path("guild_locale").asText()).isEqualTo("zh-TW");

        String callback = "interactions/" + slash.id() + "/" + slash.token() + "/callback?with_response=true";
        HttpResponse<String> reply = call("POST", callback,
                "{\"type\":4,\"data\":{\"content\":\"hi\",\"flags\":64}}", false);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(json(reply).path("resource").path("message").path("flags").asInt()).isEqualTo(64);
        assertThat(json(reply).path("interaction").path("response_message_ephemeral").asBoolean()).isTrue();
        assertThat(call("POST", callback, "{\"type\":4,\"data\":{\"content\":\"again\"}}", false).statusCode())
                .as("already acknowledged").isEqualTo(400);
        assertThat(slash.awaitCallback(WAIT).json().path("data").path("content").asText()).isEqualTo("hi");
        RecordedMessage shown = slash.awaitMessage(WAIT);
        assertThat(shown.isEphemeral()).isTrue();
        assertThat(shown.content()).isEqualTo("hi");

        fake.dropGatewayConnection();
        assertThat(fake.isReady()).isFalse();
        assertThatThrownBy(() -> fake.slash(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW", "paper"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("awaitReady");
        ws.abort();
    }
}
