package dev.paperboy.e2e;

import static dev.paperboy.e2e.BotEndToEndIT.awaitCondition;
import static dev.paperboy.e2e.BotEndToEndIT.zoneWhereMidnightHasPassed;
import static dev.paperboy.e2e.fake.FakeDiscord.ADMIN_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.EVERYONE_ROLE_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GUILD_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.PAPERS_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.QUIET_ROLE_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.STUDY_ROLE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study group's paper of the day, end to end: the role ping and its allowed mentions, the
 * thread under a post that had to be retried across a kill, {@code /daily preview},
 * {@code /daily history} after three posts, and a deleted role in {@code /daily status}. The real
 * jar against the fake Discord; one fake and one state directory serve the class, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyGroupIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String EN = "en-US";

    /** Kept when a test fails: the bots' logs are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;
    @AutoClose
    static BotUnderTest it;
    static String zone;

    @BeforeAll
    static void start() throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        zone = zoneWhereMidnightHasPassed();
        discord.removeChannelOverwrite(ANNOUNCEMENTS_CHANNEL_ID, EVERYONE_ROLE_ID); // the bot may post there
        it = BotUnderTest.start(discord, dir, """
                { "cooldown": { "commands": 0 }, "daily": { "channels": [
                    { "guild": "%1$s", "channel": "%2$s", "time": "00:00", "timezone": "%4$s", "area": "cv" },
                    { "guild": "%1$s", "channel": "%3$s", "time": "00:00", "timezone": "%4$s", "area": "nlp" } ] } }
                """.formatted(GUILD_ID, GENERAL_CHANNEL_ID, ANNOUNCEMENTS_CHANNEL_ID, zone));
    }

    private static Interaction daily(String subcommand, Option... options) {
        return it.discord().slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily",
                Option.subcommand(subcommand, options));
    }

    @Test
    @Order(1)
    void theCommandOffersDaysRoleThreadHistoryAndPreviewInBothLanguages() {
        JsonNode dailyCommand = it.discord().globalCommands().stream()
                .filter(c -> c.get("name").asText().equals("daily")).findFirst().orElseThrow();
        List<String> subcommands = new ArrayList<>();
        dailyCommand.get("options").forEach(o -> subcommands.add(o.get("name").asText()));
        assertThat(subcommands).containsExactly("set", "stop", "status", "history", "preview");
        JsonNode set = dailyCommand.get("options").get(0);
        List<String> options = new ArrayList<>();
        set.get("options").forEach(o -> options.add(o.get("name").asText()));
        assertThat(options).containsExactly("channel", "time", "timezone", "area", "days", "role", "thread");
        JsonNode days = set.get("options").get(4);
        List<String> choices = new ArrayList<>();
        days.get("choices").forEach(c -> {
            choices.add(c.get("value").asText());
            assertThat(c.path("name_localizations").path("zh-TW").asText()).isNotEmpty();
        });
        assertThat(choices).containsExactly("every", "weekdays", "mon", "tue", "wed", "thu", "fri", "sat", "sun");
        set.get("options").forEach(o ->
                assertThat(o.path("description_localizations").path("zh-TW").asText()).isNotEmpty());
    }

    @Test
    @Order(2)
    void aRoleTheBotCannotMentionIsRefusedWithTheReason() {
        RecordedMessage answer = daily("set", Option.channel("channel", PAPERS_CHANNEL_ID),
                Option.role("role", QUIET_ROLE_ID)).awaitMessage(WAIT);
        assertThat(answer.isEphemeral()).isTrue();
        assertThat(answer.content()).contains("<@&" + QUIET_ROLE_ID + ">").contains("not mentionable")
                .contains("Mention @everyone, @here and All Roles");
        it.discord().assertNoRequest(BotUnderTest.postsTo(PAPERS_CHANNEL_ID), Duration.ofMillis(500));
    }

    @Test
    @Order(3)
    void aPostRetriedAfterAKillPingsOnlyItsRoleAndGetsOneThreadNamedAfterThePaper() throws Exception {
        it.discord().createThenFailNext("POST", "channels/" + PAPERS_CHANNEL_ID + "/messages", 500, 1);
        daily("set", Option.channel("channel", PAPERS_CHANNEL_ID), Option.string("time", "00:00"),
                Option.string("timezone", zone), Option.role("role", STUDY_ROLE_ID), Option.bool("thread", true))
                .awaitMessage(WAIT);
        RecordedRequest lost = it.discord().awaitRequest(BotUnderTest.postsTo(PAPERS_CHANNEL_ID), WAIT);
        assertThat(lost.status()).as("stored, but the answer is an error: no message id").isEqualTo(500);

        it.bot().kill();
        assertThat(it.discord().threads()).as("no thread without the message id").isEmpty();
        it.boot("bot-2.log");
        awaitCondition(() -> !it.discord().threads().isEmpty(), "the thread is opened under the post found");
        it.discord().assertNoRequest(r -> r.sequence() > lost.sequence()
                && BotUnderTest.postsTo(PAPERS_CHANNEL_ID).test(r), Duration.ofSeconds(2));

        List<RecordedMessage> posts = it.dailyPostsIn(PAPERS_CHANNEL_ID);
        assertThat(posts).hasSize(1);
        RecordedMessage post = posts.get(0);
        assertThat(post.content()).isEqualTo("<@&" + STUDY_ROLE_ID + ">");
        JsonNode allowed = lost.json().get("allowed_mentions");
        assertThat(allowed.get("parse")).as("no everyone, no users, no roles by parsing").isEmpty();
        assertThat(allowed.get("roles")).hasSize(1);
        assertThat(allowed.get("roles").get(0).asText()).isEqualTo(STUDY_ROLE_ID);
        assertThat(allowed.path("users")).isEmpty();
        assertThat(post.json().get("mention_roles")).hasSize(1);

        List<JsonNode> threads = it.discord().threads().stream()
                .filter(t -> t.path("parent_id").asText().equals(PAPERS_CHANNEL_ID)).toList();
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).get("id").asText()).as("the thread of the post's message").isEqualTo(post.id());
        assertThat(threads.get(0).get("name").asText()).isEqualTo("LeNet-5");
    }

    @Test
    @Order(4)
    void statusShowsTheDaysTheRoleAndTheThread() {
        String status = daily("status").awaitMessage(WAIT).embeds().toString();
        assertThat(status).contains("every day · 00:00").contains("<@&" + STUDY_ROLE_ID + ">")
                .contains("a thread under each post");
    }

    @Test
    @Order(5)
    void previewShowsTheNextPostWithItsPingLineAndThreadNameAndPingsNobody() {
        Interaction preview = daily("preview");
        RecordedMessage shown = preview.awaitMessage(WAIT);
        assertThat(shown.isEphemeral()).isTrue();
        assertThat(shown.content()).contains("<@&" + STUDY_ROLE_ID + ">")
                .contains("“A Neural Probabilistic Language Model”");
        JsonNode card = shown.embeds().get(0);
        assertThat(card.get("author").get("name").asText()).as("the card in the server's language, as posted")
                .isEqualTo("每日一篇論文 · 第 2 / 36 篇");
        assertThat(card.has("timestamp")).isTrue();
        JsonNode allowed = preview.awaitOriginalEdit(WAIT).json().get("allowed_mentions");
        assertThat(allowed.get("parse")).isEmpty();
        assertThat(allowed.path("roles")).isEmpty();
    }

    @Test
    @Order(6)
    void historyAfterThreePostsListsThemWithJumpLinks() {
        awaitCondition(() -> it.dailyPostsIn(GENERAL_CHANNEL_ID).size() == 1
                && it.dailyPostsIn(ANNOUNCEMENTS_CHANNEL_ID).size() == 1, "the config file's channels posted");
        List<String> links = new ArrayList<>();
        for (String channel : List.of(PAPERS_CHANNEL_ID, GENERAL_CHANNEL_ID, ANNOUNCEMENTS_CHANNEL_ID)) {
            links.add("https://discord.com/channels/" + GUILD_ID + "/" + channel + "/"
                    + it.dailyPostsIn(channel).get(0).id());
        }
        String[] shown = new String[1];
        awaitCondition(() -> {
            RecordedMessage history = daily("history").awaitMessage(WAIT);
            shown[0] = history.embeds().toString();
            return shown[0].contains("3 posts");
        }, "the history has the three posts");
        assertThat(shown[0]).contains(links.toArray(String[]::new)).contains("LeNet-5")
                .contains("A Neural Probabilistic Language Model");
    }

    @Test
    @Order(7)
    void aDeletedRoleIsNotedInStatusAndTheNextPostGoesWithoutAPing() {
        it.discord().deleteRole(STUDY_ROLE_ID);
        awaitCondition(() -> daily("status").awaitMessage(WAIT).embeds().toString()
                .contains("The role to ping was deleted"), "/daily status notes the deleted role");
        RecordedMessage preview = daily("preview").awaitMessage(WAIT);
        assertThat(preview.content()).doesNotContain("<@&").contains("The role to ping was deleted");
    }
}
