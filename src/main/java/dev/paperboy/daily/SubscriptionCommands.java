package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.NextPaper.NoPaper;
import dev.paperboy.daily.NextPaper.Pick;
import dev.paperboy.daily.Subscribed.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What admins and Discord's events change: {@code /daily set | stop | status}, the channels of
 * the config file, the bot leaving or rejoining a server, a channel deleted. Each change is a
 * short read-modify-write of the channels concerned; none waits for a post in flight.
 */
final class SubscriptionCommands {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionCommands.class);

    private final Clock clock;
    private final Ledger ledger;
    private final Supplier<Catalogue> catalogue;
    private final PostProtocol protocol;
    private final Retries retries;
    private final Runnable wakeUp;
    private final boolean threadByDefault;
    private final Object guildChanges = new Object();

    SubscriptionCommands(Clock clock, Ledger ledger, Supplier<Catalogue> catalogue, PostProtocol protocol,
                         Retries retries, Runnable wakeUp, boolean threadByDefault) {
        this.clock = clock;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.protocol = protocol;
        this.retries = retries;
        this.wakeUp = wakeUp;
        this.threadByDefault = threadByDefault;
    }

    private SubscriptionStore store() {
        return ledger.store();
    }

    Subscribed subscribe(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                         PostOptions.Change options, long userId) throws Rejected {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(zone, "zone");
        String a = Subscription.normalizeArea(area);
        Catalogue cat = catalogue.get();
        if (!Subscription.ALL.equals(a) && !cat.areas().contains(a)) {
            throw new Rejected(Rejected.Reason.UNKNOWN_AREA, a);
        }
        Subscribed result;
        synchronized (guildChanges) {
            Subscription here = store().get(channelId).orElse(null);
            if (here != null && here.guildId() != guildId) {
                throw new Rejected(Rejected.Reason.OTHER_SERVER, Long.toUnsignedString(channelId));
            }
            Optional<Subscription> other = store().byGuild(guildId).stream()
                    .filter(s -> !s.stopped() && s.byCommand() && s.channelId() != channelId)
                    .findFirst();
            if (here != null && !here.stopped()) {
                Change change = here.paused() ? Change.RESUMED : Change.CHANGED;
                Subscription changed = ledger.update(channelId, cur -> cur.withSchedule(time, zone).withArea(a)
                        .withOptions(options).resumed()).orElseThrow();
                result = new Subscribed(change, statusOf(changed, cat, clock.instant()), null);
            } else if (other.isPresent()) {
                long from = other.get().channelId();
                Subscription moved = ledger.locked(from, channelId, () -> {
                    Subscription old = store().get(from).orElseThrow();
                    Subscription m = old.movedTo(channelId).withSchedule(time, zone).withArea(a).withOptions(options);
                    Subscription tombstone = store().get(channelId).orElse(null);
                    if (tombstone != null && tombstone.lastPostedAt() != null) {
                        m = m.withLastPostedAt(tombstone.lastPostedAt()); // this channel itself had a later post
                    }
                    // the old channel first: a crash in between leaves no subscription, never two
                    store().put(old.asStopped());
                    store().put(m);
                    return m;
                });
                retries.clear(from);
                result = new Subscribed(Change.MOVED, statusOf(moved, cat, clock.instant()), from);
            } else {
                Subscription created = ledger.locked(channelId, channelId, () -> {
                    Subscription cur = store().get(channelId).orElse(null);
                    Subscription c = (cur == null ? Subscription.create(guildId, channelId, time, zone, a, userId)
                            : cur.restarted(time, zone, a, userId)).withOptions(options);
                    store().put(c);
                    return c;
                });
                result = new Subscribed(Change.CREATED, statusOf(created, cat, clock.instant()), null);
            }
            retries.clear(channelId);
        }
        log.info("Paper of the day {} by user {}: guild {} channel {} at {} {} area {} {}{}", result.change(),
                userId, guildId, channelId, time, zone, a, result.status().options(),
                result.previousChannelId() == null ? "" : " (moved from channel " + result.previousChannelId() + ")");
        wakeUp.run();
        return result;
    }

    List<Long> stop(long guildId) {
        List<Long> stopped = new ArrayList<>();
        synchronized (guildChanges) {
            for (Subscription s : store().byGuild(guildId)) {
                if (!s.stopped()) {
                    stopLocked(s.channelId());
                    stopped.add(s.channelId());
                }
            }
        }
        if (!stopped.isEmpty()) {
            log.info("Paper of the day stopped: guild {} channels {}", guildId, stopped);
        }
        return stopped;
    }

    private void stopLocked(long channelId) {
        ledger.update(channelId, Subscription::asStopped);
        retries.clear(channelId);
    }

    List<SubscriptionStatus> status(long guildId) {
        Catalogue cat = catalogue.get();
        Instant now = clock.instant();
        return store().byGuild(guildId).stream()
                .filter(s -> !s.stopped())
                .map(s -> statusOf(s, cat, now))
                .toList();
    }

    /**
     * Creates the channels of the config file that the store knows nothing of. A channel with any
     * record (a {@code /daily stop} tombstone included) is left as it is, and so is a channel whose
     * state file is damaged: re-creating it would restart its list and could post twice today.
     */
    List<Long> applyConfigured(List<ConfiguredChannel> configured) {
        Set<Long> damaged = store().problems().stream().map(StoreProblem::channelId).collect(Collectors.toSet());
        List<Long> created = new ArrayList<>();
        synchronized (guildChanges) {
            for (ConfiguredChannel d : configured) {
                if (store().get(d.channelId()).isPresent()) {
                    continue;
                }
                if (damaged.contains(d.channelId())) {
                    log.error("Paper of the day from the config file for channel {} is not started: its state file "
                            + "is damaged (see /daily status or `check`). Fix or remove the damaged file, or run "
                            + "/daily set on the channel.", d.channelId());
                    continue;
                }
                try {
                    ledger.locked(d.channelId(), d.channelId(), () -> {
                        store().put(Subscription.create(d.guildId(), d.channelId(), d.time(), d.zone(), d.area(), null)
                                .withOptions(d.options()));
                        return null;
                    });
                    created.add(d.channelId());
                    log.info("Paper of the day from the config file: guild {} channel {} at {} {} area {}",
                            d.guildId(), d.channelId(), d.time(), d.zone(), d.area());
                } catch (StoreConflict e) {
                    // another process sharing the database read the same config file first
                    log.debug("Paper of the day from the config file for channel {}: created by another process",
                            d.channelId());
                } catch (StoreException e) {
                    log.error("Paper of the day from the config file for channel {} not created: {}",
                            d.channelId(), e.getMessage());
                }
            }
        }
        if (!created.isEmpty()) {
            wakeUp.run();
        }
        return created;
    }

    /** The bot was removed from a server: its channels pause at once, with no retries. */
    List<Long> guildGone(long guildId) {
        List<Long> paused = new ArrayList<>();
        Pause pause = new Pause(Pause.Why.BOT_REMOVED, clock.instant());
        synchronized (guildChanges) {
            for (Subscription s : store().byGuild(guildId)) {
                if (!s.stopped() && !s.paused()) {
                    ledger.update(s.channelId(), cur -> cur.stopped() || cur.paused() ? cur : cur.withPause(pause));
                    retries.clear(s.channelId());
                    paused.add(s.channelId());
                }
            }
        }
        if (!paused.isEmpty()) {
            log.info("Paper of the day paused: the bot was removed from the server: guild {} channels {}", guildId, paused);
        }
        return paused;
    }

    /**
     * The bot is in these servers (joined again, or found at a shard's start): channels paused
     * for its removal resume. One pass over the subscriptions, however many servers.
     */
    List<Long> guildsBack(LongPredicate inGuild) {
        List<Long> resumed = new ArrayList<>();
        synchronized (guildChanges) {
            for (Subscription s : store().all()) {
                if (!s.stopped() && removed(s) && inGuild.test(s.guildId())) {
                    ledger.update(s.channelId(), cur -> removed(cur) ? cur.resumed() : cur);
                    retries.clear(s.channelId());
                    resumed.add(s.channelId());
                }
            }
        }
        if (!resumed.isEmpty()) {
            log.info("Paper of the day resumed: the bot is back in the server; channels {}", resumed);
            wakeUp.run();
        }
        return resumed;
    }

    private static boolean removed(Subscription s) {
        return s.paused() && s.pause().why() == Pause.Why.BOT_REMOVED;
    }

    /** A channel was deleted: its subscription pauses at once; {@code /daily set} elsewhere moves it. */
    void channelGone(long channelId) {
        ledger.update(channelId, s -> s.stopped() || s.paused() ? s
                : s.withPause(new Pause(Pause.Why.CHANNEL_DELETED, clock.instant())))
                .filter(Subscription::paused)
                .ifPresent(s -> log.info("Paper of the day paused for guild {} channel {}: the channel was deleted",
                        s.guildId(), channelId));
        retries.clear(channelId);
    }

    SubscriptionStatus statusOf(Subscription s, Catalogue cat, Instant now) {
        Pause pause = s.pause() != null ? s.pause()
                : protocol.shouldPause(s, DailySchedule.today(s, now)) ? new Pause(Pause.Why.FAILED_DAYS, now) : null;
        Instant nextPost = pause != null ? null : protocol.nextRunOf(s, now);
        PendingPost p = s.pending();
        NextPaper.Choice choice = NextPaper.of(cat, s);
        Pick pick = choice instanceof Pick k ? k : null;
        return new SubscriptionStatus(s.guildId(), s.channelId(), s.time(), s.zone(), s.area(), nextPost,
                pick == null ? null : pick.paper(), pick == null ? 0 : pick.number(), pick == null ? 0 : pick.total(),
                choice instanceof NoPaper none ? none.reason() : null,
                p == null ? null : p.paper(), p == null ? null : p.day(), pause, s.failedDays(), s.lastFailure(),
                s.lastPostedDay(), !s.byCommand(), s.options(), s.options().threadOr(threadByDefault));
    }
}
