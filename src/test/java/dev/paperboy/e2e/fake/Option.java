package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An option a user fills in when invoking a slash command, as sent in
 * {@code INTERACTION_CREATE.data.options}. Types: 1 subcommand, 2 subcommand group, 3 string,
 * 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number.
 */
public record Option(String name, int type, Object value, List<Option> options, boolean focused) {
    public static final int SUB_COMMAND = 1;
    public static final int SUB_COMMAND_GROUP = 2;
    public static final int STRING = 3;
    public static final int INTEGER = 4;
    public static final int BOOLEAN = 5;
    public static final int USER = 6;
    public static final int CHANNEL = 7;
    public static final int ROLE = 8;
    public static final int NUMBER = 10;

    public Option {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Option string(String name, String value) {
        return new Option(name, STRING, value, List.of(), false);
    }

    public static Option integer(String name, long value) {
        return new Option(name, INTEGER, value, List.of(), false);
    }

    public static Option number(String name, double value) {
        return new Option(name, NUMBER, value, List.of(), false);
    }

    public static Option bool(String name, boolean value) {
        return new Option(name, BOOLEAN, value, List.of(), false);
    }

    /** A channel option; the fake adds the channel to {@code data.resolved.channels}, as Discord does. */
    public static Option channel(String name, String channelId) {
        return new Option(name, CHANNEL, channelId, List.of(), false);
    }

    /** A user option; the fake adds {@code resolved.users} and {@code resolved.members}. */
    public static Option user(String name, String userId) {
        return new Option(name, USER, userId, List.of(), false);
    }

    public static Option role(String name, String roleId) {
        return new Option(name, ROLE, roleId, List.of(), false);
    }

    public static Option subcommand(String name, Option... options) {
        return new Option(name, SUB_COMMAND, null, List.of(options), false);
    }

    public static Option group(String name, Option... subcommands) {
        return new Option(name, SUB_COMMAND_GROUP, null, List.of(subcommands), false);
    }

    /** The same option marked as the one being typed (autocomplete). */
    public Option asFocused() {
        return new Option(name, type, value, options, true);
    }

    boolean isSubcommandLike() {
        return type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object().put("name", name).put("type", type);
        if (isSubcommandLike()) {
            json.set("options", Json.MAPPER.valueToTree(options.stream().map(Option::toJson).toList()));
            return json;
        }
        if (focused) {
            // while typing, Discord sends the raw text whatever the option's type
            json.put("value", String.valueOf(value));
            json.put("focused", true);
            return json;
        }
        switch (type) {
            case INTEGER -> json.put("value", ((Number) value).longValue());
            case NUMBER -> json.put("value", ((Number) value).doubleValue());
            case BOOLEAN -> json.put("value", (Boolean) value);
            default -> json.put("value", String.valueOf(value));
        }
        return json;
    }
}
