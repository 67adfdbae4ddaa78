package dev.paperboy.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Discord as the scheduler sees it: keeps the messages of each channel, honours enforce_nonce
 * (the same nonce in a channel within five minutes returns the first message), and fails or
 * "crashes" on demand.
 */
final class FakePoster implements PaperPoster {

    record Message(String id, long channelId, DailyPost post, Instant at) {
        LocalDate localDay(ZoneId zone) {
            return LocalDate.ofInstant(at, zone);
        }
    }

    /** Every call the scheduler made, in order: {@code post} or {@code find}. */
    record Call(String kind, DailyPost post, Instant at) {
    }

    enum CrashAt { NONE, BEFORE_DELIVERY, AFTER_DELIVERY }

    private static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

    private final Clock clock;
    final List<Message> messages = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    private final Map<Long, Function<DailyPost, PostFailure>> failing = new HashMap<>();
    private CrashAt crashNextPost = CrashAt.NONE;
    private PostFailure failAfterDelivery;
    private boolean missesMessages;
    private boolean historyUnreadable;
    private int nextId = 1;
    /** message id -> thread name: at most one thread per message, as on Discord. */
    final Map<String, String> threads = new java.util.LinkedHashMap<>();
    /** Every openThread call, repeats included. */
    final List<String> threadCalls = new ArrayList<>();
    private PostFailure failNextThread;

    FakePoster(Clock clock) {
        this.clock = clock;
    }

    /** Every call for this channel fails like this until {@link #heal}. */
    synchronized void fail(long channelId, PostFailure.Kind kind, String reason) {
        failing.put(channelId, p -> new PostFailure(kind, reason));
    }

    synchronized void fail(long channelId, Function<DailyPost, PostFailure> failure) {
        failing.put(channelId, failure);
    }

    synchronized void heal(long channelId) {
        failing.remove(channelId);
    }

    synchronized void crashNextPost(CrashAt at) {
        crashNextPost = at;
    }

    /** The next post is delivered, but the answer is lost: the poster reports this failure. */
    synchronized void failNextPostAfterDelivery(PostFailure failure) {
        failAfterDelivery = failure;
    }

    /** find answers NOT_POSTED even for a message that is there (a search that missed it). */
    synchronized void missMessages(boolean miss) {
        missesMessages = miss;
    }

    @Override
    public synchronized PostResult post(DailyPost post) throws PostFailure {
        calls.add(new Call("post", post, clock.instant()));
        Function<DailyPost, PostFailure> f = failing.get(post.channelId());
        if (f != null) {
            throw f.apply(post);
        }
        if (crashNextPost == CrashAt.BEFORE_DELIVERY) {
            crashNextPost = CrashAt.NONE;
            throw new Crash("while sending, before Discord got the message");
        }
        Instant now = clock.instant();
        Message m = messages.stream()
                .filter(x -> x.channelId() == post.channelId() && x.post().nonce().equals(post.nonce())
                        && Duration.between(x.at(), now).compareTo(NONCE_WINDOW) <= 0)
                .findFirst()
                .orElse(null);
        if (m == null) {
            m = new Message("m" + nextId++, post.channelId(), post, now);
            messages.add(m);
        }
        if (crashNextPost == CrashAt.AFTER_DELIVERY) {
            crashNextPost = CrashAt.NONE;
            throw new Crash("after Discord posted the message, before the answer was recorded");
        }
        if (failAfterDelivery != null) {
            PostFailure e = failAfterDelivery;
            failAfterDelivery = null;
            throw e;
        }
        return new PostResult(m.id());
    }

    /** find answers UNKNOWN, as when the history cannot be read (no permission, past the bound). */
    synchronized void historyUnreadable(boolean unreadable) {
        historyUnreadable = unreadable;
    }

    /** The daily post of that day is told by its marker (the due instant), as on Discord. */
    @Override
    public synchronized Presence find(DailyPost post) throws PostFailure {
        calls.add(new Call("find", post, clock.instant()));
        Function<DailyPost, PostFailure> f = failing.get(post.channelId());
        if (f != null) {
            throw f.apply(post);
        }
        if (historyUnreadable) {
            return Presence.UNKNOWN;
        }
        if (missesMessages) {
            return Presence.NOT_POSTED;
        }
        return messages.stream().filter(m -> m.channelId() == post.channelId()
                        && m.post().paper().id().equals(post.paper().id()) && m.post().due().equals(post.due()))
                .findFirst().map(m -> Presence.posted(m.id())).orElse(Presence.NOT_POSTED);
    }

    /** The next openThread fails like this (after nothing was created). */
    synchronized void failNextThread(PostFailure failure) {
        failNextThread = failure;
    }

    /** Idempotent as Discord's: one thread per message; a second call for the message creates nothing. */
    @Override
    public synchronized void openThread(DailyPost post, String messageId) throws PostFailure {
        threadCalls.add(messageId);
        if (failNextThread != null) {
            PostFailure f = failNextThread;
            failNextThread = null;
            throw f;
        }
        if (messages.stream().noneMatch(m -> m.id().equals(messageId))) {
            throw new PostFailure(PostFailure.Kind.TRANSIENT, "unknown message " + messageId);
        }
        threads.putIfAbsent(messageId, post.threadName());
    }

    synchronized List<Message> in(long channelId) {
        return messages.stream().filter(m -> m.channelId() == channelId).toList();
    }

    synchronized List<Call> callsFor(long channelId, String kind) {
        return calls.stream().filter(c -> c.post().channelId() == channelId && c.kind().equals(kind)).toList();
    }
}
