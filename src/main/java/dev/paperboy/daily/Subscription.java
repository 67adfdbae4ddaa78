package dev.paperboy.daily;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * One channel's paper of the day, and everything needed to post exactly once per local day.
 * Immutable; every change is a {@code with...} transition that the scheduler persists before
 * it trusts it.
 *
 * @param area              {@value #ALL} or an area key ({@code nlp}, {@code cv})
 * @param position          index of the next paper in the area's chronological list
 * @param lastPostedPaperId the paper of the last post, or null; lets the walk continue after it
 *                          when the catalogue changed
 * @param lastPostedDay     the local day (in {@code zone}) of the last post, or null
 * @param pending           the intent written before sending, or null (see {@link PendingPost})
 * @param failedDays        local days with failed attempts since the last successful post
 * @param lastFailure       the last failure, or null; cleared by a successful post
 * @param paused            set after too many failed days; kept, shown, resumed by {@code /daily set}
 * @param stopped           a {@code /daily stop} tombstone: the channel is known and must not be
 *                          re-created from the config file
 * @param createdBy         the user who set it with {@code /daily set}, or null when it comes
 *                          from the config file
 */
public record Subscription(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                           int position, String lastPostedPaperId, LocalDate lastPostedDay,
                           PendingPost pending, int failedDays, Failure lastFailure,
                           boolean paused, boolean stopped, Long createdBy) {

    public static final String ALL = "all";

    public Subscription {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        area = normalizeArea(area);
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
                false, false, createdBy);
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

    /** A new time or zone; the position is kept. */
    public Subscription withSchedule(LocalTime newTime, ZoneId newZone) {
        return new Subscription(guildId, channelId, newTime, newZone, area, position, lastPostedPaperId,
                lastPostedDay, pending, failedDays, lastFailure, paused, stopped, createdBy);
    }

    /** Another area starts at its first paper; the same area changes nothing. */
    public Subscription withArea(String newArea) {
        String a = normalizeArea(newArea);
        if (a.equals(area)) {
            return this;
        }
        return new Subscription(guildId, channelId, time, zone, a, 0, null, lastPostedDay,
                pending == null ? null : pending.detached(), failedDays, lastFailure, paused, stopped, createdBy);
    }

    /**
     * The same subscription in another channel, keeping its position and its last posted day
     * (one paper a day for the guild). What belonged to the old channel stays behind: a pending
     * intent (the new channel has not been posted to) and the old channel's failures.
     */
    public Subscription movedTo(long newChannelId) {
        return new Subscription(guildId, newChannelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, null, 0, null, false, false, createdBy);
    }

    public Subscription withLastPostedDay(LocalDate day) {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId, day,
                pending, failedDays, lastFailure, paused, stopped, createdBy);
    }

    /** Step 1 of a post: the intent. */
    public Subscription withPending(PendingPost intent) {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, Objects.requireNonNull(intent, "intent"), failedDays, lastFailure, paused, stopped,
                createdBy);
    }

    /** An intent that was never sent, for a day that is gone. */
    public Subscription withoutPending() {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, null, failedDays, lastFailure, paused, stopped, createdBy);
    }

    /**
     * Step 3 of a post: the post went out. Its day is posted, the walk moves one paper on
     * (starting over after the last), failures are forgotten.
     */
    public Subscription withPosted(PendingPost post) {
        LocalDate day = lastPostedDay != null && lastPostedDay.isAfter(post.day()) ? lastPostedDay : post.day();
        boolean advance = post.advances() && post.area().equals(area);
        return new Subscription(guildId, channelId, time, zone, area,
                advance ? (post.position() + 1) % post.total() : position,
                advance ? post.paperId() : lastPostedPaperId,
                day, null, 0, null, paused, stopped, createdBy);
    }

    /** A failed attempt; the first failure of a local day counts that day. */
    public Subscription withFailure(Failure failure) {
        boolean sameDay = lastFailure != null && lastFailure.day().equals(failure.day());
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, pending, sameDay ? failedDays : failedDays + 1, failure, paused, stopped, createdBy);
    }

    public Subscription withPaused() {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, pending, failedDays, lastFailure, true, stopped, createdBy);
    }

    /** Paused no more and the failed days forgotten; the last failure stays until a post succeeds. */
    public Subscription resumed() {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, pending, 0, lastFailure, false, stopped, createdBy);
    }

    /** The {@code /daily stop} tombstone; the last posted day is kept so that a set again the same day does not post twice. */
    public Subscription asStopped() {
        return new Subscription(guildId, channelId, time, zone, area, position, lastPostedPaperId,
                lastPostedDay, pending, failedDays, lastFailure, false, true, createdBy);
    }

    /**
     * {@code /daily set} on a stopped channel: a new subscription (first paper, no failures),
     * which keeps the channel's last posted day so the channel still gets one post a day.
     */
    public Subscription restarted(LocalTime newTime, ZoneId newZone, String newArea, Long by) {
        return new Subscription(guildId, channelId, newTime, newZone, newArea, 0, null, lastPostedDay,
                pending == null ? null : pending.detached(), 0, null, false, false, by);
    }
}
