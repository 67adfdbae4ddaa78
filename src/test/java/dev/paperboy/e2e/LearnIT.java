package dev.paperboy.e2e;

import static dev.paperboy.e2e.BotEndToEndIT.zoneWhereMidnightHasPassed;
import static dev.paperboy.e2e.fake.FakeDiscord.ADMIN_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.MEMBER_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.PAPERS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /learn} and the mark buttons end to end: the real jar, its SQLite state, the fake
 * Discord. A member who never ran a command marks the daily post read, walks the list with
 * {@code /learn next}, gets the picture, sees the marks survive a restart, and erases them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String EN = "en-US";
    static final int EPHEMERAL = 64;
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path dir;
    @AutoClose
    static BotUnderTest it;

    @BeforeAll
    static void start() throws Exception {
        it = BotUnderTest.start(dir, "{ \"cooldown\": { \"commands\": 0 } }");
    }

    private static RecordedMessage learn(String sub, Option... options) {
        return it.discord().slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "learn", Option.subcommand(sub, options))
                .awaitMessage(WAIT);
    }

    private static int flags(RecordedRequest callback) {
        return callback.json().path("data").path("flags").asInt(0);
    }

    @Test
    @Order(1)
    void aMemberWhoRanNothingPressesReadUnderTheDailyPostAndOnlyTheySeeTheAnswer() {
        it.discord().slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, EN, "daily", Option.subcommand("set",
                Option.channel("channel", PAPERS_CHANNEL_ID), Option.string("time", "00:00"),
                Option.string("timezone", zoneWhereMidnightHasPassed()))).awaitMessage(WAIT);
        RecordedMessage post = it.discord().awaitChannelMessages(PAPERS_CHANNEL_ID, 1, WAIT).get(0);
        assertThat(post.customIds()).containsExactly("mk:read:p.lenet-5", "mk:save:p.lenet-5");
        // the guild speaks zh-TW, and so do the post's buttons
        assertThat(post.buttons()).extracting(b -> b.path("label").asText()).containsExactly("已讀", "收藏");

        Interaction press = it.discord().button(MEMBER_USER_ID, PAPERS_CHANNEL_ID, EN, "mk:read:p.lenet-5", post);
        RecordedRequest callback = press.awaitCallback(WAIT);

        assertThat(flags(callback) & EPHEMERAL).as("only the presser sees it").isEqualTo(EPHEMERAL);
        assertThat(callback.json().path("data").path("content").asText()).contains("LeNet-5")
                .contains("1 of 36 papers read");
        assertThat(it.discord().message(post.id()).orElseThrow().customIds()).as("the post is left as it was")
                .containsExactly("mk:read:p.lenet-5", "mk:save:p.lenet-5");
    }

    @Test
    @Order(2)
    void learnNextMovesOnAsTheMemberMarksPapersRead() {
        RecordedMessage next = learn("next");
        assertThat(next.isEphemeral()).isTrue();
        String text = next.embeds().get(0).path("description").asText();
        assertThat(text).contains("A Neural Probabilistic Language Model").contains("1 of 36 papers read")
                .doesNotContain("Start here");

        String read = "mk:read:p.a-neural-probabilistic-language-model";
        assertThat(next.customIds()).contains(read);
        it.discord().button(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, read, next).awaitCallback(WAIT);

        String after = learn("next").embeds().get(0).path("description").asText();
        assertThat(after).contains("ImageNet").contains("2 of 36 papers read");
    }

    @Test
    @Order(3)
    void progressComesWithItsPictureAttachedAsAFileWithinDiscordsLimits() throws Exception {
        Interaction ask = it.discord().slash(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, "learn",
                Option.subcommand("progress"));
        RecordedMessage shown = ask.awaitMessage(WAIT);
        RecordedRequest edit = ask.awaitOriginalEdit(WAIT);

        assertThat(shown.isEphemeral()).as("a picture for the channel").isFalse();
        assertThat(edit.header("content-type")).startsWith("multipart/form-data");
        assertThat(edit.attachedFiles()).containsExactly("progress.png");
        byte[] png = edit.attachedFile("progress.png").orElseThrow();
        assertThat(png.length).isBetween(1_000, 8 * 1024 * 1024);
        assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(400, 4096);
        JsonNode embed = shown.embeds().get(0);
        assertThat(embed.path("image").path("url").asText()).endsWith("progress.png");
        assertThat(embed.path("description").asText()).contains("<@" + MEMBER_USER_ID + ">")
                .contains("2 of 36 papers read");
        JsonNode attachment = edit.json().path("attachments").get(0);
        assertThat(attachment.path("description").asText()).as("alt text for screen readers")
                .contains("2 of 36 papers read").hasSizeLessThanOrEqualTo(1024);
    }

    @Test
    @Order(4)
    void marksSurviveARestartOfTheBot() throws Exception {
        assertThat(it.bot().stop(Duration.ofSeconds(30))).as("SIGTERM: 128 + 15").isEqualTo(143);
        it.boot("bot-2.log");

        assertThat(learn("next").embeds().get(0).path("description").asText()).contains("2 of 36 papers read");
    }

    @Test
    @Order(5)
    void forgetAsksThenErasesEveryMarkOfThatMember() {
        RecordedMessage ask = learn("forget");
        assertThat(ask.isEphemeral()).isTrue();
        assertThat(ask.content()).contains("every mark").contains("2");
        List<String> ids = ask.customIds();
        assertThat(ids).containsExactly("lf:" + MEMBER_USER_ID);

        RecordedRequest erased = it.discord().button(MEMBER_USER_ID, GENERAL_CHANNEL_ID, EN, ids.get(0), ask)
                .awaitCallback(WAIT);
        assertThat(erased.json().path("data").path("content").asText()).contains("Erased 2 marks");

        assertThat(learn("next").embeds().get(0).path("description").asText()).contains("Start here")
                .contains("0 of 36 papers read");
    }
}
