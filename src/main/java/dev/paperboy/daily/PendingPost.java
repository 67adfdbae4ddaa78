package dev.paperboy.daily;

import dev.paperboy.catalogue.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The intent to post, written to state before the message is sent, so that after a crash the
 * scheduler can ask Discord whether the message went out and either record it or send it again
 * (see {@link PostProtocol}).
 *
 * <p>The paper itself is kept, not only its id, so that the same card with the same
 * {@code #k / n} is checked for even when the catalogue changed in between.
 *
 * @param day       the subscription's local day this post is for, decided once when it became due
 * @param due       that day's due instant; recorded as the day of the post when it is settled
 * @param attempted when the intent was written, just before the first send: a message for this
 *                  post is not older than this, so the search of the channel starts here
 * @param area      the subscription's area when the intent was written
 * @param position  the paper's index in the area's chronological list (0-based)
 * @param total     the size of that list
 * @param nonce     sent with the message; derived from channel and day ({@link Nonces})
 * @param advances  whether recording this post moves the subscription on to the next paper;
 *                  false when {@code /daily set} changed the area or restarted the list after
 *                  the intent was written (the post still counts for its day, but the change wins)
 */
public record PendingPost(LocalDate day, Instant due, Instant attempted, String area, Paper paper, int position,
                          int total, String nonce, boolean advances) {

    public PendingPost {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(attempted, "attempted");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(nonce, "nonce");
        if (total <= 0 || position < 0 || position >= total) {
            throw new IllegalArgumentException("position " + position + " is not within a list of " + total);
        }
    }

    public String paperId() {
        return paper.id();
    }

    /** The same intent, no longer moving the subscription on when recorded. */
    public PendingPost detached() {
        return advances ? new PendingPost(day, due, attempted, area, paper, position, total, nonce, false) : this;
    }
}
