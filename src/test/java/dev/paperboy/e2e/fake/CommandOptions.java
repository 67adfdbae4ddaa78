package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Discord's client does with a user's command options before an interaction is sent: checks
 * them against the registered schema, puts the focused option of an autocomplete where it belongs,
 * and fills {@code data.resolved} (JDA looks channel, user and role options up there).
 */
final class CommandOptions {
    private CommandOptions() {}

    static List<Option> insertFocused(List<Option> options, JsonNode schema, String name, String typed) {
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (o.isSubcommandLike()) {
                JsonNode sub = schemaOption(schema, o.name());
                List<Option> inner = insertFocused(o.options(), sub == null ? null : sub.path("options"), name, typed);
                List<Option> copy = new ArrayList<>(options);
                copy.set(i, new Option(o.name(), o.type(), null, inner, false));
                return copy;
            }
        }
        JsonNode focusedSchema = schemaOption(schema, name);
        int type = focusedSchema == null ? Option.STRING : focusedSchema.path("type").asInt(Option.STRING);
        List<Option> copy = new ArrayList<>(options);
        copy.add(new Option(name, type, typed, List.of(), true));
        return copy;
    }

    private static JsonNode schemaOption(JsonNode schema, String name) {
        if (schema == null || !schema.isArray()) {
            return null;
        }
        for (JsonNode o : schema) {
            if (name.equals(o.path("name").asText())) {
                return o;
            }
        }
        return null;
    }

    static void validate(JsonNode schema, List<Option> given, boolean autocomplete, String where) {
        List<String> known = new ArrayList<>();
        schema.forEach(o -> known.add(o.path("name").asText()));
        boolean schemaHasSubcommands = false;
        for (JsonNode o : schema) {
            int t = o.path("type").asInt();
            schemaHasSubcommands |= t == Option.SUB_COMMAND || t == Option.SUB_COMMAND_GROUP;
        }
        if (schemaHasSubcommands && (given.size() != 1 || !given.get(0).isSubcommandLike())) {
            throw new IllegalArgumentException(where + " needs exactly one subcommand of " + known + ", got " + given);
        }
        for (Option o : given) {
            JsonNode s = schemaOption(schema, o.name());
            if (s == null) {
                throw new IllegalArgumentException(where + " has no option '" + o.name() + "'; registered: " + known);
            }
            int type = s.path("type").asInt();
            if (type != o.type()) {
                throw new IllegalArgumentException(where + " option '" + o.name() + "' is registered with type " + type
                        + ", the test sent type " + o.type());
            }
            if (o.isSubcommandLike()) {
                validate(s.path("options"), o.options(), autocomplete, where + " " + o.name());
                continue;
            }
            if (o.focused()) {
                continue;
            }
            JsonNode choices = s.path("choices");
            if (!autocomplete && choices.isArray() && choices.size() > 0) {
                boolean allowed = false;
                for (JsonNode c : choices) {
                    allowed |= c.path("value").asText().equals(String.valueOf(o.value()));
                }
                if (!allowed) {
                    throw new IllegalArgumentException(where + " option '" + o.name() + "' must be one of its choices "
                            + choices + ", got " + o.value());
                }
            }
            if (o.value() instanceof Number n) {
                if (s.has("min_value") && n.doubleValue() < s.get("min_value").asDouble()) {
                    throw new IllegalArgumentException(where + " option '" + o.name() + "' is below min_value");
                }
                if (s.has("max_value") && n.doubleValue() > s.get("max_value").asDouble()) {
                    throw new IllegalArgumentException(where + " option '" + o.name() + "' is above max_value");
                }
            }
            if (o.value() instanceof String str && type == Option.STRING) {
                if (s.has("min_length") && str.length() < s.get("min_length").asInt()) {
                    throw new IllegalArgumentException(where + " option '" + o.name() + "' is shorter than min_length");
                }
                if (s.has("max_length") && str.length() > s.get("max_length").asInt()) {
                    throw new IllegalArgumentException(where + " option '" + o.name() + "' is longer than max_length");
                }
            }
        }
        if (!autocomplete) {
            for (JsonNode s : schema) {
                String name = s.path("name").asText();
                if (s.path("required").asBoolean(false) && given.stream().noneMatch(o -> o.name().equals(name))) {
                    throw new IllegalArgumentException(where + " requires option '" + name + "'");
                }
            }
        }
    }

    /** {@code data.resolved}: JDA looks channel, user and role options up here (OptionMapping#getAsChannel...). */
    static ObjectNode resolved(World world, String userId, String channelId, List<Option> options) {
        ObjectNode resolved = Json.object();
        for (Option o : flatten(options)) {
            String id = String.valueOf(o.value());
            switch (o.type()) {
                case Option.CHANNEL -> {
                    World.Channel ch = world.channels.get(id);
                    ObjectNode json = ch != null
                            ? world.channelJson(ch, true)
                            : Json.object().put("id", id).put("type", 0).put("name", "deleted-channel")
                                    .put("guild_id", FakeDiscord.GUILD_ID);
                    json.put("permissions", Long.toString(world.channelPermissions(userId, id)));
                    resolvedBucket(resolved, "channels").set(id, json);
                }
                case Option.USER -> {
                    resolvedBucket(resolved, "users").set(id, world.userJson(id));
                    if (world.isMember(id)) {
                        ObjectNode member = world.memberJson(id, false);
                        member.put("permissions", Long.toString(world.channelPermissions(id, channelId)));
                        resolvedBucket(resolved, "members").set(id, member);
                    }
                }
                case Option.ROLE -> {
                    World.Role role = world.roles.get(id);
                    if (role != null) {
                        resolvedBucket(resolved, "roles").set(id, world.roleJson(role));
                    }
                }
                default -> {}
            }
        }
        return resolved;
    }

    private static ObjectNode resolvedBucket(ObjectNode resolved, String name) {
        return resolved.has(name) ? (ObjectNode) resolved.get(name) : resolved.putObject(name);
    }

    private static List<Option> flatten(List<Option> options) {
        List<Option> out = new ArrayList<>();
        for (Option o : options) {
            if (o.isSubcommandLike()) {
                out.addAll(flatten(o.options()));
            } else if (!o.focused()) {
                out.add(o);
            }
        }
        return out;
    }
}
