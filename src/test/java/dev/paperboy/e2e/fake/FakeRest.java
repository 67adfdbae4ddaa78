package dev.paperboy.e2e.fake;

import static dev.paperboy.e2e.fake.Permissions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API under {@code /api/v10/}: routing, Discord's answers and errors, recording. */
final class FakeRest {
    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    static final String PREFIX = "/api/v10/";

    /** What the fake answers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, JsonNode body) {
            return new Reply(status, Json.write(body), Map.of());
        }

        static Reply noContent() {
            return new Reply(204, "", Map.of());
        }

        static Reply error(int status, int code, String message) {
            return json(status, Json.object().put("code", code).put("message", message));
        }

        Reply withHeaders(Map<String, String> extra) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(extra);
            return new Reply(status, body, all);
        }
    }

    /** What the fake received, before it is recorded. */
    record Incoming(String method, String route, String query, Map<String, List<String>> headers, JsonNode json) {
        String queryParam(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if ((eq < 0 ? pair : pair.substring(0, eq)).equals(name)) {
                    return eq < 0 ? "" : pair.substring(eq + 1);
                }
            }
            return null;
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private interface Handler {
        Reply handle(Incoming in, Matcher m);
    }

    private record Route(Pattern pattern, Map<String, Handler> byMethod) {}

    private static final String ID = "(\\d+)";
    private static final String TOKEN = "([^/]+)";

    private final FakeDiscord fake;
    private final World world;
    private final List<Route> routes = new ArrayList<>();

    FakeRest(FakeDiscord fake) {
        this.fake = fake;
        this.world = fake.world;
        route("gateway", "GET", (in, m) -> Reply.json(200, Json.object().put("url", fake.gatewayUrl())));
        route("gateway/bot", "GET", (in, m) -> gatewayBot());
        route("users/@me", "GET", (in, m) -> Reply.json(200, world.selfUserJson()));
        route("users/" + ID, "GET", (in, m) -> getUser(m.group(1)));
        route("applications/" + ID + "/commands", "GET", (in, m) -> listCommands(m.group(1), null));
        route("applications/" + ID + "/commands", "PUT", (in, m) -> putCommands(m.group(1), null, in.json()));
        route("applications/" + ID + "/commands", "POST", (in, m) -> upsertCommand(m.group(1), null, in.json()));
        route("applications/" + ID + "/commands/" + ID, "GET", (in, m) -> getCommand(m.group(1), null, m.group(2)));
        route("applications/" + ID + "/commands/" + ID, "DELETE",
                (in, m) -> deleteCommand(m.group(1), null, m.group(2)));
        route("applications/" + ID + "/guilds/" + ID + "/commands", "GET",
                (in, m) -> listCommands(m.group(1), m.group(2)));
        route("applications/" + ID + "/guilds/" + ID + "/commands", "PUT",
                (in, m) -> putCommands(m.group(1), m.group(2), in.json()));
        route("applications/" + ID + "/guilds/" + ID + "/commands", "POST",
                (in, m) -> upsertCommand(m.group(1), m.group(2), in.json()));
        route("applications/" + ID + "/guilds/" + ID + "/commands/" + ID, "GET",
                (in, m) -> getCommand(m.group(1), m.group(2), m.group(3)));
        route("applications/" + ID + "/guilds/" + ID + "/commands/" + ID, "DELETE",
                (in, m) -> deleteCommand(m.group(1), m.group(2), m.group(3)));
        route("interactions/" + ID + "/" + TOKEN + "/callback", "POST",
                (in, m) -> callback(m.group(1), m.group(2), in));
        route("webhooks/" + ID + "/" + TOKEN, "POST", (in, m) -> followup(m.group(1), m.group(2), in));
        String webhookMessage = "webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)";
        route(webhookMessage, "GET", (in, m) -> webhookMessage(m, in, "GET"));
        route(webhookMessage, "PATCH", (in, m) -> webhookMessage(m, in, "PATCH"));
        route(webhookMessage, "DELETE", (in, m) -> webhookMessage(m, in, "DELETE"));
        route("channels/" + ID, "GET", (in, m) -> getChannel(m.group(1)));
        route("channels/" + ID + "/messages", "POST", (in, m) -> postMessage(m.group(1), in.json()));
        route("channels/" + ID + "/messages", "GET", (in, m) -> listMessages(m.group(1), in));
        route("channels/" + ID + "/messages/" + ID, "GET", (in, m) -> getMessage(m.group(1), m.group(2)));
        route("channels/" + ID + "/messages/" + ID, "PATCH", (in, m) -> editMessage(m.group(1), m.group(2), in.json()));
        route("channels/" + ID + "/messages/" + ID, "DELETE", (in, m) -> deleteMessage(m.group(1), m.group(2)));
        route("channels/" + ID + "/messages/" + ID + "/threads", "POST",
                (in, m) -> createThread(m.group(1), m.group(2), in.json()));
        route("channels/" + ID + "/threads", "POST", (in, m) -> createThread(m.group(1), null, in.json()));
        route("channels/" + ID + "/messages/" + ID + "/reactions/[^/]+/@me", "PUT", (in, m) -> react(m));
        route("channels/" + ID + "/messages/" + ID + "/reactions/[^/]+/@me", "DELETE", (in, m) -> react(m));
        route("channels/" + ID + "/typing", "POST", (in, m) -> {
            Optional<Reply> denied = channelAccess(m.group(1), SEND_MESSAGES);
            return denied.orElseGet(Reply::noContent);
        });
        route("guilds/" + ID + "/members/" + ID, "GET", (in, m) -> getMember(m.group(1), m.group(2)));
    }

    private void route(String regex, String method, Handler handler) {
        for (Route r : routes) {
            if (r.pattern().pattern().equals(regex)) {
                r.byMethod().put(method, handler);
                return;
            }
        }
        Map<String, Handler> byMethod = new LinkedHashMap<>();
        byMethod.put(method, handler);
        routes.add(new Route(Pattern.compile(regex), byMethod));
    }

    // --- HTTP ---------------------------------------------------------------------------------

    void handle(HttpExchange exchange) throws IOException {
        long nanos = System.nanoTime();
        Instant at = Instant.now();
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String body = new String(bytes, StandardCharsets.UTF_8);
            JsonNode json;
            List<String> files = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                json = Multipart.payloadJson(bytes, contentType, files, contents);
            } else {
                json = Json.parseOrNull(body);
            }
            String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
            Incoming in = new Incoming(method, route, query, headers, json);

            Optional<Faults.Delay> delay = fake.faults.takeDelay(method, route);
            if (delay.isPresent() && !delay.get().afterEffect()) {
                hold(delay.get(), in);
            }
            Reply reply;
            RecordedRequest recorded;
            // decided and recorded in one hold of the lock: a test that sees the effect (a message
            // in a channel) also sees the request that made it
            synchronized (fake.lock) {
                try {
                    reply = path.startsWith(PREFIX) ? decide(in) : notFound(in);
                } catch (RuntimeException e) {
                    LOG.error("fake REST failed on {} {}", method, path, e);
                    reply = Reply.error(500, 0, "500: Internal Server Error (fake: " + e + ")");
                }
                recorded = fake.record(method, path, route, query, headers, body, json, files, contents, nanos, at, reply);
            }
            LOG.debug("{}", recorded.summary());
            if (delay.isPresent() && delay.get().afterEffect()) {
                hold(delay.get(), in);
            }

            exchange.getResponseHeaders().set("Via", "1.1 google"); // without it JDA takes any 429 for Cloudflare's
            exchange.getResponseHeaders().set("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(OffsetDateTime.now(ZoneOffset.UTC)));
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            if (reply.status() == 204 || reply.body().isEmpty()) {
                exchange.sendResponseHeaders(reply.status(), -1);
            } else {
                byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    /** Holds this request's thread (never the lock), as a slow or stuck Discord would; ends early on close. */
    private static void hold(Faults.Delay delay, Incoming in) {
        LOG.info("holding {} {} for {} ms ({} it takes effect)", in.method(), in.route(), delay.duration().toMillis(),
                delay.afterEffect() ? "after" : "before");
        try {
            Thread.sleep(delay.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply decide(Incoming in) {
        Optional<Reply> fault = fake.faults.apply(in.method(), in.route());
        if (fault.isPresent()) {
            LOG.info("fault injected: {} {} -> {}", in.method(), in.route(), fault.get().status());
            return fault.get();
        }
        boolean interactionRoute = in.route().startsWith("interactions/") || in.route().startsWith("webhooks/");
        if (!interactionRoute) {
            // Discord's global limit does not apply to interaction endpoints; JDA ignores it there too
            Optional<Reply> limited = fake.faults.globalLimit();
            if (limited.isPresent()) {
                return limited.get();
            }
            String auth = in.header("Authorization");
            if (!("Bot " + fake.token()).equals(auth)) {
                LOG.warn("401 for {} {}: wrong or missing bot token", in.method(), in.route());
                return Reply.error(401, 0, "401: Unauthorized");
            }
        }
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(in.route());
            if (m.matches()) {
                Handler handler = r.byMethod().get(in.method());
                if (handler == null) {
                    LOG.warn("405 for {} {}", in.method(), in.route());
                    return Reply.error(405, 0, "405: Method Not Allowed");
                }
                synchronized (fake.lock) {
                    Reply reply = handler.handle(in, m);
                    if (reply.status() / 100 == 2) {
                        Optional<Reply> lost = fake.faults.applyAfterEffect(in.method(), in.route());
                        if (lost.isPresent()) {
                            LOG.info("{} {} took effect; answering {} instead", in.method(), in.route(),
                                    lost.get().status());
                            reply = lost.get();
                        }
                    }
                    fake.lock.notifyAll();
                    return reply;
                }
            }
        }
        return notFound(in);
    }

    private static Reply notFound(Incoming in) {
        LOG.warn("fake Discord has no route for {} {} -> 404", in.method(), in.route());
        return Reply.error(404, 0, "404: Not Found");
    }

    private static Reply invalid(List<DiscordLimits.Problem> problems, String what) {
        LOG.warn("400 for {}: {}", what, problems);
        return Reply.json(400, DiscordLimits.errorBody(problems));
    }

    // --- gateway, users ----------------------------------------------------------------------

    private Reply gatewayBot() {
        ObjectNode json = Json.object().put("url", fake.gatewayUrl()).put("shards", fake.shardTotal());
        json.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 14_400_000)
                .put("max_concurrency", fake.maxConcurrency());
        return Reply.json(200, json);
    }

    private Reply getUser(String userId) {
        if (!world.users.containsKey(userId)) {
            return Reply.error(404, 10013, "Unknown User");
        }
        return Reply.json(200, world.userJson(userId));
    }

    private Reply getMember(String guildId, String userId) {
        if (!FakeDiscord.GUILD_ID.equals(guildId)) {
            return Reply.error(404, 10004, "Unknown Guild");
        }
        Optional<Reply> notMember = fake.membership.access(guildId);
        if (notMember.isPresent()) {
            return notMember.get();
        }
        if (!world.isMember(userId)) {
            return Reply.error(404, 10007, "Unknown Member");
        }
        return Reply.json(200, world.memberJson(userId, true));
    }

    // --- commands ------------------------------------------------------------------------------

    private Optional<Reply> checkApplication(String appId, String guildId) {
        if (!FakeDiscord.APPLICATION_ID.equals(appId)) {
            LOG.warn("commands for application {} but the bot's application is {}", appId, FakeDiscord.APPLICATION_ID);
            return Optional.of(Reply.error(403, 50001, "Missing Access"));
        }
        if (guildId != null && !FakeDiscord.GUILD_ID.equals(guildId)) {
            return Optional.of(Reply.error(403, 50001, "Missing Access"));
        }
        return Optional.empty();
    }

    private Reply listCommands(String appId, String guildId) {
        return checkApplication(appId, guildId).orElseGet(() -> {
            ArrayNode array = Json.array();
            fake.commandsLocked(guildId).forEach(array::add);
            return Reply.json(200, array);
        });
    }

    private Reply putCommands(String appId, String guildId, JsonNode body) {
        Optional<Reply> denied = checkApplication(appId, guildId);
        if (denied.isPresent()) {
            return denied.get();
        }
        List<DiscordLimits.Problem> problems = DiscordLimits.commands(body);
        if (!problems.isEmpty()) {
            return invalid(problems, "command registration");
        }
        List<ObjectNode> previous = fake.commandsLocked(guildId);
        List<ObjectNode> registered = new ArrayList<>();
        for (JsonNode command : body) {
            registered.add(normalizeCommand(command, guildId, find(previous, command)));
        }
        fake.setCommandsLocked(guildId, registered);
        ArrayNode array = Json.array();
        registered.forEach(c -> array.add(c.deepCopy()));
        LOG.info("registered {} {} command(s): {}", registered.size(), guildId == null ? "global" : "guild",
                registered.stream().map(c -> c.path("name").asText()).toList());
        return Reply.json(200, array);
    }

    private Reply upsertCommand(String appId, String guildId, JsonNode body) {
        Optional<Reply> denied = checkApplication(appId, guildId);
        if (denied.isPresent()) {
            return denied.get();
        }
        List<DiscordLimits.Problem> problems = body == null ? List.of(new DiscordLimits.Problem("", "BASE_TYPE_REQUIRED",
                "This field is required")) : DiscordLimits.command(body, "");
        if (!problems.isEmpty()) {
            return invalid(problems, "command upsert");
        }
        List<ObjectNode> commands = new ArrayList<>(fake.commandsLocked(guildId));
        ObjectNode existing = find(commands, body);
        ObjectNode command = normalizeCommand(body, guildId, existing);
        if (existing != null) {
            commands.set(commands.indexOf(existing), command);
        } else {
            commands.add(command);
        }
        fake.setCommandsLocked(guildId, commands);
        return Reply.json(existing == null ? 201 : 200, command);
    }

    private Reply getCommand(String appId, String guildId, String commandId) {
        return checkApplication(appId, guildId).orElseGet(() -> fake.commandsLocked(guildId).stream()
                .filter(c -> commandId.equals(c.path("id").asText()))
                .findFirst()
                .map(c -> Reply.json(200, c))
                .orElseGet(() -> Reply.error(404, 10063, "Unknown application command")));
    }

    private Reply deleteCommand(String appId, String guildId, String commandId) {
        Optional<Reply> denied = checkApplication(appId, guildId);
        if (denied.isPresent()) {
            return denied.get();
        }
        List<ObjectNode> commands = new ArrayList<>(fake.commandsLocked(guildId));
        boolean removed = commands.removeIf(c -> commandId.equals(c.path("id").asText()));
        if (!removed) {
            return Reply.error(404, 10063, "Unknown application command");
        }
        fake.setCommandsLocked(guildId, commands);
        return Reply.noContent();
    }

    private static ObjectNode find(List<ObjectNode> commands, JsonNode command) {
        int type = command.path("type").asInt(1);
        String name = command.path("name").asText();
        return commands.stream()
                .filter(c -> c.path("type").asInt(1) == type && c.path("name").asText().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Discord keeps a command's id when a bulk overwrite keeps its name, and gives it a new version. */
    private static ObjectNode normalizeCommand(JsonNode in, String guildId, ObjectNode existing) {
        ObjectNode c = in.deepCopy();
        c.put("id", existing != null ? existing.path("id").asText() : Snowflakes.next());
        c.put("application_id", FakeDiscord.APPLICATION_ID);
        c.put("version", Snowflakes.next());
        if (!c.has("type")) {
            c.put("type", 1);
        }
        if (!c.has("description")) {
            c.put("description", "");
        }
        if (!c.has("default_member_permissions")) {
            c.putNull("default_member_permissions");
        }
        if (!c.has("nsfw")) {
            c.put("nsfw", false);
        }
        if (guildId != null) {
            c.put("guild_id", guildId);
        }
        return c;
    }

    // --- interactions ----------------------------------------------------------------------

    private Reply callback(String interactionId, String token, Incoming in) {
        Interaction it = fake.interactionLocked(interactionId);
        if (it == null || !it.token().equals(token)) {
            return Reply.error(404, 10062, "Unknown interaction");
        }
        if (fake.callbackDeadline() != null
                && System.nanoTime() - it.sentNanos() > fake.callbackDeadline().toNanos()) {
            LOG.warn("callback for interaction {} came after the {} deadline", interactionId, fake.callbackDeadline());
            return Reply.error(404, 10062, "Unknown interaction");
        }
        if (it.acknowledged) {
            return Reply.error(400, 40060, "Interaction has already been acknowledged.");
        }
        JsonNode body = in.json();
        int type = body == null ? -1 : body.path("type").asInt(-1);
        JsonNode data = body == null ? null : body.get("data");
        boolean command = it.type() == Interaction.APPLICATION_COMMAND;
        boolean component = it.type() == Interaction.MESSAGE_COMPONENT;
        ObjectNode message = null;
        switch (type) {
            case 4 -> {
                if (!command && !component) {
                    return wrongCallbackType(it, type);
                }
                List<DiscordLimits.Problem> problems = DiscordLimits.message(data, true);
                if (!problems.isEmpty()) {
                    return invalid(problems, "interaction reply");
                }
                message = fake.messages.create(it.channelId(), data, command ? 20 : 0, it);
                it.originalMessageId = message.path("id").asText();
            }
            case 5 -> {
                if (!command && !component) {
                    return wrongCallbackType(it, type);
                }
                int flags = RecordedMessage.LOADING
                        | (data == null ? 0 : data.path("flags").asInt(0) & RecordedMessage.EPHEMERAL);
                message = fake.messages.create(it.channelId(), Json.object().put("flags", flags), command ? 20 : 0, it);
                it.originalMessageId = message.path("id").asText();
            }
            case 6 -> {
                if (!component) {
                    return wrongCallbackType(it, type);
                }
            }
            case 7 -> {
                if (!component) {
                    return wrongCallbackType(it, type);
                }
                List<DiscordLimits.Problem> problems = DiscordLimits.message(data, false);
                if (!problems.isEmpty()) {
                    return invalid(problems, "interaction message update");
                }
                message = fake.messages.edit(it.originalMessageId, data);
                if (message == null) {
                    return Reply.error(404, 10008, "Unknown Message");
                }
            }
            case 8 -> {
                if (it.type() != Interaction.AUTOCOMPLETE) {
                    return wrongCallbackType(it, type);
                }
                List<DiscordLimits.Problem> problems = DiscordLimits.autocomplete(data);
                if (!problems.isEmpty()) {
                    return invalid(problems, "autocomplete result");
                }
                it.choices = data.get("choices").deepCopy();
            }
            case 9 -> {
                if (!command && !component) {
                    return wrongCallbackType(it, type);
                }
            }
            default -> {
                return wrongCallbackType(it, type);
            }
        }
        it.acknowledged = true;
        it.callbackType = type;
        if (!"true".equals(in.queryParam("with_response"))) {
            return Reply.noContent();
        }
        // what Discord answers to ?with_response=true: the interaction callback response object
        ObjectNode response = Json.object();
        ObjectNode interaction = response.putObject("interaction")
                .put("id", it.id())
                .put("type", it.type())
                .putNull("activity_instance_id");
        ObjectNode resource = response.putObject("resource").put("type", type);
        if (message != null) {
            interaction.put("response_message_id", message.path("id").asText())
                    .put("response_message_loading", (message.path("flags").asInt() & RecordedMessage.LOADING) != 0)
                    .put("response_message_ephemeral",
                            (message.path("flags").asInt() & RecordedMessage.EPHEMERAL) != 0);
            resource.set("message", message.deepCopy());
        }
        return Reply.json(200, response);
    }

    private static Reply wrongCallbackType(Interaction it, int type) {
        LOG.warn("callback type {} is not valid for interaction type {}", type, it.type());
        ObjectNode body = Json.object().put("code", 50035).put("message", "Invalid Form Body");
        body.putObject("errors").putObject("type").putArray("_errors").addObject()
                .put("code", "INTERACTION_RESPONSE_TYPE_INVALID")
                .put("message", "Interaction response type " + type + " is not valid for interaction type " + it.type());
        return Reply.json(400, body);
    }

    private Optional<Reply> webhookInteraction(String appId, String token, Interaction[] out) {
        Interaction it = FakeDiscord.APPLICATION_ID.equals(appId) ? fake.interactionByTokenLocked(token) : null;
        if (it == null) {
            return Optional.of(Reply.error(404, 10015, "Unknown Webhook"));
        }
        if (!it.acknowledged) {
            LOG.warn("webhook call for interaction {} before its callback", it.id());
            return Optional.of(Reply.error(404, 10015, "Unknown Webhook"));
        }
        out[0] = it;
        return Optional.empty();
    }

    private Reply followup(String appId, String token, Incoming in) {
        Interaction[] holder = new Interaction[1];
        Optional<Reply> denied = webhookInteraction(appId, token, holder);
        if (denied.isPresent()) {
            return denied.get();
        }
        Interaction it = holder[0];
        List<DiscordLimits.Problem> problems = DiscordLimits.message(in.json(), true);
        if (!problems.isEmpty()) {
            return invalid(problems, "followup message");
        }
        ObjectNode message = fake.messages.create(it.channelId(), in.json(), 0, it);
        it.followupIds.add(message.path("id").asText());
        return "true".equals(in.queryParam("wait")) ? Reply.json(200, message) : Reply.noContent();
    }

    private Reply webhookMessage(Matcher m, Incoming in, String method) {
        Interaction[] holder = new Interaction[1];
        Optional<Reply> denied = webhookInteraction(m.group(1), m.group(2), holder);
        if (denied.isPresent()) {
            return denied.get();
        }
        Interaction it = holder[0];
        String target = m.group(3);
        String messageId = "@original".equals(target) ? it.originalMessageId : target;
        boolean known = messageId != null
                && (messageId.equals(it.originalMessageId) || it.followupIds.contains(messageId))
                && fake.messages.get(messageId).isPresent();
        if (!known) {
            return Reply.error(404, 10008, "Unknown Message");
        }
        switch (method) {
            case "GET" -> {
                return Reply.json(200, fake.messages.get(messageId).get().raw());
            }
            case "DELETE" -> {
                fake.messages.delete(messageId);
                return Reply.noContent();
            }
            default -> {
                List<DiscordLimits.Problem> problems = DiscordLimits.message(in.json(), false);
                if (!problems.isEmpty()) {
                    return invalid(problems, "webhook message edit");
                }
                return Reply.json(200, fake.messages.edit(messageId, in.json()));
            }
        }
    }

    // --- channels ----------------------------------------------------------------------------

    /**
     * 404 10003 for unknown or deleted channels; 403 50001 in a guild the bot is not in, or without
     * VIEW_CHANNEL; 403 50013 for denied channels or missing permissions.
     */
    private Optional<Reply> channelAccess(String channelId, long required) {
        World.Channel channel = world.channels.get(channelId);
        if (channel == null || fake.faults.isDeleted(channelId)) {
            return Optional.of(Reply.error(404, 10003, "Unknown Channel"));
        }
        Optional<Reply> notMember = fake.membership.access(channel.guildId);
        if (notMember.isPresent()) {
            return notMember;
        }
        if (fake.faults.isDenied(channelId)) {
            return Optional.of(Reply.error(403, 50013, "Missing Permissions"));
        }
        long perms = world.channelPermissions(FakeDiscord.BOT_USER_ID, channelId);
        if ((perms & VIEW_CHANNEL) == 0) {
            return Optional.of(Reply.error(403, 50001, "Missing Access"));
        }
        long needed = required;
        if (channel.isThread() && (needed & SEND_MESSAGES) != 0) {
            needed = (needed & ~SEND_MESSAGES) | SEND_MESSAGES_IN_THREADS;
        }
        if ((perms & needed) != needed) {
            return Optional.of(Reply.error(403, 50013, "Missing Permissions"));
        }
        return Optional.empty();
    }

    private Reply getChannel(String channelId) {
        return channelAccess(channelId, VIEW_CHANNEL)
                .orElseGet(() -> Reply.json(200, world.channelJson(world.channels.get(channelId), true)));
    }

    private Reply postMessage(String channelId, JsonNode body) {
        Optional<Reply> denied = channelAccess(channelId, VIEW_CHANNEL | SEND_MESSAGES);
        if (denied.isPresent()) {
            return denied.get();
        }
        List<DiscordLimits.Problem> problems = DiscordLimits.message(body, true);
        if (!problems.isEmpty()) {
            return invalid(problems, "channel message");
        }
        String nonce = body.hasNonNull("nonce") ? body.get("nonce").asText() : null;
        if (nonce != null && body.path("enforce_nonce").asBoolean(false)) {
            Optional<RecordedMessage> earlier = fake.nonces.earlier(FakeDiscord.BOT_USER_ID, channelId, nonce)
                    .flatMap(fake.messages::get);
            if (earlier.isPresent()) {
                LOG.info("nonce {} was used in channel {} within the window: answering message {}, creating none",
                        nonce, channelId, earlier.get().id());
                fake.nonces.countReplay(channelId);
                return Reply.json(200, earlier.get().raw());
            }
        }
        int type = body.has("message_reference") ? 19 : 0;
        ObjectNode message = fake.messages.create(channelId, body, type, null);
        String id = message.path("id").asText();
        fake.messages.countPost(channelId, id);
        if (nonce != null) {
            fake.nonces.remember(FakeDiscord.BOT_USER_ID, channelId, nonce, id, Duration.ZERO);
        }
        return Reply.json(200, message);
    }

    /**
     * Discord's Get Channel Messages: 403 50001 without VIEW_CHANNEL; without READ_MESSAGE_HISTORY
     * "no messages will be returned" (200, empty array); see {@link History} for the paging.
     */
    private Reply listMessages(String channelId, Incoming in) {
        Optional<Reply> denied = channelAccess(channelId, VIEW_CHANNEL);
        if (denied.isPresent()) {
            return denied.get();
        }
        List<DiscordLimits.Problem> problems = new ArrayList<>();
        History.Query query = History.parse(in, problems);
        if (query == null) {
            return invalid(problems, "message history query");
        }
        if (!Permissions.has(world.channelPermissions(FakeDiscord.BOT_USER_ID, channelId), READ_MESSAGE_HISTORY)) {
            LOG.info("history of channel {} asked without READ_MESSAGE_HISTORY: empty, as Discord", channelId);
            return Reply.json(200, Json.array());
        }
        return Reply.json(200, fake.messages.history().page(channelId, query));
    }

    private Optional<ObjectNode> messageIn(String channelId, String messageId) {
        return fake.messages.get(messageId)
                .filter(m -> m.channelId().equals(channelId) && !m.isEphemeral())
                .map(RecordedMessage::raw);
    }

    private Reply getMessage(String channelId, String messageId) {
        return channelAccess(channelId, VIEW_CHANNEL | READ_MESSAGE_HISTORY).orElseGet(() -> messageIn(channelId, messageId)
                .map(m -> Reply.json(200, m))
                .orElseGet(() -> Reply.error(404, 10008, "Unknown Message")));
    }

    private Reply editMessage(String channelId, String messageId, JsonNode body) {
        Optional<Reply> denied = channelAccess(channelId, VIEW_CHANNEL);
        if (denied.isPresent()) {
            return denied.get();
        }
        Optional<ObjectNode> message = messageIn(channelId, messageId);
        if (message.isEmpty()) {
            return Reply.error(404, 10008, "Unknown Message");
        }
        if (!FakeDiscord.BOT_USER_ID.equals(message.get().path("author").path("id").asText())) {
            return Reply.error(403, 50005, "Cannot edit a message authored by another user");
        }
        List<DiscordLimits.Problem> problems = DiscordLimits.message(body, false);
        if (!problems.isEmpty()) {
            return invalid(problems, "message edit");
        }
        return Reply.json(200, fake.messages.edit(messageId, body));
    }

    private Reply deleteMessage(String channelId, String messageId) {
        Optional<Reply> denied = channelAccess(channelId, VIEW_CHANNEL);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (messageIn(channelId, messageId).isEmpty()) {
            return Reply.error(404, 10008, "Unknown Message");
        }
        fake.messages.delete(messageId);
        return Reply.noContent();
    }

    private Reply react(Matcher m) {
        Optional<Reply> denied = channelAccess(m.group(1), VIEW_CHANNEL | READ_MESSAGE_HISTORY);
        if (denied.isPresent()) {
            return denied.get();
        }
        return messageIn(m.group(1), m.group(2)).isPresent()
                ? Reply.noContent()
                : Reply.error(404, 10008, "Unknown Message");
    }

    private Reply createThread(String channelId, String messageId, JsonNode body) {
        World.Channel parent = world.channels.get(channelId);
        int type = messageId != null ? 11 : body == null ? 12 : body.path("type").asInt(12);
        long needed = VIEW_CHANNEL | (type == 12 ? CREATE_PRIVATE_THREADS : CREATE_PUBLIC_THREADS);
        Optional<Reply> denied = channelAccess(channelId, needed);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (parent.isThread()) {
            return Reply.error(400, 50024, "Cannot execute action on this channel type");
        }
        String name = Json.text(body, "name");
        if (name == null || name.isEmpty() || name.length() > 100) {
            return invalid(List.of(new DiscordLimits.Problem("name", "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 100 in length.")), "thread name");
        }
        String threadId;
        if (messageId != null) {
            if (messageIn(channelId, messageId).isEmpty()) {
                return Reply.error(404, 10008, "Unknown Message");
            }
            if (world.channels.containsKey(messageId)) {
                return Reply.error(400, 160004, "A thread has already been created for this message");
            }
            threadId = messageId; // Discord gives a message's thread the message's id
        } else {
            threadId = Snowflakes.next();
        }
        int archive = body.path("auto_archive_duration").asInt(1440);
        World.Channel thread = new World.Channel(threadId, parent.guildId, type, name, 0, null, channelId, List.of(),
                FakeDiscord.BOT_USER_ID, archive);
        world.addChannel(thread);
        ObjectNode json = world.channelJson(thread, true);
        json.putObject("member")
                .put("id", threadId)
                .put("user_id", FakeDiscord.BOT_USER_ID)
                .put("join_timestamp", thread.createdAt.toString())
                .put("flags", 0);
        fake.threadCreatedLocked(json);
        LOG.info("thread {} '{}' created in channel {}", threadId, name, channelId);
        return Reply.json(201, json);
    }
}
