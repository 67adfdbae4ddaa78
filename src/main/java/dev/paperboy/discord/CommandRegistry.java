package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.learn.MarkStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.github.benmanes.caffeine.cache.Ticker;

/** The registry of features: every command the bot has, built once from the catalogue. */
public final class CommandRegistry {

    private final InteractionRouter router;

    private CommandRegistry(List<BotCommand> commands, List<ButtonHandler> buttons, Cooldown cooldown,
                            InteractionListener listener) {
        this.router = new InteractionRouter(commands, buttons, cooldown, listener);
    }

    /** The catalogue commands alone, as {@code preview} and the tests use them. */
    public static CommandRegistry forCatalogue(Catalogue catalogue) {
        return new CommandRegistry(catalogueCommands(catalogue), List.of(), Cooldown.disabled(),
                InteractionListener.NONE);
    }

    /**
     * The catalogue commands and {@code /learn} over {@code marks}, as {@code preview} answers
     * them; a mark button pressed there is not answered (there is no press in a terminal).
     */
    public static CommandRegistry forPreview(Catalogue catalogue, MarkStore marks) {
        List<BotCommand> list = catalogueCommands(catalogue);
        list.add(new LearnCommand(catalogue, marks));
        return new CommandRegistry(list, List.of(), Cooldown.disabled(), InteractionListener.NONE);
    }

    static List<BotCommand> catalogueCommands(Catalogue catalogue) {
        Cards cards = new Cards(catalogue);
        List<BotCommand> list = new ArrayList<>();
        list.add(new ResourceCommand(catalogue, cards));
        list.add(new PaperCommand(catalogue, cards));
        return list;
    }

    /**
     * Everything the running bot answers, with the learners' marks in {@code marks}, each
     * interaction's outcome and latency told to {@code listener}.
     */
    public static CommandRegistry forBot(Catalogue catalogue, DailyScheduler scheduler, MarkStore marks, Config config,
                                         InteractionListener listener) {
        List<BotCommand> list = catalogueCommands(catalogue);
        list.add(new DailyCommand(catalogue, scheduler, config.daily().thread()));
        LearnCommand learn = new LearnCommand(catalogue, marks);
        list.add(learn);
        List<ButtonHandler> buttons = List.of(learn, new MarkHandler(() -> catalogue, marks, Clock.systemUTC()));
        return of(list, buttons, config.cooldown().commands(), config.cooldown().window(), listener);
    }

    static CommandRegistry of(List<BotCommand> commands, int perUser, Duration window) {
        return of(commands, perUser, window, InteractionListener.NONE);
    }

    static CommandRegistry of(List<BotCommand> commands, int perUser, Duration window, InteractionListener listener) {
        return of(commands, List.of(), perUser, window, listener);
    }

    static CommandRegistry of(List<BotCommand> commands, List<ButtonHandler> buttons, int perUser, Duration window,
                              InteractionListener listener) {
        return new CommandRegistry(commands, buttons,
                perUser <= 0 ? Cooldown.disabled() : new Cooldown(perUser, window, Ticker.systemTicker()), listener);
    }

    public InteractionRouter router() {
        return router;
    }
}
