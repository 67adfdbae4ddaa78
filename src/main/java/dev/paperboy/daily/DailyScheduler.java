package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.NextPaper.NoPaper;
import dev.paperboy.daily.NextPaper.Pick;
import dev.paperboy.daily.Subscribed.Change;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the paper of the day: one timer, one pass over the subscriptions at a time, exactly one
 * post per channel per local day.
 *
 * <h2>The order of record and send</h2>
 * A post is three steps, each a separate durable fact:
 * <ol>
 *   <li><b>intent</b>: {@code pending = {day, paper, position, nonce}} is written to state
 *       (atomically, forced to disk) before anything is sent;</li>
 *   <li><b>send</b>: the message goes out carrying that nonce (the Discord poster uses
 *       enforce_nonce, so the same nonce again within minutes returns the first message);</li>
 *   <li><b>result</b>: {@code lastPostedDay = day}, the position moves one on, {@code pending}
 *       is cleared.</li>
 * </ol>
 * A subscription that still has a {@code pending} (after a crash, a kill, a failed send, a
 * failed write) is resolved before anything else is sent to it, by asking the poster whether the
 * post is in the channel:
 * <ul>
 *   <li>pending for today, posted: only step 3;</li>
 *   <li>pending for today, not posted: step 2 again with the same nonce, then step 3;</li>
 *   <li>pending for an earlier day, posted: step 3 for that day (the walk moves on; today is
 *       still due as usual, one post for each day);</li>
 *   <li>pending for an earlier day, not posted: dropped (that day is gone; a stale day is never
 *       posted), then today's rule applies.</li>
 * </ul>
 * So a crash before step 1 leaves the day due; between 1 and 3 the question "is it posted?"
 * decides; after 3 the day is done. No crash point posts twice or skips the day.
 *
 * <h2>Failures</h2>
 * Each subscription is handled in its own try/catch: one failure never stops another channel's
 * post, and a throwable in the timer is logged and the timer rescheduled. A failed attempt is
 * logged (WARN, with the reason), kept in {@link Subscription#lastFailure()}, and retried within
 * the day after 1, 2, 4 ... minutes (capped; a rate limit's retry-after wins). A subscription
 * whose posts failed on {@link DailySettings#maxFailedDays()} local days in a row, with no post in
 * between, is paused once the last of those days is over: kept, shown as paused, resumed by
 * {@link #subscribe}.
 *
 * <h2>Threads</h2>
 * One timer thread runs the passes; sends run on up to {@link DailySettings#parallelSends()}
 * threads, paced to {@link DailySettings#postsPerSecond()} across all channels. A per-channel lock
 * is held for the whole of a post (intent, send, result), and by the commands that change that
 * channel, so a command never interleaves with a post in flight.
 */
public final class DailyScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DailyScheduler.class);
    private static final Duration MIN_SLEEP = Duration.ofSeconds(1);

    private final Clock clock;
    private final SubscriptionStore store;
    private final Supplier<Catalogue> catalogue;
    private final PaperPoster poster;
    private final LongPredicate isLocalGuild;
    private final DailySettings settings;
    private final Pacer pacer;
    private final Supplier<String> nonces;

    private final ScheduledExecutorService timer;
    private final boolean ownsTimer;
    private final ExecutorService senders;

    private final ConcurrentHashMap<Long, ReentrantLock> channelLocks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Retry> retries = new ConcurrentHashMap<>();
    private final Object commands = new Object();
    private final ReentrantLock passLock = new ReentrantLock();
    private final AtomicBoolean wake = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean closed;
    private ScheduledFuture<?> next; // guarded by this

    /** In memory only: after a restart a failing channel is simply tried again at once. */
    private record Retry(LocalDate day, int attempts, Instant notBefore) {
    }

    /**
     * @param isLocalGuild whether this process posts for a guild (it runs the guild's shard)
     * @param timer        runs the passes; null to let the scheduler own a single thread
     */
    public DailyScheduler(Clock clock, SubscriptionStore store, Supplier<Catalogue> catalogue, PaperPoster poster,
                          LongPredicate isLocalGuild, ScheduledExecutorService timer, DailySettings settings) {
        this(clock, store, catalogue, poster, isLocalGuild, timer, settings,
                new Pacer(settings.postsPerSecond(), Pacer.SYSTEM), DailyScheduler::newNonce);
    }

    DailyScheduler(Clock clock, SubscriptionStore store, Supplier<Catalogue> catalogue, PaperPoster poster,
                   LongPredicate isLocalGuild, ScheduledExecutorService timer, DailySettings settings, Pacer pacer,
                   Supplier<String> nonces) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.isLocalGuild = Objects.requireNonNull(isLocalGuild, "isLocalGuild");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.ownsTimer = timer == null;
        this.timer = timer != null ? timer : Executors.newSingleThreadScheduledExecutor(threads("paper-of-the-day"));
        this.senders = settings.parallelSends() > 1
                ? Executors.newFixedThreadPool(settings.parallelSends(), threads("paper-of-the-day-send-"))
                : null;
    }

    /** Discord's nonce: at most 25 characters. */
    private static String newNonce() {
        return "pd" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name.endsWith("-") ? name + n.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }

    // --- the timer -----------------------------------------------------------------------------

    /** Starts the timer; the first pass (recovery and catch-up) runs at once. */
    public void start() {
        synchronized (this) {
            if (started || closed) {
                return;
            }
            started = true;
        }
        log.info("Paper of the day: started, {} subscriptions in the store", store.all().size());
        wakeUp();
    }

    /**
     * Runs a pass as soon as possible: catch-up after a reconnect, or a subscription that just
     * changed. Does nothing before {@link #start()} or after {@link #close()}.
     */
    public void runNow() {
        wakeUp();
    }

    private void wakeUp() {
        if (!started) {
            return;
        }
        wake.set(true);
        schedule(Duration.ZERO, false);
    }

    private synchronized void schedule(Duration delay, boolean fromTick) {
        if (closed) {
            return;
        }
        if (!fromTick && next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.NANOSECONDS) <= delay.toNanos()) {
                return; // a pass at least as early is coming (or running: it sees `wake` when it ends)
            }
            next.cancel(false);
        }
        next = timer.schedule(this::tick, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void tick() {
        if (closed) {
            return;
        }
        wake.set(false);
        try {
            runDue();
        } catch (Throwable t) {
            log.error("Paper of the day: a pass failed; the schedule goes on", t);
        }
        Duration delay;
        try {
            delay = wake.get() ? Duration.ZERO : untilNextRun();
        } catch (Throwable t) {
            log.error("Paper of the day: cannot compute the next run; trying again in {}", settings.maxSleep(), t);
            delay = settings.maxSleep();
        }
        schedule(delay, true);
    }

    /** How long the timer sleeps: until the earliest next run, at least 1 s, at most maxSleep. */
    Duration untilNextRun() {
        Instant now = clock.instant();
        Instant earliest = null;
        for (Subscription s : store.all()) {
            if (!isLocalGuild.test(s.guildId())) {
                continue;
            }
            Instant t = nextRunOf(s, now);
            if (t != null && (earliest == null || t.isBefore(earliest))) {
                earliest = t;
            }
        }
        Duration d = earliest == null ? settings.maxSleep() : Duration.between(now, earliest);
        if (d.compareTo(MIN_SLEEP) < 0) {
            return MIN_SLEEP;
        }
        return d.compareTo(settings.maxSleep()) > 0 ? settings.maxSleep() : d;
    }

    /** When the subscription is next worked on, backoff included; null when paused or stopped. */
    private Instant nextRunOf(Subscription s, Instant now) {
        if (s.paused() || s.stopped()) {
            return null;
        }
        Instant t = s.pending() != null || shouldPause(s, DailySchedule.today(s, now)) ? now
                : DailySchedule.nextRun(s, now);
        Retry r = retries.get(s.channelId());
        if (r != null && r.notBefore().isAfter(t)) {
            t = r.notBefore();
        }
        return t;
    }

    // --- one pass ------------------------------------------------------------------------------

    /**
     * One pass: recovers pending intents, pauses what failed too long, posts what is due. Returns
     * when every subscription of the pass was handled. The timer calls it; tests call it directly
     * with a controllable clock.
     */
    void runDue() {
        passLock.lock();
        try {
            Catalogue cat;
            try {
                cat = Objects.requireNonNull(catalogue.get(), "no catalogue");
            } catch (RuntimeException e) {
                log.error("Paper of the day: the catalogue is not available ({}); nothing posted in this pass",
                        e.toString());
                return;
            }
            Instant now = clock.instant();
            List<Subscription> work = new ArrayList<>();
            for (Subscription s : store.all()) {
                if (needsWork(s, now)) {
                    work.add(s);
                }
            }
            work.sort(Comparator.comparing((Subscription s) -> DailySchedule.dueOn(s, DailySchedule.today(s, now)))
                    .thenComparingLong(Subscription::channelId));
            if (senders == null) {
                for (Subscription s : work) {
                    if (closed) {
                        break;
                    }
                    handle(s.channelId(), cat);
                }
                return;
            }
            List<Future<?>> running = new ArrayList<>(work.size());
            for (Subscription s : work) {
                running.add(senders.submit(() -> {
                    if (!closed) {
                        handle(s.channelId(), cat);
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    log.error("Paper of the day: handling a subscription failed", e.getCause());
                } catch (InterruptedException e) {
                    running.forEach(x -> x.cancel(false));
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            passLock.unlock();
        }
    }

    private boolean needsWork(Subscription s, Instant now) {
        if (s.stopped() || s.paused() || !isLocalGuild.test(s.guildId())) {
            return false;
        }
        Retry r = retries.get(s.channelId());
        if (r != null && now.isBefore(r.notBefore())) {
            return false;
        }
        return s.pending() != null || shouldPause(s, DailySchedule.today(s, now)) || DailySchedule.isDue(s, now);
    }

    private boolean shouldPause(Subscription s, LocalDate today) {
        return !s.paused() && s.failedDays() >= settings.maxFailedDays() && s.lastFailure() != null
                && s.lastFailure().day().isBefore(today);
    }

    private void handle(long channelId, Catalogue cat) {
        ReentrantLock lock = lockFor(channelId);
        lock.lock();
        try {
            Subscription s = store.get(channelId).orElse(null);
            if (s == null || s.stopped() || s.paused() || !isLocalGuild.test(s.guildId())) {
                return;
            }
            Instant now = clock.instant();
            LocalDate today = DailySchedule.today(s, now);
            Retry retry = retries.get(channelId);
            if (retry != null && now.isBefore(retry.notBefore())) {
                return;
            }
            try {
                if (shouldPause(s, today)) {
                    pause(s);
                    return;
                }
                if (s.pending() != null) {
                    s = resolvePending(s, today);
                }
                if (DailySchedule.isDue(s, clock.instant())) {
                    postToday(s, today, cat);
                }
            } catch (PostFailure f) {
                failed(s, today, f.kind(), f.reason(), f.retryAfter().orElse(null));
            } catch (StoreException e) {
                Duration wait = backoff(channelId, today, null);
                log.error("Paper of the day for guild {} channel {}: {}; trying again in {}",
                        s.guildId(), channelId, e.getMessage(), wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Paper of the day for guild {} channel {}: unexpected error", s.guildId(), channelId, e);
                failed(s, today, PostFailure.Kind.TRANSIENT, "unexpected error: " + e, null);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Settles an intent left by an earlier attempt; returns the subscription as it is then. */
    private Subscription resolvePending(Subscription s, LocalDate today) throws PostFailure, InterruptedException {
        PendingPost p = s.pending();
        DailyPost post = DailyPost.of(s, p);
        pacer.acquire();
        if (poster.isPosted(post)) {
            Subscription done = save(s.withPosted(p));
            retries.remove(s.channelId());
            log.info("Paper of the day for {} was already posted: guild {} channel {} paper {} {}; recorded it",
                    p.day(), s.guildId(), s.channelId(), p.paperId(), post.label());
            return done;
        }
        if (p.day().isBefore(today)) {
            log.info("Paper of the day for {} was never posted to guild {} channel {}; that day is gone, "
                    + "dropping it", p.day(), s.guildId(), s.channelId());
            return save(s.withoutPending());
        }
        return send(s, p); // today's, not in the channel: again, with the same nonce
    }

    private void postToday(Subscription s, LocalDate today, Catalogue cat) throws PostFailure, InterruptedException {
        NextPaper.Choice choice = NextPaper.of(cat, s);
        if (choice instanceof NoPaper none) {
            failed(s, today, null, none.reason(), null);
            return;
        }
        Pick pick = (Pick) choice;
        PendingPost intent = new PendingPost(today, DailySchedule.dueOn(s, today), s.area(), pick.paper(),
                pick.index(), pick.total(), nonces.get(), true);
        Subscription recorded = save(s.withPending(intent)); // step 1: the intent, durable before anything is sent
        send(recorded, intent);
    }

    /** Steps 2 and 3: send, then record the result. */
    private Subscription send(Subscription s, PendingPost p) throws PostFailure, InterruptedException {
        DailyPost post = DailyPost.of(s, p);
        pacer.acquire(poster.requestsPerPost());
        PostResult result = poster.post(post);
        Subscription done = save(s.withPosted(p));
        retries.remove(s.channelId());
        log.info("Posted the paper of the day: guild {} channel {} paper {} {} for {}{}", s.guildId(), s.channelId(),
                p.paperId(), post.label(), p.day(),
                result != null && result.messageId() != null ? " (message " + result.messageId() + ")" : "");
        return done;
    }

    private void pause(Subscription s) {
        save(s.withPaused());
        retries.remove(s.channelId());
        log.warn("Paper of the day paused for guild {} channel {}: posting failed on {} days in a row (last: {}). "
                + "/daily set on the channel resumes it.", s.guildId(), s.channelId(), s.failedDays(),
                s.lastFailure().reason());
    }

    private void failed(Subscription s, LocalDate today, PostFailure.Kind kind, String reason, Duration retryAfter) {
        long channelId = s.channelId();
        Instant at = clock.instant();
        Duration wait = backoff(channelId, today, retryAfter);
        log.warn("Paper of the day failed for guild {} channel {}{}: {}; trying again in {}", s.guildId(), channelId,
                kind == null ? "" : " (" + kind + ")", reason, wait);
        Subscription current = store.get(channelId).orElse(null);
        if (current == null || current.stopped()) {
            return;
        }
        try {
            store.put(current.withFailure(new Failure(at, today, reason)));
        } catch (StoreException e) {
            log.error("Paper of the day: could not record the failure of channel {}: {}", channelId, e.getMessage());
        }
    }

    private Duration backoff(long channelId, LocalDate today, Duration retryAfter) {
        Instant now = clock.instant();
        Retry previous = retries.get(channelId);
        int attempts = previous != null && previous.day().equals(today) ? previous.attempts() + 1 : 1;
        Duration wait = retryAfter != null && !retryAfter.isNegative() ? retryAfter : settings.backoff(attempts);
        retries.put(channelId, new Retry(today, attempts, now.plus(wait)));
        return wait;
    }

    private Subscription save(Subscription s) {
        store.put(s);
        return s;
    }

    private ReentrantLock lockFor(long channelId) {
        return channelLocks.computeIfAbsent(channelId, k -> new ReentrantLock());
    }

    // --- commands ------------------------------------------------------------------------------

    /**
     * {@code /daily set}: starts or changes the guild's paper of the day in a channel.
     * <ul>
     *   <li>the channel's subscription exists: time and zone change (the position is kept), a new
     *       area starts at its first paper, and a paused one is resumed;</li>
     *   <li>the guild has a subscription set by command in another channel: it moves here, keeping
     *       its position (one subscription per guild by command);</li>
     *   <li>else a new subscription, starting at the first paper; if today's time has passed and
     *       the channel had no post today, it posts at once.</li>
     * </ul>
     * A channel never gets two posts on one local day, whatever is changed.
     *
     * @throws IllegalArgumentException for an area the catalogue does not have, or a channel of
     *                                  another guild
     * @throws StoreException           when the state cannot be written; nothing changed then
     */
    public Subscribed subscribe(long guildId, long channelId, LocalTime time, ZoneId zone, String area, long userId) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        String a = Subscription.normalizeArea(area);
        Catalogue cat = catalogue.get();
        if (!Subscription.ALL.equals(a) && !cat.areas().contains(a)) {
            throw new IllegalArgumentException("Unknown area \"" + a + "\": choose " + Subscription.ALL
                    + (cat.areas().isEmpty() ? "" : ", " + String.join(", ", cat.areas())) + ".");
        }
        Subscribed result;
        synchronized (commands) {
            Subscription here = store.get(channelId).orElse(null);
            if (here != null && here.guildId() != guildId) {
                throw new IllegalArgumentException("Channel " + channelId + " belongs to another server.");
            }
            if (here != null && !here.stopped()) {
                Change change = here.paused() ? Change.RESUMED : Change.CHANGED;
                Subscription changed = locked(channelId, channelId, () -> save(store.get(channelId).orElseThrow()
                        .withSchedule(time, zone).withArea(a).resumed()));
                retries.remove(channelId);
                result = new Subscribed(change, statusOf(changed, cat, clock.instant()), null);
            } else {
                Optional<Subscription> other = store.byGuild(guildId).stream()
                        .filter(s -> !s.stopped() && s.byCommand() && s.channelId() != channelId)
                        .findFirst();
                if (other.isPresent()) {
                    long from = other.get().channelId();
                    Subscription moved = locked(from, channelId, () -> {
                        Subscription old = store.get(from).orElseThrow();
                        Subscription m = old.movedTo(channelId).withSchedule(time, zone).withArea(a);
                        LocalDate postedHere = here == null ? null : here.lastPostedDay();
                        if (postedHere != null && (m.lastPostedDay() == null || postedHere.isAfter(m.lastPostedDay()))) {
                            m = m.withLastPostedDay(postedHere); // this channel itself had a later post
                        }
                        // the old channel first: a crash in between leaves no subscription, never two
                        save(old.asStopped());
                        return save(m);
                    });
                    retries.remove(from);
                    retries.remove(channelId);
                    result = new Subscribed(Change.MOVED, statusOf(moved, cat, clock.instant()), from);
                } else {
                    Subscription created = locked(channelId, channelId, () -> save(here == null
                            ? Subscription.create(guildId, channelId, time, zone, a, userId)
                            : here.restarted(time, zone, a, userId)));
                    retries.remove(channelId);
                    result = new Subscribed(Change.CREATED, statusOf(created, cat, clock.instant()), null);
                }
            }
        }
        log.info("Paper of the day {} by user {}: guild {} channel {} at {} {} area {}{}", result.change(), userId,
                guildId, channelId, time, zone, a,
                result.previousChannelId() == null ? "" : " (moved from channel " + result.previousChannelId() + ")");
        wakeUp();
        return result;
    }

    /**
     * {@code /daily stop}: stops every paper of the day of the guild. Stopped subscriptions are
     * kept as tombstones, so a channel pre-configured in the config file is not re-created.
     *
     * @return the channels that were stopped; empty when there was nothing to stop
     */
    public List<Long> stop(long guildId) {
        List<Long> stopped = new ArrayList<>();
        synchronized (commands) {
            for (Subscription s : store.byGuild(guildId)) {
                if (s.stopped()) {
                    continue;
                }
                locked(s.channelId(), s.channelId(), () -> save(store.get(s.channelId()).orElseThrow().asStopped()));
                retries.remove(s.channelId());
                stopped.add(s.channelId());
            }
        }
        if (!stopped.isEmpty()) {
            log.info("Paper of the day stopped: guild {} channels {}", guildId, stopped);
        }
        return stopped;
    }

    /** {@code /daily status}: the guild's subscriptions (stopped ones left out), by channel. */
    public List<SubscriptionStatus> status(long guildId) {
        Catalogue cat = catalogue.get();
        Instant now = clock.instant();
        return store.byGuild(guildId).stream()
                .filter(s -> !s.stopped())
                .map(s -> statusOf(s, cat, now))
                .toList();
    }

    /** State files that could not be loaded, for {@code /daily status} and {@code check}. */
    public List<StoreProblem> problems() {
        return store.problems();
    }

    /**
     * Creates the daily channels pre-configured in the config file, for channels the store knows
     * nothing of; a channel with any record, a {@code /daily stop} tombstone included, is left as
     * it is.
     *
     * @return the channels created
     */
    public List<Long> applyConfigured(List<ConfiguredChannel> configured) {
        List<Long> created = new ArrayList<>();
        synchronized (commands) {
            for (ConfiguredChannel d : configured) {
                if (store.get(d.channelId()).isPresent()) {
                    continue;
                }
                try {
                    locked(d.channelId(), d.channelId(), () -> save(Subscription.create(d.guildId(), d.channelId(),
                            d.time(), d.zone(), d.area(), null)));
                    created.add(d.channelId());
                    log.info("Paper of the day from the config file: guild {} channel {} at {} {} area {}",
                            d.guildId(), d.channelId(), d.time(), d.zone(), d.area());
                } catch (StoreException e) {
                    log.error("Paper of the day from the config file for channel {} not created: {}",
                            d.channelId(), e.getMessage());
                }
            }
        }
        if (!created.isEmpty()) {
            wakeUp();
        }
        return created;
    }

    private SubscriptionStatus statusOf(Subscription s, Catalogue cat, Instant now) {
        boolean paused = s.paused() || shouldPause(s, DailySchedule.today(s, now));
        Instant nextPost = paused ? null : nextRunOf(s, now);
        PendingPost p = s.pending();
        if (p != null && !DailySchedule.postedOn(s, p.day())) {
            return status(s, nextPost, paused, new Pick(p.paper(), p.position(), p.total()), null);
        }
        NextPaper.Choice choice = NextPaper.of(cat, s);
        if (choice instanceof Pick pick) {
            return status(s, nextPost, paused, pick, null);
        }
        return status(s, nextPost, paused, null, ((NoPaper) choice).reason());
    }

    private static SubscriptionStatus status(Subscription s, Instant nextPost, boolean paused, Pick pick,
                                             String problem) {
        return new SubscriptionStatus(s.guildId(), s.channelId(), s.time(), s.zone(), s.area(), nextPost,
                pick == null ? null : pick.paper(), pick == null ? 0 : pick.number(), pick == null ? 0 : pick.total(),
                problem, paused, s.failedDays(), s.lastFailure(), s.lastPostedDay(), !s.byCommand());
    }

    /** Runs {@code body} holding the locks of both channels, taken in id order. */
    private <T> T locked(long a, long b, Supplier<T> body) {
        ReentrantLock first = lockFor(Math.min(a, b));
        ReentrantLock second = lockFor(Math.max(a, b));
        first.lock();
        try {
            second.lock();
            try {
                return body.get();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    // --- the end -------------------------------------------------------------------------------

    /**
     * Stops the timer and waits for a post in flight to finish (intent, send and result), so no
     * state is lost; a pass in progress stops after the posts it already began.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        boolean interrupted = false;
        try {
            if (ownsTimer) {
                timer.shutdown();
                if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
                    log.warn("Paper of the day: a pass is still running after 60 s; not waiting longer");
                }
            } else if (passLock.tryLock(60, TimeUnit.SECONDS)) {
                passLock.unlock();
            }
            if (senders != null) {
                senders.shutdown();
                senders.awaitTermination(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        log.info("Paper of the day: stopped");
    }
}
