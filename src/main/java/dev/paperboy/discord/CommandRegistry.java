package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.daily.DailyScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.github.benmanes.caffeine.cache.Ticker;

/** The registry of features: every command the bot has, built once from the catalogue. */
public final class CommandRegistry {

    private final InteractionRouter router;

    private CommandRegistry(List<BotCommand> commands, Cooldown cooldown, InteractionListener listener) {
        this.router = new InteractionRouter(commands, cooldown, listener);
    }

    /** The catalogue commands alone, as {@code preview} and the tests use them. */
    public static CommandRegistry forCatalogue(Catalogue catalogue) {
        return new CommandRegistry(catalogueCommands(catalogue), Cooldown.disabled(), InteractionListener.NONE);
    }

    static List<BotCommand> catalogueCommands(Catalogue catalogue) {
        Cards cards = new Cards(catalogue);
        List<BotCommand> list = new ArrayList<>();
        list.add(new ResourceCommand(catalogue, cards));
        list.add(new PaperCommand(catalogue, cards));
        return list;
    }

    /** Everything the running bot answers. */
    public static CommandRegistry forBot(Catalogue catalogue, DailyScheduler scheduler, Config config) {
        return forBot(catalogue, scheduler, config, InteractionListener.NONE);
    }

    /** Everything the running bot answers, each interaction's outcome and latency told to {@code listener}. */
    public static CommandRegistry forBot(Catalogue catalogue, DailyScheduler scheduler, Config config,
                                         InteractionListener listener) {
        List<BotCommand> list = catalogueCommands(catalogue);
        list.add(new DailyCommand(catalogue, scheduler, config.daily().thread()));
        return of(list, config.cooldown().commands(), config.cooldown().window(), listener);
    }

    static CommandRegistry of(List<BotCommand> commands, int perUser, Duration window) {
        return of(commands, perUser, window, InteractionListener.NONE);
    }

    static CommandRegistry of(List<BotCommand> commands, int perUser, Duration window, InteractionListener listener) {
        return new CommandRegistry(commands,
                perUser <= 0 ? Cooldown.disabled() : new Cooldown(perUser, window, Ticker.systemTicker()), listener);
    }

    public InteractionRouter router() {
        return router;
    }
}
