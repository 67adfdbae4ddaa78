package dev.paperboy.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * What the bot answers, before it becomes a Discord message. Every message built from it
 * pings nobody: allowed mentions are empty whatever the text contains.
 */
public record Reply(String content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral) {

    public Reply {
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
    }

    public static Reply error(String text) {
        return new Reply(text, List.of(), List.of(), true);
    }

    public static Reply of(List<MessageEmbed> embeds) {
        return new Reply(null, embeds, List.of(), false);
    }

    public MessageCreateData toCreateData() {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setEmbeds(embeds);
        if (content != null) {
            b.setContent(content);
        }
        if (!buttons.isEmpty()) {
            b.setComponents(ActionRow.of(buttons));
        }
        return b.build();
    }

    /** The same reply replacing a message in place (a page turn): content, embeds and buttons all replaced. */
    public MessageEditData toEditData() {
        return new MessageEditBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setContent(content == null ? "" : content)
                .setEmbeds(embeds)
                .setComponents(buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons)))
                .build();
    }
}
