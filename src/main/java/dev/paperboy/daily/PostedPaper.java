package dev.paperboy.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One paper of the day that went out.
 *
 * @param day       the subscription's local day the post was for
 * @param paperId   the catalogue's id of the paper
 * @param messageId the Discord message, or null when the poster could not tell it (no jump link then)
 * @param postedAt  when the post was confirmed
 */
public record PostedPaper(long guildId, long channelId, LocalDate day, String paperId, String messageId,
                          Instant postedAt) {

    public PostedPaper {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(postedAt, "postedAt");
    }
}
