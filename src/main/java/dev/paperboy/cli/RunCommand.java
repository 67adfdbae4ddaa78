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
import dev.paperboy.ops.Metrics;
import dev.paperboy.ops.OpsServer;
import dev.paperboy.store.JdbcMarkStore;
import dev.paperboy.store.JdbcPostHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
        int httpPort = HttpPort.fromEnvironment(System.getenv(), err);
        if (httpPort == HttpPort.INVALID) {
            return 1;
        }
        long mainStart = Main.STARTED_MILLIS;
        if (!Files.isRegularFile(config.catalogue())) {
            Environment.catalogue(config, err); // says what is missing and how to build it
            return 1;
        }
        // three things at once, none needing another: the database opens (migrates, imports) on a
        // thread of its own, the shards log in and connect, and this thread reads the catalogue;
        // what Discord sends before the commands exist waits for them (Bot#open)
        State.Opening opening = State.begin(config, System.getenv(), Clock.systemUTC(), err);
        if (opening == null) {
            return 1;
        }
        // a cold JVM spends its start loading classes: the catalogue's reader and the metrics'
        // registry (when there is a port to read it from) load theirs on other threads while this
        // one logs in
        CompletableFuture<Catalogue> reading = CompletableFuture.supplyAsync(() -> Environment.catalogue(config, err),
                RunCommand::daemon);
        CompletableFuture<Metering> measuring = httpPort == HttpPort.OFF
                ? CompletableFuture.completedFuture(Metering.none())
                : CompletableFuture.supplyAsync(() -> Metering.by(new Metrics()), RunCommand::daemon);
        Bot bot;
        try {
            bot = Bot.login(config, token);
        } catch (TokenRefusedException e) {
            err.println("Discord refused the token in DISCORD_TOKEN: check it in the developer portal.");
            closeWhenDone(opening, reading, measuring);
            return 1;
        } catch (DiscordUnreachableException e) {
            err.println(e.getMessage());
            closeWhenDone(opening, reading, measuring);
            return 1;
        }
        long loggedIn = System.currentTimeMillis();
        Catalogue catalogue = reading.join();
        long catalogueRead = System.currentTimeMillis();
        State state = opening.await();
        if (catalogue == null || state == null) {
            bot.close();
            if (state != null) {
                state.close();
            }
            return 1;
        }
        long stateOpen = System.currentTimeMillis();
        Metering metering = measuring.join();
        OpsServer ops = null;
        if (httpPort != HttpPort.OFF) {
            try {
                ops = HttpPort.start(httpPort, bot, state.database(), metering.metrics());
            } catch (IOException e) {
                err.println("Cannot listen on " + HttpPort.VARIABLE + "=" + httpPort + ": " + e.getMessage());
                bot.close();
                state.close();
                return 1;
            }
        }
        metering.gateway(bot);
        log.info("Paperboy starting: {} resources and {} papers from {}, state in {}", catalogue.resources().size(),
                catalogue.papers().size(), config.catalogue(), config.stateDir());

        DailyLink link = new DailyLink(catalogue);
        DailySettings settings = DailySettings.defaults().withMaxFailedDays(config.daily().maxFailedDays())
                .withPostsPerSecond(config.daily().postsPerSecond()).withLease(config.daily().lease())
                .withThreadByDefault(config.daily().thread());
        DailyScheduler scheduler = new DailyScheduler(Clock.systemUTC(), metering.store(state.subscriptions()),
                () -> catalogue, metering.poster(link.poster()), bot::isLocalGuild, null, settings,
                new JdbcPostHistory(state.database()));
        scheduler.applyConfigured(config.daily().channels());
        link.connect(bot, scheduler);
        bot.open(CommandRegistry.forBot(catalogue, scheduler, new JdbcMarkStore(state.database()), config,
                metering.interactions()), List.of(link));
        // the search indexes once the commands are out, before anyone has typed much
        bot.registered().thenRunAsync(() -> {
            long start = System.nanoTime();
            catalogue.prepareSearch();
            log.info("Search ready: indexes of {} resources and {} papers in {} ms", catalogue.resources().size(),
                    catalogue.papers().size(), (System.nanoTime() - start) / 1_000_000);
        }, RunCommand::daemon);
        log.info("Start-up, from main: logged in at {} ms, catalogue read at {} ms, state open at {} ms, listening at "
                + "{} ms", loggedIn - mainStart, catalogueRead - mainStart, stateOpen - mainStart,
                System.currentTimeMillis() - mainStart);
        Heartbeat heartbeat = new Heartbeat(config.stateDir(), bot::connected, Clock.systemUTC());
        heartbeat.start();

        OpsServer opsServer = ops;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Paperboy stopping");
            heartbeat.close();
            scheduler.close(); // waits for a post in flight and records it
            bot.close();
            closeQuietly(opsServer);
            state.close();
            metering.close();
            log.info("Paperboy stopped");
            stopped.countDown();
        }, "paperboy-shutdown"));
        stopped.await();
        return 0;
    }

    private static void closeQuietly(OpsServer ops) {
        if (ops != null) {
            ops.close();
        }
    }

    /** A thread of its own for one start-up task; a daemon, so a failed start never waits for it. */
    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "paperboy-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Lets the start's other threads finish before the process ends: the state is closed cleanly,
     * and the Dockerfile's training run (which cannot reach Discord) still records the classes of
     * the catalogue and the metrics in its class-data archive.
     */
    private static void closeWhenDone(State.Opening opening, CompletableFuture<?>... others) {
        for (CompletableFuture<?> f : others) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // said where it failed, if anywhere; the start is ending anyway
            }
        }
        State state = opening.await();
        if (state != null) {
            state.close();
        }
    }
}
