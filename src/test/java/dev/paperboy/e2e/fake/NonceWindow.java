package dev.paperboy.e2e.fake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Discord's {@code enforce_nonce} on Create Message
 * (https://discord.com/developers/docs/resources/message#create-message): "If true and nonce is
 * present, it will be checked for uniqueness in the past few minutes. If another message was
 * created by the same author with the same nonce, that message will be returned and no new message
 * will be created." The docs do not say how many minutes; the window is a Builder option (default
 * 5 minutes). Keyed by author, channel and nonce; guarded by the fake's lock.
 */
final class NonceWindow {
    private record Key(String authorId, String channelId, String nonce) {}

    private record Seen(String messageId, long atNanos) {}

    private final Duration window;
    private final Map<Key, Seen> seen = new HashMap<>();
    private final Map<String, Integer> replays = new HashMap<>();

    NonceWindow(Duration window) {
        this.window = window;
    }

    /** The message an earlier create with this nonce made within the window, if any. */
    Optional<String> earlier(String authorId, String channelId, String nonce) {
        Seen s = seen.get(new Key(authorId, channelId, nonce));
        if (s == null || System.nanoTime() - s.atNanos() > window.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(s.messageId());
    }

    /** A message created {@code age} ago (zero: now) with this nonce. */
    void remember(String authorId, String channelId, String nonce, String messageId, Duration age) {
        seen.put(new Key(authorId, channelId, nonce), new Seen(messageId, System.nanoTime() - age.toNanos()));
    }

    /** A create answered with the earlier message instead of a new one. */
    void countReplay(String channelId) {
        replays.merge(channelId, 1, Integer::sum);
    }

    Map<String, Integer> replays() {
        return Map.copyOf(replays);
    }
}
