package dev.paperboy.daily;

/**
 * Sends the paper of the day; implemented by the Discord side (this package knows nothing of
 * JDA). Both calls block until Discord answered. Unchecked exceptions are treated as transient
 * failures, but an implementation should map what it knows to {@link PostFailure}.
 */
public interface PaperPoster {

    /**
     * Posts the card and its {@code #k / n}, with {@link DailyPost#nonce()} as the message nonce
     * and enforce_nonce, so that sending the same post again within Discord's nonce window
     * returns the first message instead of a second one. The message carries a marker only the
     * daily post of that day has, which {@link #find} looks for.
     */
    PostResult post(DailyPost post) throws PostFailure;

    /**
     * Whether this post is in the channel: the bot's daily message for this paper and day, sent
     * after {@link DailyPost#attempted()}, however many messages came after it (up to a bound the
     * implementation documents; past it the answer is {@link Presence#UNKNOWN}). Asked after a
     * crash or a failed send, before anything is sent again.
     */
    Presence find(DailyPost post) throws PostFailure;

    /**
     * Opens the discussion thread under the post's message, named {@link DailyPost#threadName()}.
     * Must be idempotent: the scheduler calls it again for a post it finds after a crash or a
     * retry, when it cannot know whether the first call went through. (Discord allows one thread
     * per message and answers "already created" to a second: that counts as opened.) The default
     * opens none, for posters that know no threads.
     */
    default void openThread(DailyPost post, String messageId) throws PostFailure {
    }

    /**
     * What the channel says about a post.
     *
     * @param messageId the post's message when it is there and the poster knows it, else null
     */
    record Presence(Kind kind, String messageId) {

        /** There, message unknown. */
        public static final Presence POSTED = new Presence(Kind.POSTED, null);
        public static final Presence NOT_POSTED = new Presence(Kind.NOT_POSTED, null);
        /** the channel could not be read far enough to tell (no history permission, or past the bound) */
        public static final Presence UNKNOWN = new Presence(Kind.UNKNOWN, null);

        public static Presence posted(String messageId) {
            return new Presence(Kind.POSTED, messageId);
        }

        public enum Kind { POSTED, NOT_POSTED, UNKNOWN }
    }
}
