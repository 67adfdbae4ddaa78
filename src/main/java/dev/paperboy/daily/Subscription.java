package dev.paperboy.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One channel's paper of the day, and everything needed to post exactly once per local day.
 * Immutable; every change is a transition that the scheduler persists before it trusts it.
 *
 * <p>The last post is kept as an instant (the due instant of the day it was for), not as a date:
 * a date without a zone reads as another day after a change of zone. Which local day it was is
 * read in the subscription's current zone ({@link #lastPostedDay()}), so a change of time or zone
 * never gives a second post on a local day and never skips more than the day of the change.
 *
 * @param area              {@value #ALL} or an area key ({@code nlp}, {@code cv})
 * @param position          index of the next paper in the area's chronological list
 * @param lastPostedPaperId the paper of the last post, or null; lets the walk continue after it
 *                          when the catalogue changed
 * @param lastPostedAt      the due instant of the day of the last post, or null
 * @param pending           the intent written before sending, or null (see {@link PendingPost})
 * @param failedDays        local days with failed attempts since the last successful post
 * @param lastFailure       the last failure, or null; cleared by a successful post
 * @param pause             why posting is paused, or null; kept, shown, resumed by {@code /daily set}
 *                          (or by the bot being added back to the server)
 * @param stopped           a {@code /daily stop} tombstone: the channel is known and must not be
 *                          re-created from the config file
 * @param createdBy         the user who set it with {@code /daily set}, or null when it comes
 *                          from the config file
 * @param options           days, role ping and thread of its posts; null reads as {@link PostOptions#DEFAULT}
 */
public record Subscription(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                           int position, String lastPostedPaperId, Instant lastPostedAt,
                           PendingPost pending, int failedDays, Failure lastFailure,
                           Pause pause, boolean stopped, Long createdBy, PostOptions options) {

    public static final String ALL = "all";

    public Subscription {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        area = normalizeArea(area);
        options = options == null ? PostOptions.DEFAULT : options;
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        if (failedDays < 0) {
            throw new IllegalArgumentException("failedDays must not be negative: " + failedDays);
        }
    }

    /** A new subscription: starts at the first paper. */
    public static Subscription create(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                                      Long createdBy) {
        return new Subscription(guildId, channelId, time, zone, area, 0, null, null, null, 0, null,
                null, false, createdBy, PostOptions.DEFAULT);
    }

    /** {@code "NLP "} -> {@code "nlp"}; null or blank -> {@value #ALL}. */
    public static String normalizeArea(String area) {
        return area == null || area.isBlank() ? ALL : area.strip().toLowerCase(Locale.ROOT);
    }

    /** The area as {@code Catalogue.chronologicalPapers(area)} takes it: null for all. */
    public String areaFilter() {
        return ALL.equals(area) ? null : area;
    }

    /** Set by {@code /daily set} (not from the config file). */
    public boolean byCommand() {
        return createdBy != null;
    }

    public boolean paused() {
        return pause != null;
    }

    /** The local day (in the current zone) of the last post, or null. */
    public LocalDate lastPostedDay() {
        return lastPostedAt == null ? null : LocalDate.ofInstant(lastPostedAt, zone);
    }

    /** Days, role or thread changed as {@code /daily set} asked; what it did not name stays. */
    public Subscription withOptions(PostOptions.Change change) {
        PostOptions changed = options.with(change);
        return changed.equals(options) ? this : edit(d -> d.options = changed);
    }

    /** A new time or zone; the position is kept. */
    public Subscription withSchedule(LocalTime newTime, ZoneId newZone) {
        return edit(d -> {
            d.time = newTime;
            d.zone = newZone;
        });
    }

    /**
     * Another area starts at its first paper; the same area changes nothing. An unsettled post
     * stays what it is (it may be in the channel already) but no longer moves the walk on: the
     * change applies from the next post.
     */
    public Subscription withArea(String newArea) {
        String a = normalizeArea(newArea);
        if (a.equals(area)) {
            return this;
        }
        return edit(d -> {
            d.area = a;
            d.position = 0;
            d.lastPostedPaperId = null;
            d.pending = pending == null ? null : pending.detached();
        });
    }

    /**
     * The same subscription in another channel, keeping its position and its last post (one
     * paper a day for the guild). What belonged to the old channel stays behind: a pending intent
     * (the new channel has not been posted to), the old channel's failures and pause.
     */
    public Subscription movedTo(long newChannelId) {
        return edit(d -> {
            d.channelId = newChannelId;
            d.pending = null;
            d.failedDays = 0;
            d.lastFailure = null;
            d.pause = null;
            d.stopped = false;
        });
    }

    /** The later of this subscription's last post and {@code dueOfPost}. */
    public Subscription withLastPostedAt(Instant dueOfPost) {
        return edit(d -> d.lastPostedAt = later(lastPostedAt, dueOfPost));
    }

    /** Step 1 of a post: the intent. */
    public Subscription withPending(PendingPost intent) {
        Objects.requireNonNull(intent, "intent");
        return edit(d -> d.pending = intent);
    }

    /** An intent that was never sent, for a day that is gone. */
    public Subscription withoutPending() {
        return edit(d -> d.pending = null);
    }

    /**
     * Step 3 of a post: the post went out. Its day is posted, the walk moves one paper on
     * (starting over after the last), failures are forgotten.
     */
    public Subscription withPosted(PendingPost post) {
        boolean advance = post.advances() && post.area().equals(area);
        return edit(d -> {
            d.lastPostedAt = later(lastPostedAt, post.due());
            d.pending = null;
            d.failedDays = 0;
            d.lastFailure = null;
            if (advance) {
                d.position = (post.position() + 1) % post.total();
                d.lastPostedPaperId = post.paperId();
            }
        });
    }

    /**
     * The day of an intent whose fate cannot be learned (the channel's history could not tell,
     * and a resend could double the post): the day counts as done without a confirmed post, and
     * the failure says why, so {@code /daily status} explains the missed day. The walk stays.
     */
    public Subscription withUnconfirmed(PendingPost post, Failure why) {
        return edit(d -> {
            d.lastPostedAt = later(lastPostedAt, post.due());
            d.pending = null;
            d.lastFailure = why;
        });
    }

    /** A failed attempt; the first failure of a local day counts that day. */
    public Subscription withFailure(Failure failure) {
        boolean sameDay = lastFailure != null && lastFailure.day().equals(failure.day());
        return edit(d -> {
            d.failedDays = sameDay ? failedDays : failedDays + 1;
            d.lastFailure = failure;
        });
    }

    public Subscription withPause(Pause why) {
        return edit(d -> d.pause = Objects.requireNonNull(why, "why"));
    }

    /** Paused no more and the failed days forgotten; the last failure stays until a post succeeds. */
    public Subscription resumed() {
        return edit(d -> {
            d.pause = null;
            d.failedDays = 0;
        });
    }

    /** The {@code /daily stop} tombstone; the last post is kept so that a set again the same day does not post twice. */
    public Subscription asStopped() {
        return edit(d -> {
            d.pause = null;
            d.stopped = true;
        });
    }

    /**
     * {@code /daily set} on a stopped channel: a new subscription (first paper, no failures, the
     * default days, no ping, the default thread), which keeps the channel's last post so the
     * channel still gets one post a day.
     */
    public Subscription restarted(LocalTime newTime, ZoneId newZone, String newArea, Long by) {
        return edit(d -> {
            d.time = newTime;
            d.zone = newZone;
            d.area = normalizeArea(newArea);
            d.position = 0;
            d.lastPostedPaperId = null;
            d.pending = pending == null ? null : pending.detached();
            d.failedDays = 0;
            d.lastFailure = null;
            d.pause = null;
            d.stopped = false;
            d.createdBy = by;
            d.options = PostOptions.DEFAULT;
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private Subscription edit(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.build();
    }

    /** A subscription being changed: the transitions above say only what they change. */
    private static final class Draft {
        long guildId;
        long channelId;
        LocalTime time;
        ZoneId zone;
        String area;
        int position;
        String lastPostedPaperId;
        Instant lastPostedAt;
        PendingPost pending;
        int failedDays;
        Failure lastFailure;
        Pause pause;
        boolean stopped;
        Long createdBy;
        PostOptions options;

        Draft(Subscription s) {
            guildId = s.guildId;
            channelId = s.channelId;
            time = s.time;
            zone = s.zone;
            area = s.area;
            position = s.position;
            lastPostedPaperId = s.lastPostedPaperId;
            lastPostedAt = s.lastPostedAt;
            pending = s.pending;
            failedDays = s.failedDays;
            lastFailure = s.lastFailure;
            pause = s.pause;
            stopped = s.stopped;
            createdBy = s.createdBy;
            options = s.options;
        }

        Subscription build() {
            return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId, lastPostedAt,
                    pending, failedDays, lastFailure, pause, stopped, createdBy, options);
        }
    }
}
