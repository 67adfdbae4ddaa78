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
import dev.paperboy.ops.MeteredPoster;
import dev.paperboy.ops.MeteredSubscriptionStore;
import dev.paperboy.ops.Metrics;
import dev.paperboy.ops.OpsServer;
import dev.paperboy.store.JdbcMarkStore;
import dev.paperboy.store.JdbcPostHistory;
import dev.paperboy.store.JdbcSubscriptionStore;
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
        // the database opens (and migrates, and imports) on its own thread while the catalogue is
        // read: each takes about as long as the other, and neither needs the other
        State.Opening opening = State.begin(config, System.getenv(), Clock.systemUTC(), err);
        if (opening == null) {
            return 1;
        }
        Catalogue catalogue = Environment.catalogue(config, err);
        long catalogueRead = System.currentTimeMillis();
        State state = opening.await();
        if (catalogue == null || state == null) {
            if (state != null) {
                state.close();
            }
            return 1;
        }
        long stateOpen = System.currentTimeMillis();
        Metrics metrics = new Metrics();
        AtomicReference<Bot> running = new AtomicReference<>();
        OpsServer ops = null;
        if (httpPort != HttpPort.OFF) {
            try {
                ops = HttpPort.start(httpPort, running::get, state.database(), metrics);
            } catch (IOException e) {
                err.println("Cannot listen on " + HttpPort.VARIABLE + "=" + httpPort + ": " + e.getMessage());
                state.close();
                return 1;
            }
        }
        JdbcSubscriptionStore store = state.subscriptions();
        // the live ones: stopped subscriptions are kept as tombstones
        metrics.subscriptions(() -> store.all().stream().filter(s -> !s.stopped()).count());
        log.info("Paperboy starting: {} resources and {} papers from {}, state in {}", catalogue.resources().size(),
                catalogue.papers().size(), config.catalogue(), config.stateDir());

        DailyLink link = new DailyLink(catalogue);
        DailySettings settings = DailySettings.defaults().withMaxFailedDays(config.daily().maxFailedDays())
                .withPostsPerSecond(config.daily().postsPerSecond()).withLease(config.daily().lease())
                .withThreadByDefault(config.daily().thread());
        DailyScheduler scheduler = new DailyScheduler(Clock.systemUTC(), new MeteredSubscriptionStore(store, metrics),
                () -> catalogue, new MeteredPoster(link.poster(), metrics),
                guild -> running.get() != null && running.get().isLocalGuild(guild), null, settings,
                new JdbcPostHistory(state.database()));
        scheduler.applyConfigured(config.daily().channels());

        Bot bot;
        try {
            bot = Bot.start(config, token, CommandRegistry.forBot(catalogue, scheduler, new JdbcMarkStore(state.database()), config,
                    metrics::interaction),
                    List.of(link));
        } catch (TokenRefusedException e) {
            err.println("Discord refused the token in DISCORD_TOKEN: check it in the developer portal.");
            scheduler.close();
            closeQuietly(ops);
            state.close();
            return 1;
        } catch (DiscordUnreachableException e) {
            err.println(e.getMessage());
            scheduler.close();
            closeQuietly(ops);
            state.close();
            return 1;
        }
        log.info("Start-up, from main: config and catalogue read in {} ms, state open at {} ms (beside the catalogue), "
                + "logged in to Discord at {} ms", catalogueRead - mainStart, stateOpen - mainStart,
                System.currentTimeMillis() - mainStart);
        running.set(bot);
        metrics.gatewayPing(bot::averageGatewayPingMillis);
        link.connect(bot, scheduler);
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
            metrics.close();
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
}
