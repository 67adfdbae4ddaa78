package dev.paperboy.discord;

import dev.paperboy.catalogue.Suggestion;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one listener: every slash command, autocomplete and button goes through here to the
 * command that owns it. Nothing a user sends can escape: a failing handler is logged with the
 * interaction's context and the user gets an ephemeral apology.
 */
public final class InteractionRouter extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);

    private static final String OK = "ok";
    private static final String ERROR = "error";
    private static final String UNKNOWN = "unknown";

    private final Map<String, BotCommand> commands;
    private final List<ButtonHandler> buttons;
    private final Cooldown cooldown;
    private final InteractionListener listener;

    InteractionRouter(List<BotCommand> commands, Cooldown cooldown) {
        this(commands, cooldown, InteractionListener.NONE);
    }

    InteractionRouter(List<BotCommand> commands, Cooldown cooldown, InteractionListener listener) {
        this(commands, List.of(), cooldown, listener);
    }

    InteractionRouter(List<BotCommand> commands, List<ButtonHandler> buttons, Cooldown cooldown,
                      InteractionListener listener) {
        this.buttons = List.copyOf(buttons);
        this.commands = commands.stream().collect(Collectors.toMap(BotCommand::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("two commands named " + a.name());
                }, LinkedHashMap::new));
        this.cooldown = cooldown;
        this.listener = listener;
    }

    List<SlashCommandData> definitions() {
        return commands.values().stream().map(BotCommand::definition).toList();
    }

    BotCommand command(String name) {
        return commands.get(name);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        long start = System.nanoTime();
        String outcome = ERROR; // what an escaping throwable counts as
        try {
            outcome = slash(event);
        } finally {
            report("slash", event.getName(), outcome, start);
        }
    }

    private String slash(SlashCommandInteractionEvent event) {
        Messages m = Messages.of(event.getUserLocale());
        BotCommand command = commands.get(event.getName());
        if (command == null) {
            event.reply(Reply.error(m.get("error.unknown.command")).toCreateData()).setEphemeral(true).queue();
            return UNKNOWN;
        }
        Duration wait = cooldown.tryAcquire(event.getUser().getIdLong());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            event.reply(Reply.error(m.get("error.cooldown", seconds)).toCreateData()).setEphemeral(true).queue();
            return "cooldown";
        }
        CommandRequest request = requestOf(event, m);
        try {
            command.onSlash(event, request);
            return OK;
        } catch (RuntimeException e) {
            log.error("/{} failed (interaction {}, user {}, guild {}, options {})", event.getFullCommandName(),
                    event.getId(), event.getUser().getId(), guildId(event), request.options(), e);
            apologize(event, m);
            return ERROR;
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        long start = System.nanoTime();
        String outcome = ERROR;
        try {
            outcome = autocomplete(event);
        } finally {
            report("autocomplete", event.getName(), outcome, start);
        }
    }

    private String autocomplete(CommandAutoCompleteInteractionEvent event) {
        BotCommand command = commands.get(event.getName());
        if (command == null) {
            event.replyChoices(List.of()).queue();
            return UNKNOWN;
        }
        Messages m = Messages.of(event.getUserLocale());
        Map<String, String> options = new LinkedHashMap<>();
        event.getOptions().forEach(o -> options.put(o.getName(), o.getAsString()));
        CommandRequest request = new CommandRequest(event.getName(), event.getSubcommandName(), options, m,
                event.getUser().getIdLong());
        try {
            List<Suggestion> suggestions = command.suggest(request, event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue());
            event.replyChoices(suggestions.stream().limit(Suggestion.MAX_COUNT)
                    .map(s -> new Command.Choice(s.name(), s.value())).toList()).queue();
            return OK;
        } catch (RuntimeException e) {
            log.error("autocomplete of /{} failed (interaction {}, user {}, typed {})", event.getFullCommandName(),
                    event.getId(), event.getUser().getId(), event.getFocusedOption().getValue(), e);
            event.replyChoices(List.of()).queue();
            return ERROR;
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        long start = System.nanoTime();
        for (ButtonHandler handler : buttons) {
            if (event.getComponentId().startsWith(handler.prefix())) {
                String outcome = ERROR;
                try {
                    outcome = handled(event, handler);
                } finally {
                    listener(handler.name(), outcome, start);
                }
                return;
            }
        }
        String name = PageToken.commandOf(event.getComponentId());
        String outcome = ERROR;
        try {
            outcome = button(event, commands.get(name));
        } finally {
            report("button", name, outcome, start);
        }
    }

    private String button(ButtonInteractionEvent event, BotCommand command) {
        String id = event.getComponentId();
        if (command == null) {
            return UNKNOWN; // not ours: another component, or a page of a command this bot no longer has
        }
        Messages m = Messages.of(event.getUserLocale());
        try {
            List<String> paged = command.pagedOptions();
            Optional<PageToken> token = paged.isEmpty() ? Optional.empty() : PageToken.parse(id, paged.size());
            if (token.isEmpty()) {
                event.reply(Reply.error(m.get("page.gone")).toCreateData()).setEphemeral(true).queue();
                return "expired";
            } else if (token.get().owner() != event.getUser().getIdLong()) {
                event.reply(Reply.error(m.get("page.not.yours")).toCreateData()).setEphemeral(true).queue();
                return "not_owner";
            }
            Reply page = command.answer(token.get().request(paged, m), token.get().page());
            event.editMessage(page.toEditData()).queue();
            return OK;
        } catch (RuntimeException e) {
            log.error("page button {} failed (interaction {}, user {})", id, event.getId(), event.getUser().getId(), e);
            apologize(event, m);
            return ERROR;
        }
    }

    private String handled(ButtonInteractionEvent event, ButtonHandler handler) {
        Messages m = Messages.of(event.getUserLocale());
        try {
            Reply reply = handler.press(event.getUser().getIdLong(), event.getComponentId(), m);
            event.reply(reply.toCreateData()).setEphemeral(true).queue();
            return OK;
        } catch (RuntimeException e) {
            log.error("button {} failed (interaction {}, user {})", event.getComponentId(), event.getId(),
                    event.getUser().getId(), e);
            apologize(event, m);
            return ERROR;
        }
    }

    private void listener(String name, String outcome, long start) {
        try {
            listener.handled("button", name, outcome, System.nanoTime() - start);
        } catch (RuntimeException e) {
            log.warn("the interaction listener failed: {}", e.toString());
        }
    }

    /**
     * Tells the listener; a name the bot does not know becomes {@code unknown}, since anybody's
     * component ids and stale commands would otherwise each become a metric of their own.
     */
    private void report(String type, String name, String outcome, long start) {
        try {
            listener.handled(type, commands.containsKey(name) ? name : UNKNOWN, outcome, System.nanoTime() - start);
        } catch (RuntimeException e) {
            log.warn("the interaction listener failed: {}", e.toString());
        }
    }

    static CommandRequest requestOf(SlashCommandInteractionEvent event, Messages m) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping o : event.getOptions()) {
            options.put(o.getName(), o.getAsString());
        }
        return new CommandRequest(event.getName(), event.getSubcommandName(), options, m, event.getUser().getIdLong());
    }

    private static void apologize(IReplyCallback event, Messages m) {
        try {
            if (event.isAcknowledged()) {
                event.getHook().sendMessage(Reply.error(m.get("error.internal")).toCreateData()).setEphemeral(true).queue();
            } else {
                event.reply(Reply.error(m.get("error.internal")).toCreateData()).setEphemeral(true).queue();
            }
        } catch (RuntimeException e) {
            log.warn("could not send the apology for interaction {}: {}", event.getId(), e.toString());
        }
    }

    private static String guildId(SlashCommandInteractionEvent event) {
        return event.getGuild() == null ? "-" : event.getGuild().getId();
    }
}
