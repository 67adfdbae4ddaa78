package dev.paperboy.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 *
 * @param content the text above the embeds, if any
 */
public record Reply(Optional<String> content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral) {

    public Reply {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
    }

    /** Something the user asked for that cannot be done, and what to do instead: only they see it. */
    public static Reply error(String text) {
        return notice(text);
    }

    /** A confirmation or a status meant for the one who asked: only they see it. */
    public static Reply notice(String text) {
        return new Reply(Optional.of(text), List.of(), List.of(), true);
    }

    /** Embeds for everyone in the channel. */
    public static Reply of(List<MessageEmbed> embeds) {
        return new Reply(Optional.empty(), embeds, List.of(), false);
    }

    /** The same reply, seen only by the one who asked. */
    public Reply asEphemeral() {
        return new Reply(content, embeds, buttons, true);
    }

    public MessageCreateData toCreateData() {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setEmbeds(embeds);
        content.ifPresent(b::setContent);
        if (!buttons.isEmpty()) {
            b.setComponents(ActionRow.of(buttons));
        }
        return b.build();
    }

    /** The same reply replacing a message in place (a page turn): content, embeds and buttons all replaced. */
    public MessageEditData toEditData() {
        return new MessageEditBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setContent(content.orElse(""))
                .setEmbeds(embeds)
                .setComponents(buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons)))
                .build();
    }
}
