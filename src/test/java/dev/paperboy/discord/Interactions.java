package dev.paperboy.discord;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Shipped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/**
 * JDA's interaction events as Mockito mocks of JDA's public interfaces, recording what the
 * bot answers. No JDA internals: these interfaces are JDA's contract with bots.
 */
final class Interactions {

    static final Catalogue SEED = Shipped.CATALOGUE;

    private Interactions() {
    }

    /** What a slash command answered: the reply's data and whether it was ephemeral. */
    record Answer(MessageCreateData data, boolean ephemeral) {
    }

    static Answer slash(InteractionRouter router, long userId, DiscordLocale locale, String command,
                        Map<String, Object> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = user(userId);
        when(event.getName()).thenReturn(command);
        when(event.getFullCommandName()).thenReturn(command);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(locale);
        when(event.getId()).thenReturn("1");
        List<OptionMapping> mappings = new ArrayList<>();
        options.forEach((name, value) -> {
            OptionMapping o = mock(OptionMapping.class);
            when(o.getName()).thenReturn(name);
            when(o.getAsString()).thenReturn(String.valueOf(value));
            when(o.getType()).thenReturn(value instanceof Number ? OptionType.INTEGER : OptionType.STRING);
            mappings.add(o);
        });
        when(event.getOptions()).thenReturn(mappings);
        ReplyCallbackAction action = mock(ReplyCallbackAction.class);
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        ArgumentCaptor<Boolean> ephemeral = ArgumentCaptor.forClass(Boolean.class);
        when(event.reply(data.capture())).thenReturn(action);
        when(action.setEphemeral(ephemeral.capture())).thenReturn(action);
        router.onSlashCommandInteraction(event);
        return new Answer(data.getValue(), ephemeral.getValue());
    }

    /** What pressing a button did: the edited message, or an ephemeral reply. */
    record Press(MessageEditData edit, MessageCreateData reply) {
    }

    static Press button(InteractionRouter router, long userId, DiscordLocale locale, String customId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        User user = user(userId);
        when(event.getComponentId()).thenReturn(customId);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(locale);
        when(event.getId()).thenReturn("2");
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class);
        ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
        when(event.editMessage(edited.capture())).thenReturn(edit);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        ArgumentCaptor<MessageCreateData> replied = ArgumentCaptor.forClass(MessageCreateData.class);
        when(event.reply(replied.capture())).thenReturn(reply);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        router.onButtonInteraction(event);
        return new Press(edited.getAllValues().isEmpty() ? null : edited.getValue(),
                replied.getAllValues().isEmpty() ? null : replied.getValue());
    }

    @SuppressWarnings("unchecked")
    static List<Command.Choice> autocomplete(InteractionRouter router, String command, String focused, String typed,
                                             Map<String, String> others) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        User user = user(7);
        when(event.getName()).thenReturn(command);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(focused);
        when(query.getValue()).thenReturn(typed);
        when(event.getFocusedOption()).thenReturn(query);
        List<OptionMapping> mappings = new ArrayList<>();
        others.forEach((name, value) -> {
            OptionMapping o = mock(OptionMapping.class);
            when(o.getName()).thenReturn(name);
            when(o.getAsString()).thenReturn(value);
            mappings.add(o);
        });
        when(event.getOptions()).thenReturn(mappings);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class);
        ArgumentCaptor<java.util.Collection<Command.Choice>> choices = ArgumentCaptor.forClass(java.util.Collection.class);
        when(event.replyChoices(choices.capture())).thenReturn(action);
        router.onCommandAutoCompleteInteraction(event);
        return List.copyOf(choices.getValue());
    }

    private static User user(long id) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.getId()).thenReturn(Long.toString(id));
        return user;
    }

}
