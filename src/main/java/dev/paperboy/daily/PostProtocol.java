package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.Failure.Cause;
import dev.paperboy.daily.NextPaper.NoPaper;
import dev.paperboy.daily.NextPaper.Pick;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send protocol of one channel's post: three steps, each a separate durable fact.
 * <ol>
 *   <li><b>intent</b>: {@code pending = {day, due, paper, nonce}} is saved before anything is sent;</li>
 *   <li><b>send</b>: the message goes out with the nonce derived from channel and day, and a
 *       marker only that day's post carries;</li>
 *   <li><b>result</b>: the day is recorded as posted, the walk moves one on, {@code pending} is
 *       cleared.</li>
 * </ol>
 * An intent left unsettled (a crash, a kill, a failed send, a failed write) is settled before
 * anything else is sent to the channel, by asking Discord whether the post is there:
 * <ul>
 *   <li>posted: step 3 for its day (then today's rule applies, one post per day);</li>
 *   <li>not posted, for today: posted again under the subscription's current settings (a change
 *       of area since applies now), with the same nonce;</li>
 *   <li>not posted, for an earlier day: dropped (a stale day is never posted);</li>
 *   <li>cannot tell (history unreadable, or the post would be past the search's bound): sent
 *       again only while Discord's nonce window makes a repeat harmless; past it, the day is
 *       given up and {@code /daily status} says why: a missed day rather than a doubled one.</li>
 * </ul>
 * The local day of a post is decided once, by the pass that found it due ({@code decidedAt});
 * a post sent later (pacing, retries, past midnight) still counts for that day.
 *
 * <p>A confirmed post (Discord answered with its message, or the channel showed it) gets its
 * thread, when it has one, then goes into the {@link PostHistory}, then step 3. The thread is
 * opened once however often the post was retried because opening it is idempotent, not because
 * it is recorded: Discord allows one thread per message (the thread takes the message's id) and
 * answers a second attempt "already created", which the poster takes as opened. A flag in the
 * intent could not do better: between the thread's creation and the write of the flag a kill
 * leaves only Discord knowing, so the answer has to come from Discord anyway. A thread that cannot
 * be opened is logged and never keeps the post from counting.
 */
final class PostProtocol {

    private static final Logger log = LoggerFactory.getLogger(PostProtocol.class);
    /**
     * How long a repeat with the same nonce is surely dropped by Discord: its documents say "the
     * past few minutes"; two is the part of that we rely on.
     */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(2);

    private final Clock clock;
    private final Ledger ledger;
    private final PaperPoster poster;
    private final Pacer pacer;
    private final Retries retries;
    private final DailySettings settings;
    private final LongPredicate isLocalGuild;
    private final PostHistory history;

    PostProtocol(Clock clock, Ledger ledger, PaperPoster poster, Pacer pacer, Retries retries, DailySettings settings,
                 LongPredicate isLocalGuild, PostHistory history) {
        this.clock = clock;
        this.ledger = ledger;
        this.poster = poster;
        this.pacer = pacer;
        this.retries = retries;
        this.settings = settings;
        this.isLocalGuild = isLocalGuild;
        this.history = history;
    }

    /** Whether a pass should hand this subscription to {@link #handle} at {@code now}. */
    boolean needsWork(Subscription s, Instant now) {
        if (s.stopped() || s.paused() || !isLocalGuild.test(s.guildId()) || retries.waiting(s.channelId(), now)) {
            return false;
        }
        return s.pending() != null || shouldPause(s, DailySchedule.today(s, now)) || DailySchedule.isDue(s, now);
    }

    /** When the subscription is next worked on, backoff included; null when paused or stopped. */
    Instant nextRunOf(Subscription s, Instant now) {
        if (s.paused() || s.stopped()) {
            return null;
        }
        Instant t = s.pending() != null || shouldPause(s, DailySchedule.today(s, now)) ? now
                : DailySchedule.nextRun(s, now);
        Instant retry = retries.notBefore(s.channelId());
        return retry != null && retry.isAfter(t) ? retry : t;
    }

    boolean shouldPause(Subscription s, LocalDate today) {
        return !s.paused() && s.failedDays() >= settings.maxFailedDays() && s.lastFailure() != null
                && s.lastFailure().day().isBefore(today);
    }

    /** Works on one channel as of {@code decidedAt}, the instant its pass found it due. */
    void handle(long channelId, Instant decidedAt, Catalogue cat) {
        Subscription s = ledger.get(channelId).orElse(null);
        if (s == null || s.stopped() || s.paused() || !isLocalGuild.test(s.guildId())
                || retries.waiting(channelId, clock.instant())) {
            return;
        }
        SubscriptionStore store = ledger.store();
        try {
            if (!store.tryLease(channelId, clock.instant(), settings.lease())) {
                log.debug("Paper of the day: channel {} is being posted by another process", channelId);
                return;
            }
        } catch (StoreException e) {
            log.error("Paper of the day for channel {}: {}; trying again at the next pass", channelId, e.getMessage());
            return;
        }
        try {
            // with the lease held, what another process did before it is in the store
            s = store.fresh(channelId).orElse(null);
            if (s != null && !s.stopped() && !s.paused()) {
                handleLeased(s, decidedAt, cat);
            }
        } catch (StoreException e) {
            log.error("Paper of the day for channel {}: {}; trying again at the next pass", channelId, e.getMessage());
        } finally {
            try {
                store.releaseLease(channelId);
            } catch (StoreException e) {
                log.warn("Paper of the day: could not give back the lease of channel {} ({}); it runs out by itself",
                        channelId, e.getMessage());
            }
        }
    }

    private void handleLeased(Subscription s, Instant decidedAt, Catalogue cat) {
        long channelId = s.channelId();
        LocalDate today = DailySchedule.today(s, decidedAt);
        try {
            if (shouldPause(s, today)) {
                pause(s, new Pause(Pause.Why.FAILED_DAYS, clock.instant()));
                return;
            }
            if (s.pending() != null) {
                s = settle(s, today, decidedAt, cat);
            }
            if (s != null && s.pending() == null && DailySchedule.isDue(s, decidedAt)) {
                postDue(s, today, cat, clock.instant());
            }
        } catch (PostFailure f) {
            failed(s, today, f);
        } catch (StoreException e) {
            Duration wait = retries.failed(channelId, today, null, clock.instant());
            log.error("Paper of the day for guild {} channel {}: {}; trying again in {}", s.guildId(), channelId,
                    e.getMessage(), wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a bug in a poster: logged with its trace, then retried like a Discord error
            log.error("Paper of the day for guild {} channel {}: unexpected failure", s.guildId(), channelId, e);
            failed(s, today, new PostFailure(PostFailure.Kind.TRANSIENT, e.toString()));
        }
    }

    /** Settles an intent left by an earlier attempt; returns the subscription as it is then (null: stop here). */
    private Subscription settle(Subscription s, LocalDate today, Instant decidedAt, Catalogue cat)
            throws PostFailure, InterruptedException {
        PendingPost p = s.pending();
        pacer.acquire();
        DailyPost post = DailyPost.of(s, p, settings.threadByDefault());
        PaperPoster.Presence presence = poster.find(post);
        switch (presence.kind()) {
            case POSTED -> {
                log.info("Paper of the day for {} was already posted: guild {} channel {} paper {}; recorded it",
                        p.day(), s.guildId(), s.channelId(), p.paperId());
                retries.clear(s.channelId());
                return confirmed(post, p, presence.messageId()).orElse(null);
            }
            case NOT_POSTED -> {
                if (p.day().isBefore(today)) {
                    log.info("Paper of the day for {} was never posted to guild {} channel {}; that day is gone",
                            p.day(), s.guildId(), s.channelId());
                    return ledger.update(s.channelId(), Subscription::withoutPending).orElse(null);
                }
                Subscription cleared = ledger.update(s.channelId(), Subscription::withoutPending).orElse(null);
                if (cleared != null && !cleared.stopped() && !cleared.paused()) {
                    postDue(cleared, p.day(), cat, p.attempted()); // the same day and nonce, today's settings
                }
                return null;
            }
            default -> {
                Instant now = clock.instant();
                if (!p.day().isBefore(today) && now.isBefore(p.attempted().plus(NONCE_WINDOW))) {
                    send(s, p); // Discord drops the repeat if the first went out
                    return null;
                }
                log.warn("Paper of the day for {} in guild {} channel {}: cannot tell whether it was posted (the "
                        + "channel's history could not show it), and sending again could post it twice; that day "
                        + "is given up", p.day(), s.guildId(), s.channelId());
                Failure why = new Failure(now, p.day(), Cause.UNCONFIRMED, "could not confirm the post of " + p.day());
                return ledger.update(s.channelId(), cur -> cur.withUnconfirmed(p, why)).orElse(null);
            }
        }
    }

    /** Steps 1 to 3 for {@code day}, with the paper the subscription is at now. */
    private void postDue(Subscription s, LocalDate day, Catalogue cat, Instant attempted)
            throws PostFailure, InterruptedException {
        NextPaper.Choice choice = NextPaper.of(cat, s);
        if (choice instanceof NoPaper none) {
            failed(s, day, new PostFailure(PostFailure.Kind.TRANSIENT, none.reason()), Cause.NO_PAPER);
            return;
        }
        Pick pick = (Pick) choice;
        PendingPost intent = new PendingPost(day, DailySchedule.dueOn(s, day), attempted, s.area(), pick.paper(),
                pick.index(), pick.total(), Nonces.of(s.channelId(), day), true);
        Subscription recorded = ledger.update(s.channelId(), cur -> cur.stopped() || cur.paused()
                || cur.pending() != null || DailySchedule.postedOn(cur, day) ? cur : cur.withPending(intent))
                .orElse(null);
        if (recorded != null && intent.equals(recorded.pending())) {
            send(recorded, intent);
        }
    }

    /** Steps 2 and 3: send, then record the result. */
    private void send(Subscription s, PendingPost p) throws PostFailure, InterruptedException {
        DailyPost post = DailyPost.of(s, p, settings.threadByDefault());
        pacer.acquire();
        PostResult result = poster.post(post);
        confirmed(post, p, result == null ? null : result.messageId());
        retries.clear(s.channelId());
        log.info("Posted the paper of the day: guild {} channel {} paper {} {} for {}{}", s.guildId(), s.channelId(),
                p.paperId(), post.label(), p.day(),
                result != null && result.messageId() != null ? " (message " + result.messageId() + ")" : "");
    }

    /** A post that is in the channel: its thread, its line in the history, step 3. */
    private java.util.Optional<Subscription> confirmed(DailyPost post, PendingPost p, String messageId)
            throws InterruptedException {
        if (post.thread() && messageId != null) {
            pacer.acquire(); // one more request to Discord
            try {
                poster.openThread(post, messageId);
            } catch (PostFailure | RuntimeException e) {
                log.warn("Paper of the day in guild {} channel {}: could not open the thread under message {}: {}",
                        post.guildId(), post.channelId(), messageId,
                        e instanceof PostFailure f ? f.reason() : e.toString());
            }
        }
        try {
            history.record(new PostedPaper(post.guildId(), post.channelId(), p.day(), p.paperId(), messageId,
                    clock.instant()));
        } catch (StoreException e) {
            // the post is out and counts; only /daily history misses it
            log.error("Paper of the day in guild {} channel {}: could not record it in the history: {}",
                    post.guildId(), post.channelId(), e.getMessage());
        }
        return record(post.channelId(), p);
    }

    /**
     * Step 3 on the subscription as it is now, which a command may have changed meanwhile: when
     * the stored intent is no longer this one (a restart of the list), the day counts without
     * moving the walk.
     */
    private java.util.Optional<Subscription> record(long channelId, PendingPost p) {
        return ledger.update(channelId, cur -> {
            PendingPost stored = cur.pending();
            boolean same = stored != null && stored.nonce().equals(p.nonce()) && stored.due().equals(p.due());
            return cur.withPosted(same ? stored : p.detached());
        });
    }

    private void pause(Subscription s, Pause pause) {
        ledger.update(s.channelId(), cur -> cur.stopped() || cur.paused() ? cur : cur.withPause(pause));
        retries.clear(s.channelId());
        log.warn("Paper of the day paused for guild {} channel {}: {}{}", s.guildId(), s.channelId(), pause.why(),
                s.lastFailure() == null ? "" : " (last failure: " + s.lastFailure().reason() + ")");
    }

    private void failed(Subscription s, LocalDate day, PostFailure f) {
        failed(s, day, f, Failure.causeOf(f.kind()));
    }

    private void failed(Subscription s, LocalDate day, PostFailure f, Cause cause) {
        Instant now = clock.instant();
        Failure failure = new Failure(now, day, cause, f.reason());
        if (cause == Cause.CHANNEL_GONE || cause == Cause.BOT_REMOVED) {
            // nothing to retry: the channel or the server is gone for the bot; paused at once
            ledger.update(s.channelId(), cur -> cur.stopped() ? cur : cur.withFailure(failure));
            pause(s, new Pause(cause == Cause.CHANNEL_GONE ? Pause.Why.CHANNEL_DELETED : Pause.Why.BOT_REMOVED, now));
            return;
        }
        Duration wait = retries.failed(s.channelId(), day, f.retryAfter().orElse(null), now);
        log.warn("Paper of the day failed for guild {} channel {} ({}): {}; trying again in {}", s.guildId(),
                s.channelId(), cause, f.reason(), wait);
        try {
            ledger.update(s.channelId(), cur -> cur.stopped() ? cur : cur.withFailure(failure));
        } catch (StoreException e) {
            log.error("Paper of the day: could not record the failure of channel {}: {}", s.channelId(), e.getMessage());
        }
    }
}
