package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A handle on one interaction the fake sent over the gateway: what it was, and what the bot
 * answered. The waits fail with an {@link AssertionError} that lists what the fake did receive.
 */
public final class Interaction {
    /** Interaction types. */
    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int AUTOCOMPLETE = 4;

    private final FakeDiscord fake;
    private final String id;
    private final String token;
    private final int type;
    private final String userId;
    private final String channelId;
    private final String locale;
    private final String name;
    private final ObjectNode payload;
    private final long sentNanos;
    private final Instant sentAt;

    // guarded by fake.lock
    boolean acknowledged;
    int callbackType;
    RecordedRequest callback;
    String originalMessageId;
    final List<String> followupIds = new ArrayList<>();
    JsonNode choices;

    Interaction(FakeDiscord fake, String id, String token, int type, String userId, String channelId, String locale,
            String name, ObjectNode payload, String originalMessageId) {
        this.fake = fake;
        this.id = id;
        this.token = token;
        this.type = type;
        this.userId = userId;
        this.channelId = channelId;
        this.locale = locale;
        this.name = name;
        this.payload = payload;
        this.originalMessageId = originalMessageId;
        this.sentNanos = System.nanoTime();
        this.sentAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** 2 command, 3 component, 4 autocomplete. */
    public int type() {
        return type;
    }

    public String userId() {
        return userId;
    }

    public String channelId() {
        return channelId;
    }

    public String guildId() {
        return payload.path("guild_id").asText();
    }

    public String locale() {
        return locale;
    }

    /** The command name, or the custom_id for a component. */
    public String name() {
        return name;
    }

    /** The {@code d} of the INTERACTION_CREATE the fake sent. */
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /** {@link System#nanoTime()} when the fake sent it. */
    public long sentNanos() {
        return sentNanos;
    }

    public Instant sentAt() {
        return sentAt;
    }

    String routeCallback() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    String routeWebhook() {
        return "webhooks/" + FakeDiscord.APPLICATION_ID + "/" + token;
    }

    /** The first successful callback ({@code POST interactions/{id}/{token}/callback}), body in {@link RecordedRequest#json()}. */
    public RecordedRequest awaitCallback(Duration timeout) {
        String route = routeCallback();
        return fake.awaitRequest(r -> r.succeeded() && r.method().equals("POST") && r.route().equals(route), timeout,
                "callback of interaction " + id + " (" + name + ")");
    }

    /** The callback, if one succeeded already. */
    public Optional<RecordedRequest> callback() {
        synchronized (fake.lock) {
            return Optional.ofNullable(callback);
        }
    }

    /** Time from sending the interaction to the fake receiving its successful callback. */
    public Duration callbackLatency(Duration timeout) {
        return Duration.ofNanos(awaitCallback(timeout).receivedNanos() - sentNanos);
    }

    /** The first successful {@code PATCH webhooks/{app}/{token}/messages/@original}. */
    public RecordedRequest awaitOriginalEdit(Duration timeout) {
        String route = routeWebhook() + "/messages/@original";
        return fake.awaitRequest(r -> r.succeeded() && r.method().equals("PATCH") && r.route().equals(route), timeout,
                "edit of @original for interaction " + id + " (" + name + ")");
    }

    /** All successful edits of @original so far, in order. */
    public List<RecordedRequest> originalEdits() {
        String route = routeWebhook() + "/messages/@original";
        return fake.requests(r -> r.succeeded() && r.method().equals("PATCH") && r.route().equals(route));
    }

    /** The first successful followup ({@code POST webhooks/{app}/{token}}). */
    public RecordedRequest awaitFollowup(Duration timeout) {
        String route = routeWebhook();
        return fake.awaitRequest(r -> r.succeeded() && r.method().equals("POST") && r.route().equals(route), timeout,
                "followup for interaction " + id + " (" + name + ")");
    }

    /** Followup messages as they are now. */
    public List<RecordedMessage> followups() {
        synchronized (fake.lock) {
            return followupIds.stream().map(fake.messages::get).flatMap(Optional::stream).toList();
        }
    }

    /**
     * The message the user sees now for this interaction: the reply (callback type 4 or 5, then
     * @original edits), or for a component click the message the component sits on (as updated by
     * type 7 or @original edits). Empty before the bot answered a command.
     */
    public Optional<RecordedMessage> currentMessage() {
        synchronized (fake.lock) {
            return originalMessageId == null ? Optional.empty() : fake.messages.get(originalMessageId);
        }
    }

    /** Waits for {@link #currentMessage()} to exist and not be a "thinking..." placeholder. */
    public RecordedMessage awaitMessage(Duration timeout) {
        return fake.awaitValue(() -> currentMessage().filter(m -> !m.isLoading()), timeout,
                () -> "a visible message for interaction " + id + " (" + name + ")");
    }

    /** The choices of an autocomplete answer (callback type 8). */
    public JsonNode awaitChoices(Duration timeout) {
        return fake.awaitValue(() -> {
            synchronized (fake.lock) {
                return Optional.ofNullable(choices).map(JsonNode::deepCopy);
            }
        }, timeout, () -> "autocomplete choices for interaction " + id + " (" + name + ")");
    }

    @Override
    public String toString() {
        return "Interaction{id=" + id + ", type=" + type + ", name=" + name + ", user=" + userId + ", channel="
                + channelId + "}";
    }
}
