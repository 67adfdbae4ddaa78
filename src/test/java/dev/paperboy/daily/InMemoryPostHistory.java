package dev.paperboy.daily;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The post history in memory, for tests: the contract of {@link PostHistory}. */
final class InMemoryPostHistory implements PostHistory {

    private final List<PostedPaper> posts = new ArrayList<>();
    /** Every call of {@link #record}, repeats included. */
    final List<PostedPaper> recorded = new ArrayList<>();

    @Override
    public synchronized void record(PostedPaper p) {
        recorded.add(p);
        if (posts.stream().noneMatch(x -> x.channelId() == p.channelId() && x.day().equals(p.day()))) {
            posts.add(p);
        }
    }

    @Override
    public synchronized List<PostedPaper> ofGuild(long guildId, int offset, int limit) {
        return posts.stream().filter(p -> p.guildId() == guildId)
                .sorted(Comparator.comparing(PostedPaper::postedAt).thenComparing(PostedPaper::day).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int countOfGuild(long guildId) {
        return (int) posts.stream().filter(p -> p.guildId() == guildId).count();
    }
}
