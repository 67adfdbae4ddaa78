package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every channel's messages in id (= time) order, as {@code GET channels/{id}/messages} pages them:
 * the bot's posts, other users' messages, public interaction replies and followups (loading or
 * not). Ephemeral messages are not channel messages and never enter. Holds the store's live
 * objects, so edits show; guarded by the fake's lock.
 *
 * <p>Paging follows Discord's "Get Channel Messages"
 * (https://discord.com/developers/docs/resources/message#get-channel-messages): newest first
 * whatever the parameters (JDA's MessageHistory#retrieveFuture and MessagePaginationAction's
 * FORWARD order reverse the page themselves); {@code before}, {@code after}, {@code around} are
 * exclusive of each other; {@code limit} 1-100, default 50. {@code after} answers the
 * {@code limit} oldest messages newer than the id (JDA: "the first N messages sent after").
 * {@code around} is not specified further by Discord; the fake gives up to {@code limit / 2}
 * messages newer than the id and the rest at or before it (the id's own message included).
 */
final class History {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    /** One page request; at most one of before/after/around is set (null = not set). */
    record Query(Long before, Long after, Long around, int limit) {}

    private final Map<String, NavigableMap<Long, ObjectNode>> byChannel = new HashMap<>();

    void add(ObjectNode message) {
        if ((message.path("flags").asInt(0) & RecordedMessage.EPHEMERAL) != 0) {
            return;
        }
        byChannel.computeIfAbsent(message.path("channel_id").asText(), k -> new TreeMap<>())
                .put(key(message.path("id").asText()), message);
    }

    void remove(ObjectNode message) {
        NavigableMap<Long, ObjectNode> channel = byChannel.get(message.path("channel_id").asText());
        if (channel != null) {
            channel.remove(key(message.path("id").asText()));
        }
    }

    /** The channel's messages, oldest first (live objects: copy before handing out). */
    List<ObjectNode> all(String channelId) {
        return new ArrayList<>(byChannel.getOrDefault(channelId, new TreeMap<>()).values());
    }

    /** One page, newest first, as fresh copies. */
    ArrayNode page(String channelId, Query q) {
        NavigableMap<Long, ObjectNode> channel = byChannel.getOrDefault(channelId, new TreeMap<>());
        List<ObjectNode> newestFirst = new ArrayList<>();
        if (q.after() != null) {
            List<ObjectNode> oldestFirst = take(channel.tailMap(q.after(), false), q.limit());
            for (int i = oldestFirst.size() - 1; i >= 0; i--) {
                newestFirst.add(oldestFirst.get(i));
            }
        } else if (q.around() != null) {
            List<ObjectNode> newer = take(channel.tailMap(q.around(), false), q.limit() / 2);
            for (int i = newer.size() - 1; i >= 0; i--) {
                newestFirst.add(newer.get(i));
            }
            newestFirst.addAll(take(channel.headMap(q.around(), true).descendingMap(), q.limit() - newer.size()));
        } else if (q.before() != null) {
            newestFirst.addAll(take(channel.headMap(q.before(), false).descendingMap(), q.limit()));
        } else {
            newestFirst.addAll(take(channel.descendingMap(), q.limit()));
        }
        ArrayNode page = Json.array();
        newestFirst.forEach(m -> page.add(m.deepCopy()));
        return page;
    }

    private static List<ObjectNode> take(NavigableMap<Long, ObjectNode> in, int limit) {
        List<ObjectNode> out = new ArrayList<>(Math.min(limit, in.size()));
        for (ObjectNode m : in.values()) {
            if (out.size() >= limit) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The query string's parameters, or the problems Discord's form validation would report
     * (400 50035, added to {@code problems}, and null returned): a limit outside 1-100, a value
     * that is not a number, two of before/after/around. {@code after=0} is valid: JDA's
     * getHistoryFromBeginning sends it.
     */
    static Query parse(FakeRest.Incoming in, List<DiscordLimits.Problem> problems) {
        Long[] pivots = new Long[3];
        String[] names = {"before", "after", "around"};
        int given = 0;
        for (int i = 0; i < names.length; i++) {
            String value = in.queryParam(names[i]);
            if (value == null) {
                continue;
            }
            given++;
            try {
                pivots[i] = Long.parseUnsignedLong(value);
            } catch (NumberFormatException e) {
                problems.add(new DiscordLimits.Problem(names[i], "NUMBER_TYPE_COERCE",
                        "Value \"" + value + "\" is not snowflake."));
            }
        }
        if (given > 1) {
            // Discord's docs: "mutually exclusive, only one may be passed at a time"; the fake refuses
            problems.add(new DiscordLimits.Problem("", "MUTUALLY_EXCLUSIVE",
                    "before, after and around are mutually exclusive"));
        }
        int limit = DEFAULT_LIMIT;
        String limitParam = in.queryParam("limit");
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam);
                if (limit < 1) {
                    problems.add(new DiscordLimits.Problem("limit", "NUMBER_TYPE_MIN",
                            "int value should be greater than or equal to 1."));
                } else if (limit > MAX_LIMIT) {
                    problems.add(new DiscordLimits.Problem("limit", "NUMBER_TYPE_MAX",
                            "int value should be less than or equal to " + MAX_LIMIT + "."));
                }
            } catch (NumberFormatException e) {
                problems.add(new DiscordLimits.Problem("limit", "NUMBER_TYPE_COERCE",
                        "Value \"" + limitParam + "\" is not int."));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Query(pivots[0], pivots[1], pivots[2], limit);
    }

    private static long key(String snowflake) {
        return Long.parseUnsignedLong(snowflake);
    }
}
