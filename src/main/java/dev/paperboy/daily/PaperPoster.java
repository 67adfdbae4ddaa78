package dev.paperboy.daily;

/**
 * Sends the paper of the day; implemented by the Discord side (this package knows nothing of
 * JDA). Both calls block until Discord answered. Unchecked exceptions are treated as transient
 * failures, but an implementation should map what it knows to {@link PostFailure}.
 */
public interface PaperPoster {

    /**
     * Posts the card and its {@code #k / n}, with {@link DailyPost#nonce()} as the message nonce
     * and enforce_nonce, so that sending the same post again within minutes returns the first
     * message instead of a second one.
     */
    PostResult post(DailyPost post) throws PostFailure;

    /**
     * Whether this post is already in the channel: the bot's message carrying this paper, not
     * older than {@link DailyPost#due()} (or carrying this nonce). Asked after a crash between
     * sending and recording, before anything is sent again.
     */
    boolean isPosted(DailyPost post) throws PostFailure;

    /**
     * How many requests to Discord one {@link #post} makes (a post with a discussion thread makes
     * two). The scheduler paces them all: Discord's global limit counts requests, not posts.
     */
    default int requestsPerPost() {
        return 1;
    }
}
