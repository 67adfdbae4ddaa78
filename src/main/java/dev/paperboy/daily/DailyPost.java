package dev.paperboy.daily;

import dev.paperboy.catalogue.Paper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One paper of the day for one channel, as the poster sends it.
 *
 * @param number    k in {@code #k / n}, 1-based
 * @param total     n, the size of the subscription's list
 * @param nonce     derived from channel and day; the Discord poster sends it with enforce_nonce
 * @param day       the subscription's local day the post is for
 * @param due       that day's due instant: the marker that tells this post from every other message
 * @param attempted when the first attempt was made: a message for this post is not older
 */
public record DailyPost(long guildId, long channelId, Paper paper, int number, int total, String nonce,
                        LocalDate day, Instant due, Instant attempted) {

    public DailyPost {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(attempted, "attempted");
    }

    static DailyPost of(Subscription s, PendingPost p) {
        return new DailyPost(s.guildId(), s.channelId(), p.paper(), p.position() + 1, p.total(), p.nonce(),
                p.day(), p.due(), p.attempted());
    }

    /** {@code #3 / 36}. */
    public String label() {
        return NextPaper.label(number, total);
    }
}
