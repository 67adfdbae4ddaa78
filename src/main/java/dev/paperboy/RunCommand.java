package dev.paperboy;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.discord.Bot;
import dev.paperboy.discord.Commands;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
        log.info("Paperboy starting: {} resources, {} papers from {}", catalogue.resources().size(),
                catalogue.papers().size(), config.catalogue());
        Bot bot = Bot.start(config, token, Commands.forCatalogue(catalogue), List.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Paperboy stopping");
            bot.close();
            log.info("Paperboy stopped");
            stopped.countDown();
        }, "paperboy-shutdown"));
        stopped.await();
        return 0;
    }
}
