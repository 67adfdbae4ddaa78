package dev.paperboy.daily;

import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Texts;
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
 * @param roleId    the role pinged with the post (the only mention it allows), or null
 * @param thread    whether a discussion thread is opened under the post
 */
public record DailyPost(long guildId, long channelId, Paper paper, int number, int total, String nonce,
                        LocalDate day, Instant due, Instant attempted, Long roleId, boolean thread) {

    /** Discord's longest thread name. */
    public static final int THREAD_NAME = 100;

    public DailyPost {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(attempted, "attempted");
    }

    /** The post of an intent, pinging and opening a thread as the subscription says now. */
    static DailyPost of(Subscription s, PendingPost p, boolean threadByDefault) {
        return new DailyPost(s.guildId(), s.channelId(), p.paper(), p.position() + 1, p.total(), p.nonce(),
                p.day(), p.due(), p.attempted(), s.options().roleId(), s.options().threadOr(threadByDefault));
    }

    /** The thread's name: the paper's, cut to Discord's limit. */
    public String threadName() {
        return Texts.cut(paper.displayName().strip(), THREAD_NAME);
    }

    /** {@code #3 / 36}. */
    public String label() {
        return NextPaper.label(number, total);
    }
}
