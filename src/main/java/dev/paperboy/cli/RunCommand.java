package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.DailySettings;
import dev.paperboy.discord.Bot;
import dev.paperboy.discord.CommandRegistry;
import dev.paperboy.discord.DailyLink;
import dev.paperboy.discord.DiscordUnreachableException;
import dev.paperboy.discord.TokenRefusedException;
import dev.paperboy.daily.SubscriptionStore;
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
        Bot.warmUp();
        PrintWriter err = new PrintWriter(System.err, true);
        String token = Token.fromEnvironment(System.getenv(), err);
        Config config = Environment.config(System.getenv(), err);
        if (token == null || config == null) {
            return 1;
        }
        long mainStart = Main.STARTED_MILLIS;
        // the database opens (and migrates, and imports) on its own thread while the catalogue is
        // read and JDA logs in: each takes about as long as the other, and neither needs the other
        State.Opening opening = State.begin(config, System.getenv(), Clock.systemUTC(), err);
        if (opening == null) {
            return 1;
        }
        Catalogue catalogue = Environment.catalogue(config, err);
        if (catalogue == null) {
            State state = opening.await();
            if (state != null) {
                state.close();
            }
            return 1;
        }
        long catalogueRead = System.currentTimeMillis();
        SubscriptionStore store = opening.subscriptions();

        DailyLink link = new DailyLink(catalogue, config.daily().thread());
        AtomicReference<Bot> running = new AtomicReference<>();
        DailySettings settings = DailySettings.defaults().withMaxFailedDays(config.daily().maxFailedDays())
                .withPostsPerSecond(config.daily().postsPerSecond()).withLease(config.daily().lease());
        DailyScheduler scheduler = new DailyScheduler(Clock.systemUTC(), store, () -> catalogue, link.poster(),
                guild -> running.get() != null && running.get().isLocalGuild(guild), null, settings);

        Bot bot;
        try {
            bot = Bot.start(config, token, CommandRegistry.forBot(catalogue, scheduler, config), List.of(link));
        } catch (TokenRefusedException e) {
            err.println("Discord refused the token in DISCORD_TOKEN: check it in the developer portal.");
            scheduler.close();
            closeWhenOpen(opening);
            return 1;
        } catch (DiscordUnreachableException e) {
            err.println(e.getMessage());
            scheduler.close();
            closeWhenOpen(opening);
            return 1;
        }
        long loggedIn = System.currentTimeMillis();
        State state = opening.await();
        if (state == null) {
            scheduler.close();
            bot.close();
            return 1;
        }
        long stateOpen = System.currentTimeMillis();
        scheduler.applyConfigured(config.daily().channels());
        log.info("Paperboy starting: {} resources and {} papers from {}, state in {}", catalogue.resources().size(),
                catalogue.papers().size(), config.catalogue(), config.stateDir());
        log.info("Start-up, from main: config and catalogue read in {} ms, logged in to Discord at {} ms, state open at {} ms "
                + "(opened beside the login)", catalogueRead - mainStart, loggedIn - mainStart, stateOpen - mainStart);
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
            state.close();
            log.info("Paperboy stopped");
            stopped.countDown();
        }, "paperboy-shutdown"));
        stopped.await();
        return 0;
    }

    private static void closeWhenOpen(State.Opening opening) {
        State state = opening.await();
        if (state != null) {
            state.close();
        }
    }
}
