package dev.paperboy.daily;

import java.util.List;

/**
 * The papers each server got: what {@code /daily history} shows. The send protocol records a post
 * once it is confirmed (Discord answered with the message, or the channel showed it after a crash).
 * A port: the database implements it (dev.paperboy.store).
 */
public interface PostHistory {

    /**
     * Records a post. Durable when it returns; idempotent per {@code (channelId, day)}: recording
     * the same channel's day again (a post found again after a crash) keeps one entry.
     *
     * @throws StoreException when it could not be recorded
     */
    void record(PostedPaper p);

    /** The guild's posts, newest first ({@link PostedPaper#postedAt()}), {@code limit} of them from {@code offset}. */
    List<PostedPaper> ofGuild(long guildId, int offset, int limit);

    /** How many posts the guild has had. */
    int countOfGuild(long guildId);

    /** Keeps nothing: for a scheduler that is told of no history. */
    PostHistory NONE = new PostHistory() {
        @Override
        public void record(PostedPaper p) {
        }

        @Override
        public List<PostedPaper> ofGuild(long guildId, int offset, int limit) {
            return List.of();
        }

        @Override
        public int countOfGuild(long guildId) {
            return 0;
        }
    };
}
