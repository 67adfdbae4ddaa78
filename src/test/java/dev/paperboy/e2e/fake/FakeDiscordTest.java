package dev.paperboy.e2e.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
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

    private static final String PAPERS = FakeDiscord.PAPERS_CHANNEL_ID;

    private HttpResponse<String> history(String channelId, String query) throws IOException, InterruptedException {
        return call("GET", "channels/" + channelId + "/messages" + query, null, true);
    }

    private HttpResponse<String> post(String channelId, String body) throws IOException, InterruptedException {
        return call("POST", "channels/" + channelId + "/messages", body, true);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    @Test
    void historyIsNewestFirstAndPagesWithBeforeAfterAroundAndLimit() throws Exception {
        List<String> m = fake.chatter(PAPERS, 10).stream().map(RecordedMessage::id).toList(); // oldest first
        List<String> newestFirst = new ArrayList<>(m);
        Collections.reverse(newestFirst);

        assertThat(ids(history(PAPERS, ""))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(history(PAPERS, "?limit=3"))).containsExactly(m.get(9), m.get(8), m.get(7));
        assertThat(ids(history(PAPERS, "?before=" + m.get(4) + "&limit=2"))).containsExactly(m.get(3), m.get(2));
        assertThat(ids(history(PAPERS, "?after=" + m.get(4) + "&limit=2")))
                .as("the oldest ones after the id, still newest first").containsExactly(m.get(6), m.get(5));
        assertThat(ids(history(PAPERS, "?after=0&limit=2"))).as("JDA's getHistoryFromBeginning")
                .containsExactly(m.get(1), m.get(0));
        assertThat(ids(history(PAPERS, "?around=" + m.get(4) + "&limit=4")))
                .containsExactly(m.get(6), m.get(5), m.get(4), m.get(3));
        assertThat(ids(history(PAPERS, "?before=" + m.get(0)))).isEmpty();
    }

    @Test
    void historyLimitIsOneToAHundredAndFiftyByDefault() throws Exception {
        fake.chatter(PAPERS, 120);
        assertThat(ids(history(PAPERS, ""))).hasSize(50);
        assertThat(ids(history(PAPERS, "?limit=100"))).hasSize(100);
        assertThat(ids(history(PAPERS, "?limit=1"))).hasSize(1);
        for (String bad : List.of("0", "101", "x")) {
            HttpResponse<String> refused = history(PAPERS, "?limit=" + bad);
            assertThat(refused.statusCode()).as("limit=" + bad).isEqualTo(400);
            assertThat(json(refused).path("code").asInt()).isEqualTo(50035);
            assertThat(json(refused).path("errors").path("limit").path("_errors")).isNotEmpty();
        }
        assertThat(history(PAPERS, "?before=1&after=2").statusCode()).as("mutually exclusive").isEqualTo(400);
    }

    @Test
    void historyHoldsPostsChatterAndPlantedMessagesInTimeOrder() throws Exception {
        Instant yesterday = Instant.now().minus(Duration.ofHours(20));
        RecordedMessage old = fake.plantMessage(PAPERS, FakeDiscord.BOT_USER_ID, yesterday,
                Json.object().put("content", "yesterday's paper"));
        String posted = json(post(PAPERS, "{\"content\":\"today's paper\"}")).path("id").asText();
        List<RecordedMessage> chatter = fake.chatter(PAPERS, 2);

        JsonNode page = json(history(PAPERS, ""));
        assertThat(ids(history(PAPERS, ""))).containsExactly(chatter.get(1).id(), chatter.get(0).id(), posted, old.id());
        assertThat(page.get(0).path("author").path("id").asText()).isEqualTo(FakeDiscord.MEMBER_USER_ID);
        assertThat(page.get(2).path("author").path("id").asText()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(page.get(3).path("content").asText()).isEqualTo("yesterday's paper");
        assertThat(OffsetDateTime.parse(page.get(3).path("timestamp").asText()).toInstant())
                .isCloseTo(yesterday, within(1, ChronoUnit.SECONDS));
        assertThat(Snowflakes.timestamp(old.id())).isCloseTo(yesterday, within(1, ChronoUnit.SECONDS));
        assertThat(fake.channelHistory(PAPERS)).extracting(RecordedMessage::id)
                .containsExactly(old.id(), posted, chatter.get(0).id(), chatter.get(1).id());
        assertThat(fake.channelPostCounts()).as("only what POST created").containsExactly(Map.entry(PAPERS, 1));
        assertThat(fake.channelMessages(PAPERS)).extracting(RecordedMessage::id).containsExactly(posted);
    }

    @Test
    void historyWithoutReadMessageHistoryIsEmptyAndWithoutViewChannelIsMissingAccess() throws Exception {
        String noHistory = FakeDiscord.NO_HISTORY_CHANNEL_ID;
        assertThat(post(noHistory, "{\"content\":\"paper\",\"embeds\":[{\"title\":\"T\"}]}").statusCode())
                .as("may send and embed").isEqualTo(200);
        assertThat(ids(history(noHistory, ""))).as("Discord returns no messages").isEmpty();
        assertThat(fake.channelHistory(noHistory)).hasSize(1);

        fake.denyBotPermission(PAPERS, Permissions.VIEW_CHANNEL);
        HttpResponse<String> hidden = history(PAPERS, "");
        assertThat(hidden.statusCode()).isEqualTo(403);
        assertThat(json(hidden).path("code").asInt()).isEqualTo(50001);
        assertThat(json(post(PAPERS, "{\"content\":\"x\"}")).path("code").asInt()).isEqualTo(50001);
    }

    @Test
    void runtimeOverwritesAreEnforcedAtOnce() throws Exception {
        fake.denyBotPermission(PAPERS, Permissions.SEND_MESSAGES);
        HttpResponse<String> refused = post(PAPERS, "{\"content\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("code").asInt()).isEqualTo(50013);
        assertThat(history(PAPERS, "").statusCode()).as("reading is still allowed").isEqualTo(200);

        fake.removeChannelOverwrite(PAPERS, FakeDiscord.BOT_USER_ID);
        assertThat(post(PAPERS, "{\"content\":\"x\"}").statusCode()).isEqualTo(200);

        fake.setChannelOverwrite(PAPERS, FakeDiscord.BOT_ROLE_ID, 0, 0, Permissions.READ_MESSAGE_HISTORY);
        assertThat(ids(history(PAPERS, ""))).isEmpty();
        fake.setChannelOverwrite(PAPERS, FakeDiscord.BOT_USER_ID, 1, Permissions.READ_MESSAGE_HISTORY, 0);
        assertThat(ids(history(PAPERS, ""))).as("a member allow beats a role deny").hasSize(1);
    }

    @Test
    void deletedChannelsAnswerUnknownChannelToHistoryAndSends() throws Exception {
        fake.deleteChannel(PAPERS);
        for (HttpResponse<String> r : List.of(history(PAPERS, ""), post(PAPERS, "{\"content\":\"x\"}"))) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(json(r).path("code").asInt()).isEqualTo(10003);
        }
    }

    @Test
    void enforcedNonceWithinTheWindowAnswersTheFirstMessageAndCreatesNothing() throws Exception {
        String body = "{\"content\":\"paper\",\"nonce\":\"daily-42\",\"enforce_nonce\":true}";
        HttpResponse<String> first = post(PAPERS, body);
        HttpResponse<String> again = post(PAPERS, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("id").asText()).isEqualTo(json(first).path("id").asText());
        assertThat(fake.requests(RecordedRequest.matching("POST", "channels/\\d+/messages"))).hasSize(2);
        assertThat(fake.channelPostCounts()).containsExactly(Map.entry(PAPERS, 1));
        assertThat(fake.nonceReplayCounts()).containsExactly(Map.entry(PAPERS, 1));
        assertThat(fake.channelHistory(PAPERS)).hasSize(1);

        String elsewhere = json(post(FakeDiscord.GENERAL_CHANNEL_ID, body)).path("id").asText();
        assertThat(elsewhere).as("another channel").isNotEqualTo(json(first).path("id").asText());
        String unenforced = json(post(PAPERS, "{\"content\":\"paper\",\"nonce\":\"daily-42\"}")).path("id").asText();
        assertThat(unenforced).as("without enforce_nonce").isNotEqualTo(json(first).path("id").asText());
        assertThat(fake.channelPostCounts()).containsEntry(PAPERS, 2);
    }

    @Test
    void nonceWindowCountsFromTheFirstMessageAndOnlyForTheSameAuthor() throws Exception {
        Instant aMinuteAgo = Instant.now().minus(Duration.ofMinutes(1));
        RecordedMessage recent = fake.plantMessage(PAPERS, FakeDiscord.BOT_USER_ID, aMinuteAgo,
                Json.object().put("content", "paper").put("nonce", "recent"));
        fake.plantMessage(PAPERS, FakeDiscord.BOT_USER_ID, Instant.now().minus(Duration.ofMinutes(6)),
                Json.object().put("content", "paper").put("nonce", "stale"));
        RecordedMessage member = fake.plantMessage(PAPERS, FakeDiscord.MEMBER_USER_ID, aMinuteAgo,
                Json.object().put("content", "hi").put("nonce", "theirs"));

        assertThat(json(post(PAPERS, "{\"content\":\"p\",\"nonce\":\"recent\",\"enforce_nonce\":true}"))
                .path("id").asText()).isEqualTo(recent.id());
        assertThat(json(post(PAPERS, "{\"content\":\"p\",\"nonce\":\"stale\",\"enforce_nonce\":true}"))
                .path("author").path("id").asText()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(json(post(PAPERS, "{\"content\":\"p\",\"nonce\":\"theirs\",\"enforce_nonce\":true}"))
                .path("id").asText()).as("another author's nonce").isNotEqualTo(member.id());
        assertThat(fake.channelPostCounts()).as("stale and theirs created messages").containsEntry(PAPERS, 2);
        assertThat(fake.nonceReplayCounts()).containsExactly(Map.entry(PAPERS, 1));
    }

    @Test
    void nonceWindowIsABuilderOption() throws Exception {
        fake.close();
        fake = FakeDiscord.builder().nonceWindow(Duration.ofMillis(200)).start();
        String body = "{\"content\":\"paper\",\"nonce\":\"n\",\"enforce_nonce\":true}";
        String first = json(post(PAPERS, body)).path("id").asText();
        assertThat(json(post(PAPERS, body)).path("id").asText()).isEqualTo(first);
        Thread.sleep(250);
        assertThat(json(post(PAPERS, body)).path("id").asText()).isNotEqualTo(first);
    }

    @Test
    void createThenFailStoresTheMessageButAnswersTheError() throws Exception {
        fake.createThenFailNext("POST", "channels/\\d+/messages", 500, 1);
        assertThat(post(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID, "{\"content\":\"x\"}").statusCode())
                .as("a refused request keeps its answer and leaves the rule").isEqualTo(403);
        HttpResponse<String> lost = post(PAPERS, "{\"content\":\"paper\"}");
        assertThat(lost.statusCode()).isEqualTo(500);
        assertThat(json(lost).path("message").asText()).isEqualTo("500: Internal Server Error");
        assertThat(fake.channelHistory(PAPERS)).extracting(RecordedMessage::content).containsExactly("paper");
        assertThat(fake.channelPostCounts()).containsExactly(Map.entry(PAPERS, 1));
        assertThat(post(PAPERS, "{\"content\":\"next\"}").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> postWithTimeout(String channelId, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.apiBase() + "channels/" + channelId + "/messages"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bot " + fake.token())
                .timeout(timeout)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void delayNextHoldsTheAnswerAfterTheEffectOrBeforeIt() throws Exception {
        Duration hold = Duration.ofSeconds(1);
        fake.delayNext("POST", "channels/\\d+/messages", hold, 1);
        assertThatThrownBy(() -> postWithTimeout(PAPERS, "{\"content\":\"slow\"}", Duration.ofMillis(100)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(fake.channelHistory(PAPERS)).as("created before the answer was due")
                .extracting(RecordedMessage::content).containsExactly("slow");

        fake.delayNext("POST", "channels/\\d+/messages", hold, 1, FakeDiscord.DelayMode.WAIT_THEN_EFFECT);
        assertThatThrownBy(() -> postWithTimeout(PAPERS, "{\"content\":\"late\"}", Duration.ofMillis(100)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(fake.channelHistory(PAPERS)).as("not yet").hasSize(1);
        fake.awaitValue(() -> fake.channelHistory(PAPERS).size() == 2 ? Optional.of(true) : Optional.empty(),
                Duration.ofSeconds(3), () -> "the held post to take effect");
    }

    @Test
    void aRemovedGuildAnswersMissingAccessUntilTheBotIsAddedBack() throws Exception {
        fake.removeBotFromGuild(FakeDiscord.GUILD_ID);
        for (HttpResponse<String> r : List.of(post(PAPERS, "{\"content\":\"x\"}"), history(PAPERS, ""),
                call("GET", "channels/" + PAPERS, null, true),
                call("GET", "guilds/" + FakeDiscord.GUILD_ID + "/members/" + FakeDiscord.MEMBER_USER_ID, null, true))) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).path("code").asInt()).isEqualTo(50001);
        }
        fake.addBotToGuild(FakeDiscord.GUILD_ID);
        assertThat(post(PAPERS, "{\"content\":\"x\"}").statusCode()).isEqualTo(200);
    }

    /** A minimal gateway client: IDENTIFY, then read dispatches. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws;

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
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

    private Client identify(String shard) throws Exception {
        Client client = new Client();
        client.ws = http.newWebSocketBuilder().buildAsync(URI.create(fake.gatewayUrl() + "/?v=10&encoding=json"), client)
                .get(5, TimeUnit.SECONDS);
        client.next("op10");
        client.ws.sendText("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":0,\"properties\":{}"
                + (shard == null ? "" : ",\"shard\":" + shard) + "}}", true);
        return client;
    }

    private static List<String> readyGuildIds(JsonNode ready) {
        List<String> ids = new ArrayList<>();
        ready.path("d").path("guilds").forEach(g -> ids.add(g.path("id").asText()));
        return ids;
    }

    @Test
    void overwritesChangedAtRuntimeAreSentAsChannelUpdate() throws Exception {
        Client client = identify(null);
        client.next("GUILD_CREATE");
        fake.awaitReady(WAIT);
        fake.denyBotPermission(PAPERS, Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS);
        JsonNode update = client.next("CHANNEL_UPDATE").path("d");
        assertThat(update.path("id").asText()).isEqualTo(PAPERS);
        assertThat(update.path("guild_id").asText()).isEqualTo(FakeDiscord.GUILD_ID);
        JsonNode overwrite = update.path("permission_overwrites").get(0);
        assertThat(overwrite.path("id").asText()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(overwrite.path("type").asInt()).isEqualTo(1);
        assertThat(Long.parseLong(overwrite.path("deny").asText()))
                .isEqualTo(Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS);
        client.ws.abort();
    }

    @Test
    void guildRemovalAndOutageAreGuildDeletesAndLaterReadysFollowThem() throws Exception {
        Client first = identify(null);
        first.next("GUILD_CREATE");
        fake.awaitReady(WAIT);

        fake.guildOutage(FakeDiscord.GUILD_ID);
        assertThat(first.next("GUILD_DELETE").path("d").path("unavailable").asBoolean()).isTrue();
        first.ws.abort();
        Client during = identify(null);
        assertThat(readyGuildIds(during.next("READY"))).containsExactly(FakeDiscord.GUILD_ID);
        JsonNode instead = during.next("op0");
        assertThat(instead.path("t").asText()).as("an outage guild gets no GUILD_CREATE").isEqualTo("GUILD_DELETE");
        assertThat(instead.path("d").path("unavailable").asBoolean()).isTrue();
        fake.awaitReady(WAIT);
        fake.guildBack(FakeDiscord.GUILD_ID);
        assertThat(during.next("GUILD_CREATE").path("d").path("channels")).hasSize(4);

        fake.removeBotFromGuild(FakeDiscord.GUILD_ID);
        JsonNode removed = during.next("GUILD_DELETE").path("d");
        assertThat(removed.path("id").asText()).isEqualTo(FakeDiscord.GUILD_ID);
        assertThat(removed.has("unavailable")).as("no unavailable: the bot was removed").isFalse();
        assertThatThrownBy(() -> fake.slash(FakeDiscord.MEMBER_USER_ID, PAPERS, "zh-TW", "paper"))
                .isInstanceOf(IllegalStateException.class);
        during.ws.abort();
        Client after = identify(null);
        assertThat(readyGuildIds(after.next("READY"))).isEmpty();
        fake.awaitReady(WAIT);

        fake.addBotToGuild(FakeDiscord.GUILD_ID);
        assertThat(after.next("GUILD_CREATE").path("d").path("id").asText()).isEqualTo(FakeDiscord.GUILD_ID);
        after.ws.abort();
    }

    private static int shardOf(String guildId, int shards) {
        return (int) ((Long.parseLong(guildId) >> 22) % shards);
    }

    @Test
    void eachShardGetsTheGuildsAndEventsOfDiscordsShardingFormula() throws Exception {
        fake.close();
        fake = FakeDiscord.builder().guilds(4, 1).shards(2, 2).start();
        JsonNode gateway = json(call("GET", "gateway/bot", null, true));
        assertThat(gateway.path("shards").asInt()).isEqualTo(2);
        assertThat(gateway.path("session_start_limit").path("max_concurrency").asInt()).isEqualTo(2);
        List<String> all = new ArrayList<>(List.of(FakeDiscord.GUILD_ID));
        all.addAll(fake.generatedGuildIds());

        List<Client> shards = List.of(identify("[0,2]"), identify("[1,2]"));
        for (int shard = 0; shard < 2; shard++) {
            JsonNode ready = shards.get(shard).next("READY");
            int id = shard;
            List<String> expected = all.stream().filter(g -> shardOf(g, 2) == id).toList();
            assertThat(expected).isNotEmpty();
            assertThat(readyGuildIds(ready)).containsExactlyElementsOf(expected);
            assertThat(ready.path("d").path("shard")).containsExactly(Json.MAPPER.valueToTree(shard),
                    Json.MAPPER.valueToTree(2));
        }
        fake.awaitReady(WAIT);

        Client mainOwner = shards.get(shardOf(FakeDiscord.GUILD_ID, 2));
        fake.denyBotPermission(PAPERS, Permissions.SEND_MESSAGES);
        assertThat(mainOwner.next("CHANNEL_UPDATE").path("d").path("id").asText()).isEqualTo(PAPERS);
        String otherGuild = all.stream().filter(g -> shardOf(g, 2) != shardOf(FakeDiscord.GUILD_ID, 2)).findFirst()
                .orElseThrow();
        Interaction there = fake.slash(FakeDiscord.OWNER_USER_ID, fake.generatedChannelIds(otherGuild).get(0), "en-US",
                "paper");
        JsonNode event = shards.get(shardOf(otherGuild, 2)).next("INTERACTION_CREATE").path("d");
        assertThat(event.path("id").asText()).isEqualTo(there.id());
        assertThat(event.path("guild_id").asText()).isEqualTo(otherGuild);

        Client invalid = identify("[2,2]");
        assertThat(invalid.closed.get(5, TimeUnit.SECONDS)).isEqualTo(4010);
        shards.forEach(c -> c.ws.abort());
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
        assertThat(guild.path("channels")).hasSize(4);
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
