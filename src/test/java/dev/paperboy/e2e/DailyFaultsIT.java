package dev.paperboy.e2e;

import static dev.paperboy.e2e.fake.FakeDiscord.ADMIN_USER_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GENERAL_CHANNEL_ID;
import static dev.paperboy.e2e.fake.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.Interaction;
import dev.paperboy.e2e.fake.Option;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper of the day when Discord pushes back: rate limits and a channel the bot cannot post in. */
class DailyFaultsIT {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aRateLimitedDailyPostIsRetriedAndPostedOnceWithItsThreadWhileAForbiddenChannelIsReported() throws Exception {
        String zone = BotEndToEndIT.zoneWhereMidnightHasPassed();
        Path config = dir.resolve("paperboy.json");
        // two pre-configured channels, both due: one the bot may post in, one it may not
        Files.writeString(config, """
                { "daily": { "thread": true, "channels": [
                    { "guild": "%1$s", "channel": "%2$s", "time": "00:00", "timezone": "%4$s", "area": "cv" },
                    { "guild": "%1$s", "channel": "%3$s", "time": "00:00", "timezone": "%4$s", "area": "nlp" } ] } }
                """.formatted(GUILD_ID, GENERAL_CHANNEL_ID, ANNOUNCEMENTS_CHANNEL_ID, zone));
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.rateLimitNext("POST", "channels/" + GENERAL_CHANNEL_ID + "/messages", Duration.ofSeconds(1), false, 1);
            try (RunningBot bot = RunningBot.start(discord, dir.resolve("state"), config, dir.resolve("bot.log"))) {
                discord.awaitChannelMessages(GENERAL_CHANNEL_ID, 1, Duration.ofSeconds(90));
                discord.awaitRequest(r -> r.succeeded() && r.method().equals("POST")
                        && r.route().equals("channels/" + GENERAL_CHANNEL_ID + "/messages"), WAIT);
                List<RecordedRequest> sends = discord.requests(r -> r.method().equals("POST")
                        && r.route().equals("channels/" + GENERAL_CHANNEL_ID + "/messages"));
                assertThat(sends).extracting(RecordedRequest::status).startsWith(429).contains(200);
                assertThat(discord.rateLimitedCount()).isEqualTo(1);
                // the repeat carried the same nonce, so Discord could not have made two messages of it
                assertThat(sends.stream().map(r -> r.json().get("nonce").asText()).distinct()).hasSize(1);
                assertThat(discord.channelMessages(GENERAL_CHANNEL_ID)).hasSize(1);
                assertThat(discord.channelMessages(GENERAL_CHANNEL_ID).get(0).embeds().get(0).get("url").asText())
                        .as("area cv starts with LeNet-5").isEqualTo("http://yann.lecun.com/exdb/publis/pdf/lecun-01a.pdf");

                // daily.thread: a discussion thread opens under the post, named after the paper
                BotEndToEndIT.awaitCondition(() -> !discord.threads().isEmpty(), "a thread under the post");
                assertThat(discord.threads()).hasSize(1);
                assertThat(discord.threads().get(0).get("name").asText()).isEqualTo("LeNet-5");

                Interaction status = discord.slash(ADMIN_USER_ID, GENERAL_CHANNEL_ID, "en-US", "daily",
                        Option.subcommand("status"));
                String shown = status.awaitMessage(WAIT).embeds().toString();
                assertThat(shown).contains("<#" + ANNOUNCEMENTS_CHANNEL_ID + ">").contains("Last failure")
                        .contains("missing permission");
                assertThat(discord.channelMessages(ANNOUNCEMENTS_CHANNEL_ID)).isEmpty();

                long seen = sends.get(sends.size() - 1).sequence();
                discord.assertNoRequest(r -> r.sequence() > seen && r.method().equals("POST")
                        && r.route().equals("channels/" + GENERAL_CHANNEL_ID + "/messages"), Duration.ofSeconds(2));
                assertThat(bot.log()).contains("missing permission");
            }
        }
    }
}
