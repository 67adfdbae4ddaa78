package dev.paperboy.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
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
public record Reply(Optional<String> content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral,
                    List<List<Button>> markRows, List<Attachment> files) {

    /** A file sent with the reply; an embed shows it as {@code attachment://<name>}. */
    public record Attachment(String name, byte[] bytes, String description) {
    }

    public Reply {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        markRows = markRows.stream().map(List::copyOf).toList();
        files = List.copyOf(files);
    }

    public Reply(Optional<String> content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral) {
        this(content, embeds, buttons, ephemeral, List.of(), List.of());
    }

    /** The same reply with rows of mark buttons (Read, Done, Save) above the page buttons. */
    public Reply withMarkRows(List<List<Button>> rows) {
        return new Reply(content, embeds, buttons, ephemeral, rows, files);
    }

    public Reply withFiles(List<Attachment> attached) {
        return new Reply(content, embeds, buttons, ephemeral, markRows, attached);
    }

    /** Every row of buttons, mark rows first, the page buttons last. */
    List<ActionRow> rows() {
        List<ActionRow> rows = new ArrayList<>();
        markRows.stream().filter(r -> !r.isEmpty()).forEach(r -> rows.add(ActionRow.of(r)));
        if (!buttons.isEmpty()) {
            rows.add(ActionRow.of(buttons));
        }
        return rows;
    }

    List<FileUpload> uploads() {
        return files.stream().map(f -> FileUpload.fromData(f.bytes(), f.name()).setDescription(f.description()))
                .toList();
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
        return new Reply(content, embeds, buttons, true, markRows, files);
    }

    public MessageCreateData toCreateData() {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setEmbeds(embeds);
        content.ifPresent(b::setContent);
        List<ActionRow> rows = rows();
        if (!rows.isEmpty()) {
            b.setComponents(rows);
        }
        if (!files.isEmpty()) {
            b.setFiles(uploads());
        }
        return b.build();
    }

    /** The same reply replacing a message in place (a page turn): content, embeds and buttons all replaced. */
    public MessageEditData toEditData() {
        return new MessageEditBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setContent(content.orElse(""))
                .setEmbeds(embeds)
                .setComponents(rows())
                .build();
    }
}
