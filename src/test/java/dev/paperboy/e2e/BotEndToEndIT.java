package dev.paperboy.e2e;

import static dev.paperboy.e2e.fake.FakeDiscord.ADMIN_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.MEMBER_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.PAPERS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users do, against the real jar with real JDA and a fake Discord on 127.0.0.1. One fake
 * and one bot serve the whole class, in order, as one afternoon in a server would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BotEndToEndIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String EN = "en-US";

    @TempDir
    static Path dir;
    static FakeDiscord discord;
    static RunningBot bot;
    static Path state;
    static Path config;
    static Path log;
    static long startNanos;
    static Duration startToRegistered;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.start();
        state = dir.resolve("state");
        config = dir.resolve("paperboy.json");
        log = dir.resolve("bot.log");
        // the tests send many commands as one user: the per-user limit would be in the way
        Files.writeString(config, "{ \"cooldown\": { \"commands\": 0 } }");
        startNanos = System.nanoTime();
        bot = RunningBot.start(discord, state, config, log);
        discord.awaitGlobalCommands(WAIT);
        RecordedRequest put = discord.awaitRequest(r -> r.method().equals("PUT") && r.route().endsWith("/commands"), WAIT);
        startToRegistered = Duration.ofNanos(put.receivedNanos() - startNanos);
        discord.awaitReady(WAIT);
        System.out.println("[e2e] process start to commands registered: " + startToRegistered.toMillis() + " ms");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            if (discord != null) {
                discord.close();
            }
        }
    }

    @Test
    @Order(1)
    void registersTheFourCommandsWithChineseLocalizationsAndDailyForManagersOnly() {
        List<JsonNode> commands = discord.globalCommands();
        assertThat(commands).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("resource", "paper", "daily", "learn");
        for (JsonNode c : commands) {
            assertThat(c.path("name_localizations").path("zh-TW").asText()).as(c.get("name").asText()).isNotEmpty();
            assertThat(c.path("description_localizations").path("zh-TW").asText()).isNotEmpty();
        }
        JsonNode daily = commands.stream().filter(c -> c.get("name").asText().equals("daily")).findFirst().orElseThrow();
        assertThat(daily.get("default_member_permissions").asText()).isEqualTo("32"); // MANAGE_GUILD
        JsonNode paper = commands.stream().filter(c -> c.get("name").asText().equals("paper")).findFirst().orElseThrow();
        assertThat(StreamSupport.stream(paper.get("options").get(0).get("choices").spliterator(), false)
                .map(ch -> ch.get("value").asText()).toList()).containsExactly("nlp", "cv");
    }

    @Test
    @Order(1)
    void aConnectedBotKeepsTheHeartbeatFileTheDockerHealthCheckReads() throws Exception {
        Path heartbeat = state.resolve("heartbeat");
        awaitCondition(() -> Files.exists(heartbeat), "the heartbeat file is written");
        java.time.Instant beat = java.time.Instant.parse(Files.readString(heartbeat).strip());
        assertThat(beat).isAfter(java.time.Instant.now().minusSeconds(60));
    }

    @Test
    @Order(2)
    void resourceCoursesAnswersTheFiveCoursesWithImagesAndPingsNobody() {
        Interaction i = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "resource", Option.string("section", "courses"));
        JsonNode data = i.awaitCallback(WAIT).json().get("data");
        assertThat(data.get("embeds")).hasSize(5);
        for (JsonNode e : data.get("embeds")) {
            assertThat(e.path("image").path("url").asText()).startsWith("https://");
            assertThat(e.path("url").asText()).startsWith("http");
        }
        assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(data.path("flags").asInt() & 64).as("public reply").isZero();
    }

    @Test
    @Order(3)
    void paperNlp2018AnswersUlmfitElmoGptBertInOrder() {
        Interaction i = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper",
                Option.string("area", "nlp"), Option.integer("year", 2018));
        JsonNode embeds = i.awaitCallback(WAIT).json().get("data").get("embeds");
        List<String> urls = new ArrayList<>();
        embeds.forEach(e -> urls.add(e.get("url").asText()));
        assertThat(urls).containsExactly("https://arxiv.org/abs/1801.06146", "https://arxiv.org/abs/1802.05365",
                "https://s3-us-west-2.amazonaws.com/openai-assets/research-covers/language-unsupervised/language_understanding_paper.pdf",
                "https://arxiv.org/abs/1810.04805");
    }

    @Test
    @Order(4)
    void paperCvPagesThroughAll24PapersByClickingNext() {
        Interaction asked = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper", Option.string("area", "cv"));
        RecordedMessage message = asked.awaitMessage(WAIT);
        List<String> links = new ArrayList<>(links(message));
        int clicks = 0;
        while (true) {
            JsonNode next = message.buttons().get(message.buttons().size() - 1);
            if (next.path("disabled").asBoolean(false)) {
                break;
            }
            Interaction click = discord.button(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, next.get("custom_id").asText(), message);
            click.awaitCallback(WAIT);
            message = click.awaitMessage(WAIT);
            links.addAll(links(message));
            clicks++;
        }
        assertThat(clicks).isEqualTo(2);
        assertThat(links).hasSize(24).doesNotHaveDuplicates();
        assertThat(links.get(0)).isEqualTo("http://yann.lecun.com/exdb/publis/pdf/lecun-01a.pdf");
    }

    @Test
    @Order(5)
    void anotherMemberCannotTurnSomeoneElsesPages() {
        RecordedMessage message = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper").awaitMessage(WAIT);
        String next = message.customIds().stream().filter(id -> id.startsWith("pg:")).reduce((a, b) -> b).orElseThrow();
        Interaction click = discord.button(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, next, message);
        JsonNode callback = click.awaitCallback(WAIT).json();
        assertThat(callback.get("type").asInt()).as("a new ephemeral message, not an update").isEqualTo(4);
        assertThat(callback.get("data").get("flags").asInt() & 64).isEqualTo(64);
        assertThat(callback.get("data").get("content").asText()).contains("Only the person who asked");
    }

    @Test
    @Order(6)
    void autocompleteOffersAtMost25ShortChoices() {
        JsonNode choices = discord.autocomplete(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper", "query", "res")
                .awaitChoices(WAIT);
        assertThat(choices.size()).isBetween(1, 25);
        assertThat(choices.get(0).get("value").asText()).isEqualTo("ResNet");
        JsonNode zones = discord.autocomplete(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", "timezone", "taip",
                Option.subcommand("set")).awaitChoices(WAIT);
        assertThat(zones.get(0).get("value").asText()).isEqualTo("Asia/Taipei");
    }

    @Test
    @Order(7)
    void aMemberWithoutManageServerIsRefusedAtDailySet() {
        Interaction i = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "daily",
                Option.subcommand("set", Option.channel("channel", PAPERS_CHANNEL_ID)));
        JsonNode data = i.awaitCallback(WAIT).json().get("data");
        assertThat(data.get("flags").asInt() & 64).isEqualTo(64);
        assertThat(data.get("content").asText()).contains("Manage Server");
        discord.assertNoRequest(r -> r.method().equals("POST") && r.route().equals("channels/" + PAPERS_CHANNEL_ID + "/messages"),
                Duration.ofMillis(500));
    }

    @Test
    @Order(7)
    void dailySetOnAChannelTheBotCannotPostInSaysWhichPermissionIsMissing() {
        Interaction i = discord.slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily",
                Option.subcommand("set", Option.channel("channel", FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID)));
        RecordedMessage answer = i.awaitMessage(WAIT);
        assertThat(answer.isEphemeral()).isTrue();
        assertThat(answer.content()).contains("<#" + FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID + ">").contains("Send Messages");
        Interaction status = discord.slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", Option.subcommand("status"));
        assertThat(status.awaitMessage(WAIT).content()).contains("no paper of the day in this server yet");
    }

    @Test
    @Order(8)
    void dailySetByAnAdminPostsTheFirstPaperInTheChannel() {
        Interaction set = discord.slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", Option.subcommand("set",
                Option.channel("channel", PAPERS_CHANNEL_ID), Option.string("time", "00:00"),
                Option.string("timezone", zoneWhereMidnightHasPassed())));
        RecordedMessage answer = set.awaitMessage(WAIT);
        assertThat(answer.isEphemeral()).isTrue();
        assertThat(answer.content()).contains("<#" + PAPERS_CHANNEL_ID + ">").contains("#1 / 36");

        List<RecordedMessage> posts = discord.awaitChannelMessages(PAPERS_CHANNEL_ID, 1, WAIT);
        JsonNode card = posts.get(0).embeds().get(0);
        assertThat(card.get("url").asText()).isEqualTo("http://yann.lecun.com/exdb/publis/pdf/lecun-01a.pdf");
        // the guild's language is zh-TW: the channel post speaks it
        assertThat(card.get("author").get("name").asText()).isEqualTo("每日一篇論文 · 第 1 / 36 篇");

        // the post is recorded right after Discord answers it; ask until the status shows it
        String[] shown = new String[1];
        awaitCondition(() -> {
            Interaction status = discord.slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", Option.subcommand("status"));
            shown[0] = status.awaitMessage(WAIT).embeds().get(0).toString();
            return shown[0].contains("Last posted");
        }, "/daily status shows the post");
        assertThat(shown[0]).contains("<#" + PAPERS_CHANNEL_ID + ">").contains("#2 / 36")
                .contains("A Neural Probabilistic Language Model");
    }

    @Test
    @Order(9)
    void aDroppedGatewayConnectionIsFollowedByACommandThatWorks() {
        int before = discord.readyCount() + discord.resumeCount();
        discord.dropGatewayConnection();
        awaitCondition(() -> discord.readyCount() + discord.resumeCount() > before, "the bot reconnects");
        discord.awaitReady(WAIT);
        Interaction i = discord.slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "resource", Option.string("section", "tools"));
        assertThat(i.awaitCallback(WAIT).json().get("data").get("embeds")).hasSize(4);
        assertThat(discord.channelMessages(PAPERS_CHANNEL_ID)).as("the catch-up after reconnecting posts nothing more").hasSize(1);
    }

    @Test
    @Order(10)
    void killedAndRestartedOnTheSameStateItDoesNotPostAgain() throws Exception {
        bot.kill();
        long killedAt = discord.requests().size();
        int registrations = discord.requests(r -> r.method().equals("PUT") && r.route().endsWith("/commands")).size();
        bot = RunningBot.start(discord, state, config, log);
        discord.awaitRequests(r -> r.method().equals("PUT") && r.route().endsWith("/commands"), registrations + 1, WAIT);
        discord.awaitReady(WAIT);
        discord.assertNoRequest(r -> r.sequence() > killedAt && r.method().equals("POST")
                && r.route().equals("channels/" + PAPERS_CHANNEL_ID + "/messages"), Duration.ofSeconds(3));
        assertThat(discord.channelMessages(PAPERS_CHANNEL_ID)).hasSize(1);
    }

    @Test
    @Order(11)
    void sigtermStopsTheBotCleanlyAndTheLogHoldsNoToken() throws Exception {
        int exit = bot.stop(Duration.ofSeconds(20));
        String text = bot.log();
        assertThat(exit).as("the JVM's status after SIGTERM (128 + 15)").isEqualTo(143);
        assertThat(text).contains("Paperboy stopped");
        assertThat(text).doesNotContain(discord.token());
        assertThat(text).contains("Registered 4 slash commands");
    }

    static List<String> links(RecordedMessage message) {
        List<String> links = new ArrayList<>();
        for (JsonNode embed : message.embeds()) {
            for (JsonNode field : embed.path("fields")) {
                String v = field.get("value").asText();
                links.add(v.substring(v.indexOf("](") + 2, v.indexOf(')', v.indexOf("]("))));
            }
        }
        return links;
    }

    /** A fixed-offset zone where it is now between 02:00 and 22:00, so 00:00 today has passed. */
    static String zoneWhereMidnightHasPassed() {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        for (int offset = -10; offset <= 12; offset++) {
            int local = Math.floorMod(hour + offset, 24);
            if (local >= 2 && local <= 21) {
                // Etc/GMT-N is UTC+N (POSIX sign)
                return offset == 0 ? "UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
            }
        }
        throw new AssertionError("unreachable");
    }

    static void awaitCondition(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
