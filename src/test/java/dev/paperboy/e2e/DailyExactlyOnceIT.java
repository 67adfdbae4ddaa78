package dev.paperboy.e2e;

import static dev.paperboy.e2e.BotEndToEndIT.awaitCondition;
import static dev.paperboy.e2e.BotEndToEndIT.zoneWhereMidnightHasPassed;
import static dev.paperboy.e2e.fake.FakeDiscord.ADMIN_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.EVERYONE_ROLE_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GUILD_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.MEMBER_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.NO_HISTORY_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.PAPERS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.daily.Nonces;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper of the day in the hard cases, end to end: the real jar against the fake Discord,
 * restarted with {@code kill -9} where a crash is the point. One fake and one state directory
 * serve the class, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyExactlyOnceIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String EN = "en-US";
    static final String LENET = "http://yann.lecun.com/exdb/publis/pdf/lecun-01a.pdf";
    static final long READ_MESSAGE_HISTORY = 1L << 16;

    @TempDir
    static Path dir;
    @AutoClose
    static BotUnderTest it;
    static String zone;

    @BeforeAll
    static void start() throws Exception {
        zone = zoneWhereMidnightHasPassed();
        it = BotUnderTest.start(dir, "{ \"cooldown\": { \"commands\": 0 } }");
    }

    private static Interaction dailySet(String channelId) {
        return it.discord().slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", Option.subcommand("set",
                Option.channel("channel", channelId), Option.string("time", "00:00"), Option.string("timezone", zone)));
    }

    @Test
    @Order(1)
    void dailySetRefusesAChannelWithoutReadMessageHistoryAndNamesIt() {
        RecordedMessage answer = dailySet(NO_HISTORY_CHANNEL_ID).awaitMessage(WAIT);
        assertThat(answer.content()).contains("<#" + NO_HISTORY_CHANNEL_ID + ">").contains("Read Message History");
        it.discord().assertNoRequest(BotUnderTest.postsTo(NO_HISTORY_CHANNEL_ID), Duration.ofMillis(500));
    }

    @Test
    @Order(2)
    void dailyAnswersWithinThreeSecondsWhileAPostToTheSameChannelIsInFlight() {
        it.discord().delayNext("POST", "channels/" + PAPERS_CHANNEL_ID + "/messages", Duration.ofSeconds(8), 1);
        dailySet(PAPERS_CHANNEL_ID).awaitMessage(WAIT);
        it.discord().awaitRequest(BotUnderTest.postsTo(PAPERS_CHANNEL_ID), WAIT); // received, answer held for 8 s
        Interaction status = it.discord().slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily",
                Option.subcommand("status"));
        status.awaitCallback(Duration.ofSeconds(3));
        Interaction again = dailySet(PAPERS_CHANNEL_ID);
        again.awaitCallback(Duration.ofSeconds(3));
        Interaction paper = it.discord().slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper",
                Option.string("area", "nlp"));
        paper.awaitCallback(Duration.ofSeconds(3));
        awaitCondition(() -> it.dailyPostsIn(PAPERS_CHANNEL_ID).size() == 1, "the slow post lands");
    }

    @Test
    @Order(3)
    void afterAKillALostAnswerIsFoundPastAPaperReplyAndChatterAndANeverSentPostIsNotMistakenForAReply()
            throws Exception {
        // two channels of the config file, both due now: #general (cv) and #announcements (nlp), opened to the bot
        Files.writeString(it.config(), """
                { "cooldown": { "commands": 0 }, "daily": { "channels": [
                    { "guild": "%1$s", "channel": "%2$s", "time": "00:00", "timezone": "%4$s", "area": "cv" },
                    { "guild": "%1$s", "channel": "%3$s", "time": "00:00", "timezone": "%4$s", "area": "nlp" } ] } }
                """.formatted(GUILD_ID, GENERAL_CHANNEL_ID, ANNOUNCEMENTS_CHANNEL_ID, zone));
        it.discord().removeChannelOverwrite(ANNOUNCEMENTS_CHANNEL_ID, EVERYONE_ROLE_ID);
        it.discord().createThenFailNext("POST", "channels/" + GENERAL_CHANNEL_ID + "/messages", 500, 1);
        it.discord().failNext("POST", "channels/" + ANNOUNCEMENTS_CHANNEL_ID + "/messages", 500, 1);
        it.bot().kill();
        // busy: chatter in the minute before the first attempt, so the post lands behind 2.5 pages of it
        it.discord().chatter(GENERAL_CHANNEL_ID, 250);
        it.boot("bot-2.log");
        RecordedRequest lost = it.discord().awaitRequest(BotUnderTest.postsTo(GENERAL_CHANNEL_ID), WAIT);
        it.discord().awaitRequest(BotUnderTest.postsTo(ANNOUNCEMENTS_CHANNEL_ID), WAIT);
        assertThat(lost.status()).isEqualTo(500);
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        assertThat(lost.json().get("nonce").asText()).as("the nonce is the channel's and the day's")
                .isEqualTo(Nonces.of(Long.parseLong(GENERAL_CHANNEL_ID), today));
        assertThat(lost.json().get("enforce_nonce").asBoolean()).isTrue();

        // the same papers shown publicly by /paper, and a busy #general
        assertThat(it.discord().slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "paper", Option.string("query", "LeNet"))
                .awaitCallback(WAIT).json().toString()).contains(LENET);
        assertThat(it.discord().slash(MEMBER_USER_ID, ANNOUNCEMENTS_CHANNEL_ID, EN, "paper",
                Option.string("query", "probabilistic")).awaitCallback(WAIT).json().toString()).contains("bengio03a");
        it.discord().chatter(GENERAL_CHANNEL_ID, 120);

        it.bot().kill();
        long before = it.discord().requests().size();
        it.boot("bot-3.log");
        awaitCondition(() -> it.dailyPostsIn(ANNOUNCEMENTS_CHANNEL_ID).size() == 1, "the never-sent post goes out");
        awaitCondition(() -> logContains("was already posted"), "the lost answer's post is found");
        assertThat(it.discord().requests(r -> r.sequence() > before && r.method().equals("GET")
                && r.route().equals("channels/" + GENERAL_CHANNEL_ID + "/messages")).size())
                .as("it paged through the chatter").isGreaterThanOrEqualTo(3);
        it.discord().assertNoRequest(r -> r.sequence() > before && BotUnderTest.postsTo(GENERAL_CHANNEL_ID).test(r),
                Duration.ofSeconds(1));
        assertThat(it.dailyPostsIn(GENERAL_CHANNEL_ID)).hasSize(1);
        assertThat(it.dailyPostsIn(ANNOUNCEMENTS_CHANNEL_ID)).hasSize(1);
        assertThat(it.dailyPostsIn(ANNOUNCEMENTS_CHANNEL_ID).get(0).embeds().get(0).get("url").asText()).contains("bengio03a");
    }

    @Test
    @Order(4)
    void aSecondProcessOnTheSameStateDirectoryRefusesToStartAndSaysWhichDirectory() throws Exception {
        Path log = dir.resolve("second.log");
        try (RunningBot second = RunningBot.start(it.discord(), it.state(), it.config(), log)) {
            awaitCondition(() -> !second.isAlive(), "the second process exits");
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(second.log()).contains("Another Paperboy process")
                    .contains(it.state().toAbsolutePath().toString());
        }
        assertThat(it.bot().isAlive()).isTrue();
    }

    static boolean logContains(String text) {
        try {
            return it.bot().log().contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    @Order(6)
    void aChannelThatLosesReadMessageHistoryShowsItInStatus() {
        it.discord().denyBotPermission(PAPERS_CHANNEL_ID, READ_MESSAGE_HISTORY);
        awaitCondition(() -> {
            Interaction status = it.discord().slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily",
                    Option.subcommand("status"));
            return status.awaitMessage(WAIT).embeds().toString().contains("Read Message History");
        }, "/daily status names the missing permission");
    }

    @Test
    @Order(7)
    void theBotRemovedFromTheServerPausesAtOnceWithNoRetriesAndResumesWhenAddedBack() throws Exception {
        it.discord().removeBotFromGuild(GUILD_ID);
        awaitCondition(() -> logContains("paused: the bot was removed from the server"), "paused at once");
        long seen = it.discord().requests().size();
        it.discord().assertNoRequest(r -> r.sequence() > seen && r.route().startsWith("channels/"),
                Duration.ofSeconds(2));

        it.discord().addBotToGuild(GUILD_ID);
        awaitCondition(() -> logContains("resumed: the bot is back in the server"), "resumed when added back");
    }

    @Test
    @Order(8)
    void aDeletedChannelPausesAtOnceAndIsNotRetried() throws Exception {
        it.discord().deleteChannel(GENERAL_CHANNEL_ID, true);
        awaitCondition(() -> logContains("the channel was deleted"), "paused when the channel is deleted");
        long seen = it.discord().requests().size();
        it.discord().assertNoRequest(r -> r.sequence() > seen && BotUnderTest.postsTo(GENERAL_CHANNEL_ID).test(r),
                Duration.ofSeconds(2));
        Interaction status = it.discord().slash(ADMIN_USER_ID, PAPERS_CHANNEL_ID, EN, "daily",
                Option.subcommand("status"));
        assertThat(status.awaitMessage(WAIT).embeds().toString()).contains("the channel was deleted");
    }
}
