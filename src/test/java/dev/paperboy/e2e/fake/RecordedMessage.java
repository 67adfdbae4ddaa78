package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a message as Discord would show it: the full message object the fake answered
 * (id, channel_id, author, content, embeds with type "rich", components, flags...). Immutable;
 * ask the fake or the {@link Interaction} again for the newest state after an edit.
 */
public final class RecordedMessage {
    /** Message flag: only the invoking user sees it. */
    public static final int EPHEMERAL = 1 << 6;
    /** Message flag: "Bot is thinking..." placeholder of a deferred reply. */
    public static final int LOADING = 1 << 7;

    private final ObjectNode json;

    RecordedMessage(ObjectNode json) {
        this.json = json.deepCopy();
    }

    public String id() {
        return json.path("id").asText();
    }

    public String channelId() {
        return json.path("channel_id").asText();
    }

    public String authorId() {
        return json.path("author").path("id").asText();
    }

    public String content() {
        return json.path("content").asText("");
    }

    public int flags() {
        return json.path("flags").asInt(0);
    }

    public boolean isEphemeral() {
        return (flags() & EPHEMERAL) != 0;
    }

    /** True for the placeholder of a deferred reply that was not edited yet. */
    public boolean isLoading() {
        return (flags() & LOADING) != 0;
    }

    public boolean isEdited() {
        return !json.path("edited_timestamp").isNull() && json.has("edited_timestamp");
    }

    public List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        json.path("embeds").forEach(e -> embeds.add(e.deepCopy()));
        return embeds;
    }

    /** The top-level components (action rows, or components v2 containers). */
    public List<JsonNode> components() {
        List<JsonNode> components = new ArrayList<>();
        json.path("components").forEach(c -> components.add(c.deepCopy()));
        return components;
    }

    /** Every button (component type 2) anywhere in the component tree, in order. */
    public List<JsonNode> buttons() {
        List<JsonNode> buttons = new ArrayList<>();
        collect(json.path("components"), 2, buttons);
        return buttons;
    }

    /** custom_id of every interactive component (buttons, selects), in order. */
    public List<String> customIds() {
        List<JsonNode> all = new ArrayList<>();
        collect(json.path("components"), -1, all);
        List<String> ids = new ArrayList<>();
        for (JsonNode c : all) {
            if (c.hasNonNull("custom_id")) {
                ids.add(c.get("custom_id").asText());
            }
        }
        return ids;
    }

    /** The component with this custom_id, if the message has it. */
    public Optional<JsonNode> component(String customId) {
        List<JsonNode> all = new ArrayList<>();
        collect(json.path("components"), -1, all);
        return all.stream()
                .filter(c -> customId.equals(Json.text(c, "custom_id")))
                .findFirst();
    }

    private static void collect(JsonNode nodes, int type, List<JsonNode> out) {
        if (nodes == null || !nodes.isArray()) {
            return;
        }
        for (JsonNode node : nodes) {
            if (type < 0 || node.path("type").asInt() == type) {
                out.add(node.deepCopy());
            }
            collect(node.path("components"), type, out);
            if (node.has("accessory")) {
                JsonNode accessory = node.get("accessory");
                if (type < 0 || accessory.path("type").asInt() == type) {
                    out.add(accessory.deepCopy());
                }
            }
        }
    }

    /** The whole message object. */
    public JsonNode json() {
        return json.deepCopy();
    }

    ObjectNode raw() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "RecordedMessage" + Json.write(json);
    }
}
