package dev.paperboy.discord;

import dev.paperboy.catalogue.Suggestion;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: it declares itself once and answers its own slash, autocomplete and page
 * events. The router finds it by name; nothing else knows the list of commands.
 */
interface BotCommand {

    String name();

    /** The definition registered with Discord, localized. */
    SlashCommandData definition();

    /**
     * The options a page button carries, in this order, free text last; empty for a command
     * whose answers have no pages. The same list makes a page id ({@link #pageOf}) and reads it
     * back (the router), so the two cannot disagree.
     */
    default List<String> pagedOptions() {
        return List.of();
    }

    /**
     * Page {@code page} (1-based) of the answer to a request, with no Discord in sight: the slash
     * command, a page button and the {@code preview} command line all come here.
     */
    Reply answer(CommandRequest request, int page);

    /** Sends the answer. Commands that need the event itself (permissions, channels) override this. */
    default void onSlash(SlashCommandInteractionEvent event, CommandRequest request) {
        Reply reply = answer(request, 1);
        event.reply(reply.toCreateData()).setEphemeral(reply.ephemeral()).queue();
    }

    /** Choices for the focused option as typed so far: at most 25, each at most 100 characters. */
    default List<Suggestion> suggest(CommandRequest request, String focusedOption, String typed) {
        return List.of();
    }

    /** The id of a page of the answer to {@code request}. */
    default PageToken pageOf(CommandRequest request, int page) {
        return PageToken.of(name(), pagedOptions(), request, page);
    }
}
