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

    /** The answer to a request, with no Discord in sight (the {@code preview} command uses this too). */
    Reply answer(CommandRequest request);

    /** Sends the answer. Commands that need the event itself (permissions, channels) override this. */
    default void onSlash(SlashCommandInteractionEvent event, CommandRequest request) {
        Reply reply = answer(request);
        event.reply(reply.toCreateData()).setEphemeral(reply.ephemeral()).queue();
    }

    /** Choices for the focused option as typed so far: at most 25, each at most 100 characters. */
    default List<Suggestion> suggest(CommandRequest request, String focusedOption, String typed) {
        return List.of();
    }

    /** Page {@code token.page()} of an earlier answer, or null when this command has no pages. */
    default Reply page(PageToken token, Messages messages) {
        return null;
    }

    /** How many arguments this command's page ids carry. */
    default int pageArgs() {
        return 0;
    }
}
