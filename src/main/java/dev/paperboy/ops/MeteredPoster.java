package dev.paperboy.ops;

import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.PostFailure;
import dev.paperboy.daily.PostResult;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts what the poster it wraps does — posts and their latency, failures by kind, checks for a
 * post by answer — and changes nothing else: same results, same exceptions, same pacing. An
 * unchecked exception counts as {@code TRANSIENT}, as the scheduler treats it.
 */
public final class MeteredPoster implements PaperPoster {

    private final PaperPoster poster;
    private final Metrics metrics;

    public MeteredPoster(PaperPoster poster, Metrics metrics) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public PostResult post(DailyPost post) throws PostFailure {
        long start = System.nanoTime();
        PostResult result;
        try {
            result = poster.post(post);
        } catch (PostFailure e) {
            metrics.postFailed(e.kind());
            throw e;
        } catch (RuntimeException e) {
            metrics.postFailed(PostFailure.Kind.TRANSIENT);
            throw e;
        }
        metrics.posted(System.nanoTime() - start);
        return result;
    }

    @Override
    public Presence find(DailyPost post) throws PostFailure {
        Presence presence;
        try {
            presence = poster.find(post);
        } catch (PostFailure e) {
            // a check that failed is a failure of its kind too: the channel is gone for both
            metrics.postFailed(e.kind());
            metrics.found("failed");
            throw e;
        } catch (RuntimeException e) {
            metrics.postFailed(PostFailure.Kind.TRANSIENT);
            metrics.found("failed");
            throw e;
        }
        metrics.found(presence == null ? "none" : presence.kind().name().toLowerCase(Locale.ROOT));
        return presence;
    }

    /** Passed through: a thread that fails is logged by the protocol and never fails the post. */
    @Override
    public void openThread(DailyPost post, String messageId) throws PostFailure {
        poster.openThread(post, messageId);
    }
}
