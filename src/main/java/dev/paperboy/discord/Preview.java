package dev.paperboy.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code preview "/paper nlp 2018"}: the reply a command would give, as text, with no Discord.
 * The words are matched to options the way a person means them: a section or area by its
 * name, a year by being a number, the rest as the query; {@code name:value} says it exactly.
 * From the request on, the path is the bot's own.
 */
public final class Preview {

    private final CommandRegistry commands;
    private final Path files;

    public Preview(CommandRegistry commands) {
        this(commands, null);
    }

    /** @param files where files a reply attaches (the progress picture) are written; null: not written */
    public Preview(CommandRegistry commands, Path files) {
        this.commands = commands;
        this.files = files;
    }

    /**
     * The reply as text.
     *
     * @throws IllegalArgumentException when the line is not a command this bot knows, with the reason
     */
    public String render(String line, String locale, int page, long userId) {
        Messages m = Messages.of(locale);
        String trimmed = line.strip();
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("A command starts with '/', e.g. \"/resource courses\" or \"/paper nlp 2018\".");
        }
        List<String> words = new ArrayList<>(Arrays.asList(trimmed.substring(1).split("\\s+")));
        String name = words.remove(0);
        BotCommand command = commands.router().command(name);
        if (command == null) {
            throw new IllegalArgumentException("Unknown command /" + name + ". Commands: " + String.join(", ",
                    commands.router().definitions().stream().map(d -> "/" + d.getName()).toList()));
        }
        SlashCommandData definition = command.definition();
        String subcommand = null;
        List<OptionData> options = definition.getOptions();
        if (!definition.getSubcommands().isEmpty()) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("/" + name + " needs a subcommand: " + String.join(", ",
                        definition.getSubcommands().stream().map(s -> s.getName()).toList()));
            }
            subcommand = words.remove(0);
            String sub = subcommand;
            var data = definition.getSubcommands().stream().filter(s -> s.getName().equals(sub)).findFirst();
            if (data.isEmpty()) {
                throw new IllegalArgumentException("/" + name + " has no subcommand " + sub);
            }
            options = data.get().getOptions();
        }
        Map<String, String> values = assign(words, options);
        CommandRequest request = new CommandRequest(name, subcommand, values, m, userId);
        Reply reply = command.answer(request, page);
        StringBuilder out = new StringBuilder("> ").append(trimmed).append(values.isEmpty() ? "" : "   " + values)
                .append('\n').append(text(reply));
        for (Reply.Attachment f : reply.files()) {
            if (files != null) {
                Path written = files.resolve(f.name());
                try {
                    Files.write(written, f.bytes());
                    out.append("written to ").append(written.toAbsolutePath()).append('\n');
                } catch (IOException e) {
                    out.append("could not write ").append(written).append(": ").append(e.getMessage()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> assign(List<String> words, List<OptionData> options) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            int colon = word.indexOf(':');
            String key = colon > 0 ? word.substring(0, colon) : null;
            if (key != null && options.stream().anyMatch(o -> o.getName().equals(key))) {
                values.put(key, word.substring(colon + 1));
                continue;
            }
            OptionData fits = options.stream()
                    .filter(o -> !values.containsKey(o.getName()))
                    .filter(o -> accepts(o, word))
                    .findFirst().orElse(null);
            if (fits != null) {
                values.put(fits.getName(), word);
            } else {
                rest.add(word);
            }
        }
        if (!rest.isEmpty()) {
            OptionData free = options.stream()
                    .filter(o -> o.getType() == OptionType.STRING && o.getChoices().isEmpty())
                    .filter(o -> !values.containsKey(o.getName()))
                    .findFirst().orElse(null);
            String text = String.join(" ", rest);
            values.put(free != null ? free.getName() : options.isEmpty() ? "?" : options.get(0).getName(), text);
        }
        return values;
    }

    private static boolean accepts(OptionData o, String word) {
        if (!o.getChoices().isEmpty()) {
            return o.getChoices().stream().map(Command.Choice::getAsString).anyMatch(word::equals);
        }
        if (o.getType() == OptionType.INTEGER) {
            return word.matches("-?\\d+");
        }
        return false;
    }

    static String text(Reply reply) {
        StringBuilder s = new StringBuilder();
        s.append(reply.ephemeral() ? "(only you can see this)\n" : "");
        reply.content().ifPresent(c -> s.append(c).append('\n'));
        int n = 0;
        for (MessageEmbed e : reply.embeds()) {
            s.append("\n┌── embed ").append(++n).append('/').append(reply.embeds().size())
                    .append(" (").append(e.getLength()).append(" characters)\n");
            if (e.getAuthor() != null) {
                line(s, "", e.getAuthor().getName());
            }
            if (e.getTitle() != null) {
                line(s, "", "**" + e.getTitle() + "**" + (e.getUrl() == null ? "" : "  <" + e.getUrl() + ">"));
            }
            if (e.getDescription() != null) {
                for (String l : e.getDescription().split("\n")) {
                    line(s, "", l);
                }
            }
            for (MessageEmbed.Field f : e.getFields()) {
                line(s, "", "[" + f.getName() + "]" + (f.isInline() ? " " + f.getValue() : ""));
                if (!f.isInline()) {
                    for (String l : f.getValue().split("\n")) {
                        line(s, "  ", l);
                    }
                }
            }
            if (e.getImage() != null) {
                line(s, "image: ", e.getImage().getUrl());
            }
            if (e.getFooter() != null) {
                line(s, "— ", e.getFooter().getText());
            }
            s.append("└──\n");
        }
        List<List<Button>> rows = new ArrayList<>(reply.markRows());
        if (!reply.buttons().isEmpty()) {
            rows.add(reply.buttons());
        }
        if (!rows.isEmpty()) {
            s.append('\n');
        }
        for (List<Button> row : rows) {
            for (Button b : row) {
                s.append("[ ").append(b.getLabel()).append(b.isDisabled() ? " (disabled)" : "").append(" ]  ");
            }
            s.append('\n');
            for (Button b : row) {
                if (!b.isDisabled()) {
                    s.append("  ").append(b.getLabel()).append(" -> ").append(b.getCustomId()).append('\n');
                }
            }
        }
        for (Reply.Attachment f : reply.files()) {
            s.append("\nattached: ").append(f.name()).append(" (").append(f.bytes().length).append(" bytes)")
                    .append(f.description() == null ? "" : ", described as: " + f.description()).append('\n');
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String prefix, String text) {
        s.append("│ ").append(prefix).append(text).append('\n');
    }
}
