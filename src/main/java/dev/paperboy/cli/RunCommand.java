package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.DailySettings;
import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.JsonLinesPostHistory;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.discord.Bot;
import dev.paperboy.discord.CommandRegistry;
import dev.paperboy.discord.DailyLink;
import dev.paperboy.discord.DiscordUnreachableException;
import dev.paperboy.discord.TokenRefusedException;
import dev.paperboy.io.DirectoryLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

@Command(name = "run", description = "Run the bot (the default). Needs DISCORD_TOKEN in the environment.")
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        String token = Token.fromEnvironment(System.getenv(), err);
        Config config = Environment.config(System.getenv(), err);
        if (token == null || config == null) {
            return 1;
        }
        Catalogue catalogue = Environment.catalogue(config, err);
        if (catalogue == null) {
            return 1;
        }
        DirectoryLock lock;
        try {
            lock = DirectoryLock.tryTake(config.stateDir()).orElse(null);
        } catch (IOException e) {
            err.println("Cannot use the state directory " + config.stateDir() + ": " + e.getMessage());
            return 1;
        }
        if (lock == null) {
            err.println("Another Paperboy process (pid " + DirectoryLock.holder(config.stateDir()) + ") is using the "
                    + "state directory " + config.stateDir().toAbsolutePath() + ". Two processes on one state would "
                    + "both post: stop the other one, or give this one its own PAPERBOY_STATE_DIR.");
            return 1;
        }
        JsonFileSubscriptionStore store;
        try {
            store = new JsonFileSubscriptionStore(config.stateDir());
        } catch (StoreException e) {
            err.println("Cannot use the state directory " + config.stateDir() + ": " + e.getMessage());
            return 1;
        }
        for (StoreProblem p : store.problems()) {
            log.error("State file {} could not be read ({}); kept as {}. Its channel posts nothing until it is fixed or "
                    + "set again with /daily set.", p.file(), p.reason(), p.movedTo());
        }
        log.info("Paperboy starting: {} resources and {} papers from {}, state in {}", catalogue.resources().size(),
                catalogue.papers().size(), config.catalogue(), config.stateDir());

        DailyLink link = new DailyLink(catalogue);
        AtomicReference<Bot> running = new AtomicReference<>();
        DailySettings settings = DailySettings.defaults().withMaxFailedDays(config.daily().maxFailedDays())
                .withPostsPerSecond(config.daily().postsPerSecond()).withThreadByDefault(config.daily().thread());
        DailyScheduler scheduler = new DailyScheduler(Clock.systemUTC(), store, () -> catalogue, link.poster(),
                guild -> running.get() != null && running.get().isLocalGuild(guild), null, settings,
                new JsonLinesPostHistory(config.stateDir().resolve("history")));
        scheduler.applyConfigured(config.daily().channels());

        Bot bot;
        try {
            bot = Bot.start(config, token, CommandRegistry.forBot(catalogue, scheduler, config), List.of(link));
        } catch (TokenRefusedException e) {
            err.println("Discord refused the token in DISCORD_TOKEN: check it in the developer portal.");
            scheduler.close();
            return 1;
        } catch (DiscordUnreachableException e) {
            err.println(e.getMessage());
            scheduler.close();
            return 1;
        }
        running.set(bot);
        link.connect(bot, scheduler);
        Heartbeat heartbeat = new Heartbeat(config.stateDir(), bot::connected, Clock.systemUTC());
        heartbeat.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Paperboy stopping");
            heartbeat.close();
            scheduler.close(); // waits for a post in flight and records it
            bot.close();
            release(lock);
            log.info("Paperboy stopped");
            stopped.countDown();
        }, "paperboy-shutdown"));
        stopped.await();
        return 0;
    }

    private static void release(DirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            log.warn("Could not release the lock of the state directory: {}", e.toString());
        }
    }
}
