package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * Every message the fake knows, as Discord's message objects: channel posts, interaction replies
 * and followups (ephemeral ones too), other users' messages and planted ones; plus the channel
 * {@link History} and the count of messages created by {@code POST channels/{id}/messages}.
 * Guarded by the fake's lock.
 */
final class Messages {
    private static final int KEPT_FLAGS = RecordedMessage.EPHEMERAL | RecordedMessage.LOADING | 4 /* suppress embeds */
            | 4096 /* suppress notifications */ | 32768 /* components v2 */;

    private final World world;
    private final Supplier<String> attachmentBase;
    private final Map<String, ObjectNode> byId = new HashMap<>();
    private final History history = new History();
    private final Map<String, List<String>> posts = new HashMap<>();
    private int postTotal;

    /** {@code attachmentBase}: {@code http://127.0.0.1:PORT}, for attachment URLs. */
    Messages(World world, Supplier<String> attachmentBase) {
        this.world = world;
        this.attachmentBase = attachmentBase;
    }

    History history() {
        return history;
    }

    /** A message by the bot user with a fresh id; a copy of what is stored. */
    ObjectNode create(String channelId, JsonNode data, int type, Interaction interaction) {
        return create(channelId, FakeDiscord.BOT_USER_ID, Snowflakes.next(), data, type, interaction);
    }

    /** A message by {@code authorId} with the given id (its snowflake says when it was sent). */
    ObjectNode create(String channelId, String authorId, String id, JsonNode data, int type, Interaction interaction) {
        JsonNode d = data == null ? Json.object() : data;
        ObjectNode m = Json.object().put("id", id).put("type", type).put("channel_id", channelId);
        m.set("author", world.userJson(authorId));
        m.put("content", d.path("content").asText(""));
        m.putArray("mentions");
        mentionRoles(m.putArray("mention_roles"), d);
        m.set("attachments", attachments(d.path("attachments"), Json.array()));
        m.set("embeds", richEmbeds(d.path("embeds")));
        m.set("components", d.path("components").isArray() ? d.get("components").deepCopy() : Json.array());
        m.put("timestamp", OffsetDateTime.ofInstant(Snowflakes.timestamp(id), ZoneOffset.UTC).toString());
        m.putNull("edited_timestamp");
        m.put("pinned", false);
        m.put("tts", d.path("tts").asBoolean(false));
        m.put("mention_everyone", false);
        m.put("flags", d.path("flags").asInt(0) & KEPT_FLAGS);
        if (d.has("nonce")) {
            m.set("nonce", d.get("nonce").deepCopy());
        }
        if (d.has("message_reference")) {
            m.set("message_reference", d.get("message_reference").deepCopy());
        }
        if (interaction != null) {
            interactionFields(m, interaction);
        }
        byId.put(id, m);
        history.add(m);
        return m.deepCopy();
    }

    /**
     * The roles the message pings: those its content mentions ({@code <@&id>}) that its
     * {@code allowed_mentions} lets through (all of them without {@code allowed_mentions}, as Discord).
     */
    private static void mentionRoles(ArrayNode out, JsonNode d) {
        java.util.regex.Matcher roles = java.util.regex.Pattern.compile("<@&(\\d+)>").matcher(d.path("content").asText(""));
        JsonNode allowed = d.path("allowed_mentions");
        while (roles.find()) {
            String id = roles.group(1);
            boolean parsed = allowed.isMissingNode()
                    || java.util.stream.StreamSupport.stream(allowed.path("parse").spliterator(), false)
                            .anyMatch(p -> p.asText().equals("roles"));
            boolean named = java.util.stream.StreamSupport.stream(allowed.path("roles").spliterator(), false)
                    .anyMatch(r -> r.asText().equals(id));
            if (parsed || named) {
                out.add(id);
            }
        }
    }

    /**
     * What Discord adds to a message made by an interaction response: webhook and application ids,
     * {@code interaction_metadata}, and for commands the deprecated {@code interaction} object
     * (https://discord.com/developers/docs/resources/message#message-object).
     */
    private void interactionFields(ObjectNode m, Interaction interaction) {
        m.put("webhook_id", FakeDiscord.APPLICATION_ID).put("application_id", FakeDiscord.APPLICATION_ID);
        ObjectNode meta = m.putObject("interaction_metadata")
                .put("id", interaction.id())
                .put("type", interaction.type());
        meta.set("user", world.userJson(interaction.userId()));
        meta.putObject("authorizing_integration_owners").put("0", interaction.guildId());
        if (interaction.type() == Interaction.APPLICATION_COMMAND) {
            meta.put("name", interaction.name());
            ObjectNode old = m.putObject("interaction")
                    .put("id", interaction.id())
                    .put("type", interaction.type())
                    .put("name", interaction.name());
            old.set("user", world.userJson(interaction.userId()));
            old.set("member", world.memberJson(interaction.userId(), false));
        } else if (interaction.originalMessageId != null) {
            meta.put("interacted_message_id", interaction.originalMessageId);
        }
    }

    /** A message stamped {@code at} (a snowflake made from that time), for planted history. */
    ObjectNode createAt(String channelId, String authorId, Instant at, JsonNode data) {
        String id;
        int tries = 0;
        do {
            id = Snowflakes.at(at);
            if (++tries > 1000) {
                throw new IllegalStateException("no free snowflake at " + at);
            }
        } while (byId.containsKey(id));
        return create(channelId, authorId, id, data, 0, null);
    }

    ObjectNode edit(String messageId, JsonNode data) {
        ObjectNode m = messageId == null ? null : byId.get(messageId);
        if (m == null) {
            return null;
        }
        JsonNode d = data == null ? Json.object() : data;
        int oldFlags = m.path("flags").asInt(0);
        if (d.has("content")) {
            m.put("content", d.path("content").asText(""));
        }
        if (d.has("embeds")) {
            m.set("embeds", richEmbeds(d.get("embeds")));
        }
        if (d.has("components")) {
            m.set("components", d.get("components").isArray() ? d.get("components").deepCopy() : Json.array());
        }
        if (d.has("attachments")) {
            m.set("attachments", attachments(d.get("attachments"), (ArrayNode) m.get("attachments")));
        }
        int flags = d.has("flags")
                ? (oldFlags & RecordedMessage.EPHEMERAL) | (d.path("flags").asInt(0) & (4 | 4096 | 32768))
                : oldFlags & ~RecordedMessage.LOADING;
        m.put("flags", flags);
        if ((oldFlags & RecordedMessage.LOADING) == 0) {
            m.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        }
        return m.deepCopy();
    }

    void delete(String messageId) {
        ObjectNode m = byId.remove(messageId);
        if (m != null) {
            history.remove(m);
        }
    }

    Optional<RecordedMessage> get(String messageId) {
        ObjectNode m = messageId == null ? null : byId.get(messageId);
        return m == null ? Optional.empty() : Optional.of(new RecordedMessage(m));
    }

    /** Counts a message created by {@code POST channels/{id}/messages}. */
    void countPost(String channelId, String messageId) {
        posts.computeIfAbsent(channelId, k -> new ArrayList<>()).add(messageId);
        postTotal++;
    }

    /** The bot's posts in the channel, in order, as they are now (deleted ones left out). */
    List<RecordedMessage> posts(String channelId) {
        return posts.getOrDefault(channelId, List.of()).stream().map(this::get).flatMap(Optional::stream).toList();
    }

    Map<String, Integer> postCounts() {
        Map<String, Integer> counts = new HashMap<>();
        posts.forEach((channel, ids) -> counts.put(channel, ids.size()));
        return counts;
    }

    int postTotal() {
        return postTotal;
    }

    private static ArrayNode richEmbeds(JsonNode embeds) {
        ArrayNode out = Json.array();
        if (embeds != null && embeds.isArray()) {
            for (JsonNode e : embeds) {
                ObjectNode copy = e.deepCopy();
                if (!copy.hasNonNull("type")) {
                    copy.put("type", "rich"); // JDA drops embeds that have no type
                }
                out.add(copy);
            }
        }
        return out;
    }

    private ArrayNode attachments(JsonNode requested, ArrayNode existing) {
        ArrayNode out = Json.array();
        if (requested == null || !requested.isArray()) {
            return out;
        }
        for (JsonNode a : requested) {
            String id = a.path("id").asText();
            Optional<JsonNode> kept = StreamSupport.stream(existing.spliterator(), false)
                    .filter(e -> e.path("id").asText().equals(id))
                    .findFirst();
            if (kept.isPresent()) {
                out.add(kept.get().deepCopy());
                continue;
            }
            String filename = a.path("filename").asText("file");
            String newId = Snowflakes.next();
            String url = attachmentBase.get() + "/attachments/" + newId + "/" + filename;
            out.addObject()
                    .put("id", newId)
                    .put("filename", filename)
                    .put("description", Json.text(a, "description"))
                    .put("size", 0)
                    .put("url", url)
                    .put("proxy_url", url);
        }
        return out;
    }
}
