package dev.paperboy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.catalogue.Shipped;
import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.PostFailure;
import dev.paperboy.daily.PostResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeteredPosterTest {

    private static final DailyPost POST = new DailyPost(1L, 2L, Shipped.CATALOGUE.papers().get(0), 1, 36, "n-1",
            LocalDate.of(2025, 3, 1), Instant.parse("2025-03-01T01:00:00Z"), Instant.parse("2025-03-01T01:00:01Z"),
            null, true);

    private final Metrics metrics = new Metrics();
    private final MeterRegistry registry = metrics.registry();
    private final Scripted poster = new Scripted();
    private final MeteredPoster metered = new MeteredPoster(poster, metrics);

    @AfterEach
    void close() {
        metrics.close();
    }

    /** Answers each call with the next scripted answer and remembers what it was given. */
    private static final class Scripted implements PaperPoster {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<DailyPost> seen = new ArrayList<>();

        private Object next(DailyPost post) throws PostFailure {
            seen.add(post);
            Object a = answers.removeFirst();
            if (a instanceof PostFailure f) {
                throw f;
            }
            if (a instanceof RuntimeException e) {
                throw e;
            }
            return a;
        }

        @Override
        public PostResult post(DailyPost post) throws PostFailure {
            return (PostResult) next(post);
        }

        @Override
        public Presence find(DailyPost post) throws PostFailure {
            return (Presence) next(post);
        }

        final List<String> threads = new ArrayList<>();

        @Override
        public void openThread(DailyPost post, String messageId) {
            threads.add(messageId);
        }
    }

    private double failures(String kind) {
        return registry.get("paperboy.post.failures").tag("kind", kind).counter().count();
    }

    @Test
    void aPostThatWorkedIsCountedAndTimedAndItsResultPassedOn() throws Exception {
        PostResult sent = new PostResult("123");
        poster.answers.add(sent);

        assertThat(metered.post(POST)).isSameAs(sent);

        assertThat(poster.seen).containsExactly(POST);
        assertThat(registry.get("paperboy.posts").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("paperboy.post").timer().count()).isEqualTo(1);
        assertThat(failures("transient")).isZero();
    }

    @Test
    void aFailedPostIsCountedByItsKindAndRethrownUnchanged() {
        PostFailure gone = new PostFailure(PostFailure.Kind.CHANNEL_GONE, "Unknown Channel");
        poster.answers.add(gone);

        assertThatThrownBy(() -> metered.post(POST)).isSameAs(gone);

        assertThat(failures("channel_gone")).isEqualTo(1.0);
        assertThat(failures("no_permission")).isZero();
        assertThat(registry.get("paperboy.posts").counter().count()).isZero();
    }

    @Test
    void anUncheckedExceptionCountsAsTransientLikeTheSchedulerTreatsIt() {
        IllegalStateException bug = new IllegalStateException("bug");
        poster.answers.add(bug);

        assertThatThrownBy(() -> metered.post(POST)).isSameAs(bug);

        assertThat(failures("transient")).isEqualTo(1.0);
    }

    @Test
    void checksForAPostAreCountedByAnswerAndPassedOn() throws Exception {
        poster.answers.add(PaperPoster.Presence.POSTED);
        poster.answers.add(PaperPoster.Presence.UNKNOWN);
        PostFailure limited = PostFailure.rateLimited("429", java.time.Duration.ofSeconds(3));
        poster.answers.add(limited);

        assertThat(metered.find(POST)).isEqualTo(PaperPoster.Presence.POSTED);
        assertThat(metered.find(POST)).isEqualTo(PaperPoster.Presence.UNKNOWN);
        assertThatThrownBy(() -> metered.find(POST)).isSameAs(limited);

        assertThat(registry.get("paperboy.post.finds").tag("result", "posted").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("paperboy.post.finds").tag("result", "unknown").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("paperboy.post.finds").tag("result", "failed").counter().count()).isEqualTo(1.0);
        assertThat(failures("rate_limited")).isEqualTo(1.0);
        assertThat(registry.get("paperboy.posts").counter().count()).as("a find is not a post").isZero();
    }

    @Test
    void openingAThreadReachesThePoster() throws Exception {
        metered.openThread(POST, "m-1");
        assertThat(poster.threads).containsExactly("m-1");
    }
}
