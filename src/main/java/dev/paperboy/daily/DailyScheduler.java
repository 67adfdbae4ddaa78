package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the paper of the day, exactly once per channel per local day. The jobs are split:
 * {@link DailyTimer} wakes a {@link DailyPass}, which hands due channels to the
 * {@link PostProtocol} (record, send, record); {@link SubscriptionCommands} takes what admins and
 * Discord's events change. This class wires them and shuts them down.
 *
 * <p>Threads: one timer thread runs the passes; sends run on up to
 * {@link DailySettings#parallelSends()} threads, paced to {@link DailySettings#postsPerSecond()}
 * across all channels. A channel's subscription is locked only while it is read and saved, so a
 * command never waits for a post in flight.
 */
public final class DailyScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DailyScheduler.class);
    private static final Duration MIN_SLEEP = Duration.ofSeconds(1);

    private final Clock clock;
    private final SubscriptionStore store;
    private final DailySettings settings;
    private final LongPredicate isLocalGuild;
    private final ScheduledExecutorService timerThread;
    private final boolean ownsTimer;
    private final ExecutorService senders;
    private final PostProtocol protocol;
    private final DailyPass pass;
    private final DailyTimer timer;
    private final SubscriptionCommands commands;
    private final PostHistory history;
    private final Supplier<Catalogue> catalogue;
    private volatile boolean closed;

    /**
     * @param isLocalGuild whether this process posts for a guild (it runs the guild's shard)
     * @param timer        runs the passes; null to let the scheduler own a single thread
     * @param history      where confirmed posts are recorded, for {@code /daily history}
     */
    public DailyScheduler(Clock clock, SubscriptionStore store, Supplier<Catalogue> catalogue, PaperPoster poster,
                          LongPredicate isLocalGuild, ScheduledExecutorService timer, DailySettings settings,
                          PostHistory history) {
        this(clock, store, catalogue, poster, isLocalGuild, timer, settings, history,
                new Pacer(settings.postsPerSecond(), Pacer.SYSTEM));
    }

    DailyScheduler(Clock clock, SubscriptionStore store, Supplier<Catalogue> catalogue, PaperPoster poster,
                   LongPredicate isLocalGuild, ScheduledExecutorService timer, DailySettings settings,
                   PostHistory history, Pacer pacer) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.isLocalGuild = Objects.requireNonNull(isLocalGuild, "isLocalGuild");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.history = Objects.requireNonNull(history, "history");
        this.ownsTimer = timer == null;
        this.timerThread = timer != null ? timer : Executors.newSingleThreadScheduledExecutor(threads("paper-of-the-day"));
        this.senders = settings.parallelSends() > 1
                ? Executors.newFixedThreadPool(settings.parallelSends(), threads("paper-of-the-day-send-"))
                : null;
        Ledger ledger = new Ledger(store);
        Retries retries = new Retries(settings);
        this.protocol = new PostProtocol(clock, ledger, Objects.requireNonNull(poster, "poster"),
                Objects.requireNonNull(pacer, "pacer"), retries, settings, isLocalGuild, history);
        this.pass = new DailyPass(clock, store, catalogue, protocol, senders, () -> closed);
        this.timer = new DailyTimer(this.timerThread, pass::run, this::untilNextRun, settings.maxSleep());
        this.commands = new SubscriptionCommands(clock, ledger, catalogue, protocol, retries, this.timer::wakeUp,
                settings.threadByDefault());
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name.endsWith("-") ? name + n.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts the timer; the first pass (recovery and catch-up) runs at once. */
    public void start() {
        if (timer.start()) {
            log.info("Paper of the day: started, {} subscriptions in the store", store.all().size());
        }
    }

    /** Runs a pass as soon as possible: catch-up after a reconnect, or a subscription that just changed. */
    public void runNow() {
        timer.wakeUp();
    }

    /** One pass, on the caller's thread: the timer calls it, tests call it with a controllable clock. */
    void runDue() {
        pass.run();
    }

    /** How long the timer sleeps: until the earliest next run, at least 1 s, at most maxSleep. */
    Duration untilNextRun() {
        Instant now = clock.instant();
        Instant earliest = null;
        for (Subscription s : store.all()) {
            if (!isLocalGuild.test(s.guildId())) {
                continue;
            }
            Instant t = protocol.nextRunOf(s, now);
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

    /**
     * {@code /daily set}: starts or changes the guild's paper of the day in a channel.
     * <ul>
     *   <li>the channel's subscription exists: time and zone change (the position is kept), a new
     *       area starts at its first paper with the next post, and a paused one is resumed;</li>
     *   <li>the guild has a subscription set by command in another channel: it moves here, keeping
     *       its position (one subscription per guild by command);</li>
     *   <li>else a new subscription, starting at the first paper; if today's time has passed and
     *       the channel had no post today, it posts at once.</li>
     * </ul>
     * A channel never gets two posts on one local day, whatever is changed. Days, role and thread
     * change only where {@code options} names them; the others stay as they were.
     *
     * @throws Rejected       for an area the catalogue does not have, or a channel of another guild
     * @throws StoreException when the state cannot be written; nothing changed then
     */
    public Subscribed subscribe(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                                PostOptions.Change options, long userId) throws Rejected {
        return commands.subscribe(guildId, channelId, time, zone, area, options, userId);
    }

    /** {@link #subscribe(long, long, LocalTime, ZoneId, String, PostOptions.Change, long)} keeping days, role and thread. */
    public Subscribed subscribe(long guildId, long channelId, LocalTime time, ZoneId zone, String area, long userId)
            throws Rejected {
        return subscribe(guildId, channelId, time, zone, area, PostOptions.Change.NONE, userId);
    }

    /** {@code /daily history}: the guild's posts, newest first, {@code limit} of them from {@code offset}. */
    public List<PostedPaper> history(long guildId, int offset, int limit) {
        return history.ofGuild(guildId, offset, limit);
    }

    /** How many posts {@code /daily history} has for the guild. */
    public int historyCount(long guildId) {
        return history.countOfGuild(guildId);
    }

    /**
     * {@code /daily preview}: the guild's next post exactly as the poster will send it; empty when
     * the guild has no paper of the day or no paper to post.
     */
    public java.util.Optional<DailyPost> preview(long guildId) {
        return NextPost.of(store.byGuild(guildId), catalogue.get(), clock.instant(), settings.threadByDefault());
    }

    /**
     * {@code /daily stop}: stops every paper of the day of the guild. Stopped subscriptions are
     * kept as tombstones, so a channel pre-configured in the config file is not re-created.
     *
     * @return the channels that were stopped; empty when there was nothing to stop
     */
    public List<Long> stop(long guildId) {
        return commands.stop(guildId);
    }

    /** {@code /daily status}: the guild's subscriptions (stopped ones left out), by channel. */
    public List<SubscriptionStatus> status(long guildId) {
        return commands.status(guildId);
    }

    /** State that could not be loaded, for {@code /daily status} and {@code check}. */
    public List<StoreProblem> problems() {
        return store.problems();
    }

    /** Creates the channels pre-configured in the config file that the store knows nothing of. */
    public List<Long> applyConfigured(List<ConfiguredChannel> configured) {
        return commands.applyConfigured(configured);
    }

    /** The bot was removed from a server (not an outage): its channels pause with no retries. */
    public List<Long> guildGone(long guildId) {
        return commands.guildGone(guildId);
    }

    /** The bot is in a server (joined again): what paused for its removal resumes. */
    public List<Long> guildBack(long guildId) {
        return commands.guildsBack(g -> g == guildId);
    }

    /** The bot is in these servers (a shard's start): what paused for their removal resumes, in one pass. */
    public List<Long> guildsBack(Set<Long> guildIds) {
        return commands.guildsBack(guildIds::contains);
    }

    /** A channel was deleted. */
    public void channelGone(long channelId) {
        commands.channelGone(channelId);
    }

    /**
     * Stops the timer and waits for a post in flight to finish (intent, send and result), so no
     * state is lost; a pass in progress stops after the posts it already began.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        timer.close();
        try {
            if (ownsTimer) {
                timerThread.shutdown();
                if (!timerThread.awaitTermination(60, TimeUnit.SECONDS)) {
                    log.warn("Paper of the day: a pass is still running after 60 s; not waiting longer");
                }
            } else {
                pass.awaitIdle(60_000);
            }
            if (senders != null) {
                senders.shutdown();
                senders.awaitTermination(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Paper of the day: stopped");
    }
}
