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
     * How many requests to Discord one {@link #post} makes (a post with a discussion thread makes
     * two). The scheduler paces them all: Discord's global limit counts requests, not posts.
     */
    default int requestsPerPost() {
        return 1;
    }

    /** What the channel says about a post. */
    enum Presence {
        POSTED,
        NOT_POSTED,
        /** the channel could not be read far enough to tell (no history permission, or past the bound) */
        UNKNOWN
    }
}
