package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented Discord limits a real server enforces with {@code 400 {"code":50035,"message":"Invalid
 * Form Body"}}. The fake checks them so a bot that overflows an embed fails here as it would live.
 */
final class DiscordLimits {
    /** One violation: a dotted path into the body ("embeds.0.title"), a Discord error code, a message. */
    record Problem(String path, String code, String message) {}

    private static final Pattern COMMAND_NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

    private DiscordLimits() {}

    /** Message create/edit payload; {@code creating} also refuses an empty message. */
    static List<Problem> message(JsonNode data, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (data == null || !data.isObject()) {
            if (creating) {
                problems.add(new Problem("", "50006", "Cannot send an empty message"));
            }
            return problems;
        }
        String content = Json.text(data, "content");
        if (content != null && content.codePointCount(0, content.length()) > 2000) {
            problems.add(new Problem("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
        }
        String nonce = Json.text(data, "nonce");
        if (nonce != null && nonce.length() > 25) { // Create Message: nonce "up to 25 characters"
            problems.add(new Problem("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
        }
        JsonNode embeds = data.path("embeds");
        if (embeds.isArray()) {
            if (embeds.size() > 10) {
                problems.add(new Problem("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."));
            }
            int total = 0;
            for (int i = 0; i < embeds.size(); i++) {
                total += embed(embeds.get(i), "embeds." + i, problems);
            }
            if (total > 6000) {
                problems.add(new Problem("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"));
            }
        }
        boolean componentsV2 = (data.path("flags").asInt(0) & (1 << 15)) != 0;
        components(data.path("components"), componentsV2, problems);
        if (creating && problems.isEmpty() && isEmpty(data)) {
            problems.add(new Problem("", "50006", "Cannot send an empty message"));
        }
        return problems;
    }

    private static boolean isEmpty(JsonNode data) {
        boolean hasContent = !data.path("content").asText("").isEmpty();
        boolean hasEmbeds = data.path("embeds").isArray() && data.path("embeds").size() > 0;
        boolean hasComponents = data.path("components").isArray() && data.path("components").size() > 0;
        boolean hasAttachments = data.path("attachments").isArray() && data.path("attachments").size() > 0;
        boolean hasStickers = data.path("sticker_ids").isArray() && data.path("sticker_ids").size() > 0;
        return !(hasContent || hasEmbeds || hasComponents || hasAttachments || hasStickers || data.has("poll"));
    }

    private static int embed(JsonNode embed, String path, List<Problem> problems) {
        int total = 0;
        total += max(embed, "title", 256, path, problems);
        total += max(embed, "description", 4096, path, problems);
        total += max(embed.path("author"), "name", 256, path + ".author", problems);
        total += max(embed.path("footer"), "text", 2048, path + ".footer", problems);
        JsonNode fields = embed.path("fields");
        if (fields.isArray()) {
            if (fields.size() > 25) {
                problems.add(new Problem(path + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
            }
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i);
                String fieldPath = path + ".fields." + i;
                total += max(field, "name", 256, fieldPath, problems);
                total += max(field, "value", 1024, fieldPath, problems);
                if (field.path("name").asText("").isEmpty()) {
                    problems.add(new Problem(fieldPath + ".name", "BASE_TYPE_REQUIRED", "This field is required"));
                }
                if (field.path("value").asText("").isEmpty()) {
                    problems.add(new Problem(fieldPath + ".value", "BASE_TYPE_REQUIRED", "This field is required"));
                }
            }
        }
        String url = Json.text(embed, "url");
        if (url != null && !url.matches("(?i)^https?://.+")) {
            problems.add(new Problem(path + ".url", "URL_TYPE_INVALID_URL", "Not a well formed URL."));
        }
        return total;
    }

    private static int max(JsonNode node, String field, int max, String path, List<Problem> problems) {
        String value = Json.text(node, field);
        if (value == null) {
            return 0;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(new Problem(path + "." + field, "BASE_TYPE_MAX_LENGTH",
                    "Must be " + max + " or fewer in length."));
        }
        return length;
    }

    private static void components(JsonNode components, boolean v2, List<Problem> problems) {
        if (!components.isArray()) {
            return;
        }
        if (!v2 && components.size() > 5) {
            problems.add(new Problem("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."));
        }
        Set<String> customIds = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode top = components.get(i);
            String path = "components." + i;
            if (!v2 && top.path("type").asInt() != 1) {
                problems.add(new Problem(path + ".type", "UNION_TYPE_CHOICES",
                        "Top-level components must be action rows (type 1) without the components v2 flag"));
            }
            if (top.path("type").asInt() == 1 && top.path("components").size() > 5) {
                problems.add(new Problem(path + ".components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."));
            }
            walk(top, path, customIds, problems);
        }
    }

    private static void walk(JsonNode component, String path, Set<String> customIds, List<Problem> problems) {
        String customId = Json.text(component, "custom_id");
        if (customId != null) {
            if (customId.isEmpty() || customId.length() > 100) {
                problems.add(new Problem(path + ".custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
            }
            if (!customIds.add(customId)) {
                problems.add(new Problem(path + ".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED",
                        "Component custom id cannot be duplicated"));
            }
        }
        if (component.path("type").asInt() == 2) {
            int style = component.path("style").asInt();
            String label = Json.text(component, "label");
            if (label != null && label.length() > 80) {
                problems.add(new Problem(path + ".label", "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length."));
            }
            if (style == 5 && (customId != null || Json.text(component, "url") == null)) {
                problems.add(new Problem(path, "BUTTON_COMPONENT_INVALID", "Link buttons need a url and no custom_id"));
            }
            if (style >= 1 && style <= 4 && customId == null) {
                problems.add(new Problem(path + ".custom_id", "BASE_TYPE_REQUIRED", "This field is required"));
            }
        }
        JsonNode children = component.path("components");
        for (int i = 0; i < children.size(); i++) {
            walk(children.get(i), path + ".components." + i, customIds, problems);
        }
        if (component.has("accessory")) {
            walk(component.get("accessory"), path + ".accessory", customIds, problems);
        }
    }

    /** Autocomplete result (callback type 8). */
    static List<Problem> autocomplete(JsonNode data) {
        List<Problem> problems = new ArrayList<>();
        JsonNode choices = data == null ? null : data.get("choices");
        if (choices == null || !choices.isArray()) {
            problems.add(new Problem("choices", "BASE_TYPE_REQUIRED", "This field is required"));
            return problems;
        }
        if (choices.size() > 25) {
            problems.add(new Problem("choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
        }
        for (int i = 0; i < choices.size(); i++) {
            choice(choices.get(i), "choices." + i, problems);
        }
        return problems;
    }

    private static void choice(JsonNode choice, String path, List<Problem> problems) {
        String name = Json.text(choice, "name");
        if (name == null || name.isEmpty() || name.length() > 100) {
            problems.add(new Problem(path + ".name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        }
        JsonNode value = choice.get("value");
        if (value == null || value.isNull()) {
            problems.add(new Problem(path + ".value", "BASE_TYPE_REQUIRED", "This field is required"));
        } else if (value.isTextual() && value.asText().length() > 100) {
            problems.add(new Problem(path + ".value", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."));
        }
    }

    /** A bulk overwrite of application commands. */
    static List<Problem> commands(JsonNode commands) {
        List<Problem> problems = new ArrayList<>();
        if (commands == null || !commands.isArray()) {
            problems.add(new Problem("", "BASE_TYPE_ARRAY", "Must be an array."));
            return problems;
        }
        if (commands.size() > 100) {
            problems.add(new Problem("", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            JsonNode command = commands.get(i);
            problems.addAll(command(command, Integer.toString(i)));
            String key = command.path("type").asInt(1) + ":" + Json.text(command, "name");
            if (!names.add(key)) {
                problems.add(new Problem(i + ".name", "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        "Application command names must be unique"));
            }
        }
        return problems;
    }

    static List<Problem> command(JsonNode command, String path) {
        List<Problem> problems = new ArrayList<>();
        boolean slash = command.path("type").asInt(1) == 1;
        String prefix = path.isEmpty() ? "" : path + ".";
        name(command, prefix, slash, problems);
        if (slash) {
            description(command, prefix, problems);
            options(command.path("options"), prefix + "options", problems, 0);
        }
        return problems;
    }

    private static void name(JsonNode node, String prefix, boolean slash, List<Problem> problems) {
        String name = Json.text(node, "name");
        if (name == null || (slash ? !COMMAND_NAME.matcher(name).matches() : name.isEmpty() || name.length() > 32)) {
            problems.add(new Problem(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"));
        } else if (slash && !name.equals(name.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name must be lower case"));
        }
        JsonNode localized = node.path("name_localizations");
        localized.properties().forEach(e -> {
            String value = e.getValue().asText("");
            if (slash && (!COMMAND_NAME.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT)))) {
                problems.add(new Problem(prefix + "name_localizations." + e.getKey(), "APPLICATION_COMMAND_INVALID_NAME",
                        "Command name is invalid"));
            }
        });
    }

    private static void description(JsonNode node, String prefix, List<Problem> problems) {
        String description = Json.text(node, "description");
        if (description == null || description.isEmpty() || description.length() > 100) {
            problems.add(new Problem(prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        }
        node.path("description_localizations").properties().forEach(e -> {
            String value = e.getValue().asText("");
            if (value.isEmpty() || value.length() > 100) {
                problems.add(new Problem(prefix + "description_localizations." + e.getKey(), "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and 100 in length."));
            }
        });
    }

    private static void options(JsonNode options, String path, List<Problem> problems, int depth) {
        if (!options.isArray()) {
            return;
        }
        if (options.size() > 25) {
            problems.add(new Problem(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
        }
        boolean sawOptional = false;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            JsonNode option = options.get(i);
            String prefix = path + "." + i + ".";
            int type = option.path("type").asInt();
            name(option, prefix, true, problems);
            description(option, prefix, problems);
            if (!names.add(Json.text(option, "name"))) {
                problems.add(new Problem(prefix + "name", "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
                        "Option names must be unique"));
            }
            if (type == 1 || type == 2) {
                options(option.path("options"), prefix + "options", problems, depth + 1);
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && sawOptional) {
                problems.add(new Problem(prefix + "required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options"));
            }
            sawOptional |= !required;
            JsonNode choices = option.path("choices");
            if (choices.isArray()) {
                if (choices.size() > 25) {
                    problems.add(new Problem(prefix + "choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
                }
                if (choices.size() > 0 && option.path("autocomplete").asBoolean(false)) {
                    problems.add(new Problem(prefix + "autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                            "Autocomplete cannot be set with choices"));
                }
                for (int c = 0; c < choices.size(); c++) {
                    choice(choices.get(c), prefix + "choices." + c, problems);
                }
            }
        }
    }

    /** Discord's error body: errors nested by path, each leaf with an {@code _errors} array. */
    static ObjectNode errorBody(List<Problem> problems) {
        for (Problem p : problems) {
            if ("50006".equals(p.code())) {
                return Json.object().put("code", 50006).put("message", "Cannot send an empty message");
            }
        }
        ObjectNode body = Json.object().put("code", 50035).put("message", "Invalid Form Body");
        ObjectNode errors = body.putObject("errors");
        for (Problem p : problems) {
            ObjectNode node = errors;
            if (!p.path().isEmpty()) {
                for (String part : p.path().split("\\.")) {
                    node = node.has(part) ? (ObjectNode) node.get(part) : node.putObject(part);
                }
            }
            (node.has("_errors") ? (com.fasterxml.jackson.databind.node.ArrayNode) node.get("_errors")
                    : node.putArray("_errors"))
                    .addObject().put("code", p.code()).put("message", p.message());
        }
        return body;
    }
}
