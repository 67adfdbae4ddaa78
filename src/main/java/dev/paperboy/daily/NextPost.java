package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code /daily preview} shows: a guild's next post as the poster will send it (paper,
 * {@code #k / n}, day and its marker, role ping, thread), built by the same rules as the post.
 */
final class NextPost {

    private NextPost() {
    }

    /**
     * The next post of the guild's paper of the day: the subscription set by {@code /daily set}
     * (one per guild), else the config file's channel that posts first; a paused one too (it
     * shows what resuming brings). Empty when the guild has none or there is no paper to post.
     */
    static Optional<DailyPost> of(List<Subscription> guild, Catalogue cat, Instant now, boolean threadByDefault) {
        return guild.stream()
                .filter(s -> !s.stopped())
                .min(Comparator.comparing((Subscription s) -> !s.byCommand())
                        .thenComparing(s -> DailySchedule.dueOn(s, DailySchedule.nextDay(s, now)))
                        .thenComparingLong(Subscription::channelId))
                .flatMap(s -> of(s, cat, now, threadByDefault));
    }

    static Optional<DailyPost> of(Subscription s, Catalogue cat, Instant now, boolean threadByDefault) {
        if (!(NextPaper.of(cat, s) instanceof NextPaper.Pick pick)) {
            return Optional.empty();
        }
        LocalDate day = DailySchedule.nextDay(s, now);
        Instant due = DailySchedule.dueOn(s, day);
        PendingPost intent = new PendingPost(day, due, due, s.area(), pick.paper(), pick.index(), pick.total(),
                Nonces.of(s.channelId(), day), true);
        return Optional.of(DailyPost.of(s, intent, threadByDefault));
    }
}
