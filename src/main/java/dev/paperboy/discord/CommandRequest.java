package dev.paperboy.discord;

import java.util.Map;

/**
 * A command as the commands see it, without JDA's event: the same object comes from a slash
 * interaction, from a page button, or from the {@code preview} command line.
 *
 * @param command    the command's name ({@code paper})
 * @param subcommand the subcommand's name, or null
 * @param options    option name -> value as text
 * @param messages   the interface language of the user
 * @param userId     who asked (owns the pages)
 */
public record CommandRequest(String command, String subcommand, Map<String, String> options, Messages messages,
                             long userId) {

    public CommandRequest {
        options = Map.copyOf(options);
    }

    public String option(String name) {
        String v = options.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
