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
 * nor stopped, today is one of its days ({@link Days}), it has not posted today, and today's due
 * instant has come. That single rule gives the catch-up: a bot that was down at posting time posts
 * when it comes back the same local day; after days down it posts once (today's paper, if today is
 * one of its days) and never floods, and a day that is not one of its days never gets a post, not
 * even the post of a scheduled day that was missed.
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
        return s.options().days().includes(today) && !postedOn(s, today) && !now.isBefore(dueOn(s, today));
    }

    /**
     * When the subscription should next post, ignoring failures and backoff: {@code now} when due,
     * else the due instant of its next day; null when paused or stopped.
     */
    public static Instant nextRun(Subscription s, Instant now) {
        if (s.paused() || s.stopped()) {
            return null;
        }
        Instant due = dueOn(s, nextDay(s, now));
        return now.isBefore(due) ? due : now;
    }

    /** The local day of the subscription's next post: today if it is one of its days and has no post yet, else the next of its days. */
    public static LocalDate nextDay(Subscription s, Instant now) {
        LocalDate today = today(s, now);
        return s.options().days().onOrAfter(postedOn(s, today) ? s.lastPostedDay().plusDays(1) : today);
    }
}
