package dev.paperboy.e2e;

import dev.paperboy.e2e.fake.FakeDiscord;
import dev.paperboy.e2e.fake.RecordedMessage;
import dev.paperboy.e2e.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * One fake Discord and the real bot over one state directory, for a test class that runs in
 * order: started once, restarted (after a kill or a stop) over the same state and the same fake,
 * as Discord outlives a bot. A class keeps it in an {@code @AutoClose} static field, so both end
 * after its last test.
 */
final class BotUnderTest implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeDiscord discord;
    private final Path dir;
    private final Path state;
    private final Path config;
    private RunningBot bot;

    private BotUnderTest(FakeDiscord discord, Path dir) {
        this.discord = discord;
        this.dir = dir;
        this.state = dir.resolve("state");
        this.config = dir.resolve("paperboy.json");
    }

    /** A new fake Discord and the bot with this config file, logging to {@code bot-1.log}. */
    static BotUnderTest start(Path dir, String configJson) throws Exception {
        return start(FakeDiscord.start(), dir, configJson);
    }

    /** The bot against a fake the caller has prepared (its world changed before the bot logs in). */
    static BotUnderTest start(FakeDiscord discord, Path dir, String configJson) throws Exception {
        BotUnderTest b = new BotUnderTest(discord, dir);
        Files.writeString(b.config, configJson);
        b.boot("bot-1.log");
        return b;
    }

    FakeDiscord discord() {
        return discord;
    }

    /** Asked for each time, not kept: a restart replaces the process. */
    RunningBot bot() {
        return bot;
    }

    Path state() {
        return state;
    }

    Path config() {
        return config;
    }

    /**
     * Starts the jar again over the same state (the last one must have ended: killed or stopped)
     * and waits until it has a new gateway session and its commands are registered.
     */
    void boot(String log) throws Exception {
        int readies = discord.readyCount();
        bot = RunningBot.start(discord, state, config, dir.resolve(log));
        BotEndToEndIT.awaitCondition(() -> discord.readyCount() > readies, "the bot is ready");
        discord.awaitReady(WAIT);
        discord.awaitGlobalCommands(WAIT);
    }

    /** The paper-of-the-day posts of a channel: the bot's messages whose card carries the day's timestamp. */
    List<RecordedMessage> dailyPostsIn(String channelId) {
        return discord.channelMessages(channelId).stream()
                .filter(m -> !m.embeds().isEmpty() && m.embeds().get(0).has("timestamp")).toList();
    }

    static Predicate<RecordedRequest> postsTo(String channelId) {
        return r -> r.method().equals("POST") && r.route().equals("channels/" + channelId + "/messages");
    }

    @Override
    public void close() throws Exception {
        try {
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
    }
}
