package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send protocol with a thread and the post history: the thread is opened once under a post
 * however it was retried, a thread that fails never costs the post, and every confirmed post is
 * in the history once, with its message.
 */
class StudyGroupPostTest {

    static final long CHANNEL = 400;
    static final String TAIPEI = "Asia/Taipei";
    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    @TempDir
    Path stateDir;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private void withThread() {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape()).boot();
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(null, null, true));
    }

    @Test
    void aPostWhoseAnswerWasLostIsFoundOnRetryAndGetsOneThreadUnderIt() {
        withThread();
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "read timed out"));
        h.runAt(at("2024-05-01T09:00", TAIPEI)); // delivered, the answer lost: no message id, no thread yet
        assertThat(h.poster.threads).isEmpty();

        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(1));

        String message = h.poster.in(CHANNEL).get(0).id();
        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.threads).containsOnlyKeys(message);
        assertThat(h.history.ofGuild(Harness.GUILD, 0, 10)).singleElement()
                .satisfies(p -> assertThat(p.messageId()).isEqualTo(message));
    }

    @Test
    void aKillAfterTheThreadWasOpenedButBeforeThePostWasRecordedOpensNoSecondThread() {
        withThread();
        h.store.crashAtPut(2, false); // 1: the intent; 2: the result, after send and thread
        assertThatThrownBy(() -> h.runAt(at("2024-05-01T09:00", TAIPEI))).isInstanceOf(Crash.class);
        assertThat(h.poster.threads).hasSize(1);

        h.boot();
        h.runDue();
        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.threadCalls).as("asked again after the restart").hasSize(2);
        assertThat(h.poster.threads).as("but one thread under the post").hasSize(1);
        assertThat(h.history.recorded).as("recorded twice, kept once").hasSize(2);
        assertThat(h.history.countOfGuild(Harness.GUILD)).isEqualTo(1);
        assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(DAY);
    }

    @Test
    void aThreadThatCannotBeOpenedDoesNotKeepThePostFromCounting() {
        withThread();
        h.poster.failNextThread(new PostFailure(PostFailure.Kind.NO_PERMISSION, "Missing Permissions"));
        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.threads).isEmpty();
        assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(DAY);
        assertThat(h.state(CHANNEL).lastFailure()).isNull();
        assertThat(h.history.countOfGuild(Harness.GUILD)).isEqualTo(1);
    }

    @Test
    void theHistoryHasEachConfirmedPostNewestFirstWithItsMessage() {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape()).boot();
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-03T12:00", TAIPEI), Duration.ofMinutes(30));

        List<PostedPaper> history = h.scheduler.history(Harness.GUILD, 0, 10);
        assertThat(history).extracting(PostedPaper::day).containsExactly(DAY.plusDays(2), DAY.plusDays(1), DAY);
        assertThat(history).extracting(PostedPaper::paperId)
                .containsExactly(Papers.paper(2).id(), Papers.paper(1).id(), Papers.paper(0).id());
        assertThat(history).extracting(PostedPaper::messageId)
                .containsExactly(h.poster.in(CHANNEL).get(2).id(), h.poster.in(CHANNEL).get(1).id(),
                        h.poster.in(CHANNEL).get(0).id());
        assertThat(h.scheduler.history(Harness.GUILD, 1, 1)).extracting(PostedPaper::day).containsExactly(DAY.plusDays(1));
        assertThat(h.scheduler.historyCount(Harness.GUILD)).isEqualTo(3);
    }

    @Test
    void anUnconfirmedDayIsNotInTheHistory() {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape()).boot();
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "the answer was lost"));
        h.poster.historyUnreadable(true);
        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(5));

        assertThat(h.state(CHANNEL).lastFailure().cause()).isEqualTo(Failure.Cause.UNCONFIRMED);
        assertThat(h.history.countOfGuild(Harness.GUILD)).isZero();
    }
}
