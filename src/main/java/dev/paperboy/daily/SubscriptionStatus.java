package dev.paperboy.daily;

import dev.paperboy.catalogue.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What {@code /daily status} shows for one channel.
 *
 * @param nextPost      when the next attempt is made (a retry time while failing), null when paused
 * @param nextPaper     the paper the next new post brings, or null when there is none (see {@code noPaper})
 * @param nextNumber    k in {@code #k / n}
 * @param total         n
 * @param noPaper       why no paper can be posted, or null
 * @param unsettled     a post whose fate is being confirmed with Discord (it may be in the channel
 *                      already), or null; it counts for {@code unsettledDay}
 * @param unsettledDay  the local day of {@code unsettled}
 * @param pause         why posting is paused, or null
 * @param failedDays    local days with failures since the last post
 * @param lastFailure   the last failure, or null; kept until a post succeeds
 * @param lastPostedDay the local day (in the current zone) of the last post, or null
 * @param fromConfig    pre-configured in the config file rather than set by {@code /daily set}
 * @param options       days, role and thread as chosen
 * @param thread        whether the next post opens a thread (the choice, or the config file's default)
 */
public record SubscriptionStatus(long guildId, long channelId, LocalTime time, ZoneId zone, String area,
                                 Instant nextPost, Paper nextPaper, int nextNumber, int total, String noPaper,
                                 Paper unsettled, LocalDate unsettledDay, Pause pause, int failedDays,
                                 Failure lastFailure, LocalDate lastPostedDay, boolean fromConfig,
                                 PostOptions options, boolean thread) {

    /** {@code #3 / 36}, or null when there is no next paper. */
    public String nextLabel() {
        return nextPaper == null ? null : NextPaper.label(nextNumber, total);
    }

    public boolean paused() {
        return pause != null;
    }
}
