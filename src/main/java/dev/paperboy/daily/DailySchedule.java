package dev.paperboy.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When a subscription posts: pure functions of a subscription and an instant.
 *
 * <p>Today is the instant's date in the subscription's zone, and today's due instant is
 * {@code ZonedDateTime.of(today, time, zone)}. java.time moves a time that falls in a
 * daylight-saving gap forward by the gap's length and takes the earlier offset in an overlap, so
 * every local day has exactly one due instant. A subscription is due when it is neither paused
 * nor stopped, has not posted today, and today's due instant has come. That single rule gives the
 * catch-up: a bot that was down at posting time posts when it comes back the same local day; after
 * days down it posts once (today's paper) and never floods.
 */
public final class DailySchedule {

    private DailySchedule() {
    }

    /** The subscription's local date at {@code now}. */
    public static LocalDate today(Subscription s, Instant now) {
        return LocalDate.ofInstant(now, s.zone());
    }

    /** The instant the subscription is due on a local day. */
    public static Instant dueOn(Subscription s, LocalDate day) {
        return ZonedDateTime.of(day, s.time(), s.zone()).toInstant();
    }

    /** Whether the subscription has posted on its local day {@code day} (or later, after a zone change). */
    public static boolean postedOn(Subscription s, LocalDate day) {
        return s.lastPostedDay() != null && !s.lastPostedDay().isBefore(day);
    }

    public static boolean isDue(Subscription s, Instant now) {
        if (s.paused() || s.stopped()) {
            return false;
        }
        LocalDate today = today(s, now);
        return !postedOn(s, today) && !now.isBefore(dueOn(s, today));
    }

    /**
     * When the subscription should next post, ignoring failures and backoff: {@code now} when due,
     * else the next local day's due instant; null when paused or stopped.
     */
    public static Instant nextRun(Subscription s, Instant now) {
        if (s.paused() || s.stopped()) {
            return null;
        }
        LocalDate today = today(s, now);
        LocalDate day = postedOn(s, today) ? s.lastPostedDay().plusDays(1) : today;
        Instant due = dueOn(s, day);
        return now.isBefore(due) ? due : now;
    }
}
