package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The process dies (kill -9) at every step of a post; a new process over the same state
 * directory, talking to the same Discord, must neither post twice nor skip the day.
 */
class CrashSafetyTest {

    static final String TAIPEI = "Asia/Taipei";
    static final ZoneId ZONE = ZoneId.of(TAIPEI);
    static final long CHANNEL = 200;
    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    /** Where the process dies, in the order the steps happen. */
    enum CrashPoint {
        BEFORE_INTENT_IS_WRITTEN(false),
        AFTER_INTENT_IS_WRITTEN(false),
        WHILE_SENDING_BEFORE_DISCORD_HAS_IT(false),
        AFTER_DISCORD_POSTED_BEFORE_THE_ANSWER(true),
        BEFORE_RESULT_IS_WRITTEN(true),
        AFTER_RESULT_IS_WRITTEN(true);

        final boolean messageWentOut;

        CrashPoint(boolean messageWentOut) {
            this.messageWentOut = messageWentOut;
        }
    }

    @TempDir
    Path stateDir;

    Harness h;

    @BeforeEach
    void subscribe() {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape()).boot();
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
    }

    @AfterEach
    void close() {
        h.close();
    }

    private void crashDuringThePostAt(CrashPoint point) {
        switch (point) {
            case BEFORE_INTENT_IS_WRITTEN -> h.store.crashAtPut(1, false);
            case AFTER_INTENT_IS_WRITTEN -> h.store.crashAtPut(1, true);
            case WHILE_SENDING_BEFORE_DISCORD_HAS_IT -> h.poster.crashNextPost(FakePoster.CrashAt.BEFORE_DELIVERY);
            case AFTER_DISCORD_POSTED_BEFORE_THE_ANSWER -> h.poster.crashNextPost(FakePoster.CrashAt.AFTER_DELIVERY);
            case BEFORE_RESULT_IS_WRITTEN -> h.store.crashAtPut(2, false);
            case AFTER_RESULT_IS_WRITTEN -> h.store.crashAtPut(2, true);
            default -> throw new AssertionError(point);
        }
        h.clock.set(at("2024-05-01T09:00", TAIPEI));
        assertThatThrownBy(h::runDue).isInstanceOf(Crash.class);
        assertThat(h.poster.in(CHANNEL)).hasSize(point.messageWentOut ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void crashAtAnyStepThenRestartTheSameDayPostsExactlyOnce(CrashPoint point) throws Exception {
        crashDuringThePostAt(point);
        assertStateFileIsWhole();

        h.clock.set(at("2024-05-01T09:02", TAIPEI));
        h.boot();
        h.runDue();
        h.walk(at("2024-05-02T12:00", TAIPEI), Duration.ofMinutes(15));

        assertThat(h.postDays(CHANNEL, ZONE)).containsExactly(DAY, DAY.plusDays(1));
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        assertThat(h.state(CHANNEL).pending()).isNull();
        assertThat(h.state(CHANNEL).position()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void crashAtAnyStepThenDownUntilTheNextDayNeitherRepeatsNorSkipsAPaper(CrashPoint point) throws Exception {
        crashDuringThePostAt(point);

        h.clock.set(at("2024-05-02T10:00", TAIPEI));
        h.boot();
        h.runDue();
        h.walk(at("2024-05-03T12:00", TAIPEI), Duration.ofMinutes(15));

        if (point.messageWentOut) {
            assertThat(h.postDays(CHANNEL, ZONE)).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
            assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36", "#3 / 36");
        } else {
            // 05-01 is lost to the outage itself; the unsent intent for it is dropped, never posted late
            assertThat(h.postDays(CHANNEL, ZONE)).containsExactly(DAY.plusDays(1), DAY.plusDays(2));
            assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        }
        assertThat(h.poster.in(CHANNEL)).allSatisfy(m -> assertThat(m.post().day()).isEqualTo(m.localDay(ZONE)));
    }

    @Test
    void crashWhileSendingIsResentWithTheSameNonce() {
        crashDuringThePostAt(CrashPoint.WHILE_SENDING_BEFORE_DISCORD_HAS_IT);
        String nonce = h.state(CHANNEL).pending().nonce();

        h.clock.set(at("2024-05-01T09:02", TAIPEI));
        h.boot();
        h.runDue();

        List<FakePoster.Call> calls = h.poster.calls;
        assertThat(calls).extracting(FakePoster.Call::kind).containsExactly("post", "find", "post");
        assertThat(calls).extracting(c -> c.post().nonce()).containsOnly(nonce);
        assertThat(h.poster.in(CHANNEL)).hasSize(1);
    }

    @Test
    void crashAfterDiscordPostedIsRecordedWithoutASecondSend() {
        crashDuringThePostAt(CrashPoint.AFTER_DISCORD_POSTED_BEFORE_THE_ANSWER);

        h.clock.set(at("2024-05-01T09:02", TAIPEI));
        h.boot();
        h.runDue();

        assertThat(h.poster.calls).extracting(FakePoster.Call::kind).containsExactly("post", "find");
        assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(DAY);
        assertThat(h.state(CHANNEL).lastPostedPaperId()).isEqualTo(Papers.paper(0).id());
    }

    @Test
    void aCheckThatMissesTheMessageResendsWithTheSameNonceAndDiscordKeepsOneMessage() {
        crashDuringThePostAt(CrashPoint.AFTER_DISCORD_POSTED_BEFORE_THE_ANSWER);
        h.poster.missMessages(true);

        h.clock.set(at("2024-05-01T09:02", TAIPEI)); // within enforce_nonce's window
        h.boot();
        h.runDue();

        assertThat(h.poster.callsFor(CHANNEL, "post")).hasSize(2)
                .extracting(c -> c.post().nonce()).containsOnly(h.poster.messages.get(0).post().nonce());
        assertThat(h.poster.in(CHANNEL)).hasSize(1);
    }

    @Test
    void aSendWhoseAnswerIsLostIsCheckedBeforeTheRetryAndNotPostedTwice() {
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "read timed out"));

        h.runAt(at("2024-05-01T09:00", TAIPEI));
        assertThat(h.state(CHANNEL).pending()).as("the intent stays until it is settled").isNotNull();
        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(1));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.callsFor(CHANNEL, "post")).hasSize(1);
        assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(DAY);
        assertThat(h.state(CHANNEL).lastFailure()).isNull();
    }

    @Test
    void everyStateWriteOfADayInterruptedInTurnLeavesTheOldOrTheNewStateNeverABrokenFile() throws Exception {
        // count the writes of one post, then kill before and after each of them
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        int writesPerPost = 2;
        for (int k = 1; k <= writesPerPost; k++) {
            for (boolean after : new boolean[] {false, true}) {
                Subscription before = h.state(CHANNEL);
                h.clock.advance(Duration.ofDays(1));
                h.store.crashAtPut(k, after);
                assertThatThrownBy(h::runDue).isInstanceOf(Crash.class);

                Subscription onDisk = JsonFileSubscriptionStore.read(h.files.fileOf(CHANNEL));
                assertThat(onDisk.lastPostedDay()).isIn(before.lastPostedDay(), before.lastPostedDay().plusDays(1));
                h.boot();
                assertThat(h.files.problems()).isEmpty();
                h.runDue();
                assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(before.lastPostedDay().plusDays(1));
            }
        }
        List<LocalDate> days = h.postDays(CHANNEL, ZONE);
        assertThat(days).doesNotHaveDuplicates().hasSize(1 + 2 * writesPerPost);
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36", "#3 / 36", "#4 / 36", "#5 / 36");
    }

    private void assertStateFileIsWhole() throws Exception {
        Path file = h.files.fileOf(CHANNEL);
        Subscription s = JsonFileSubscriptionStore.read(file);
        assertThat(s.channelId()).isEqualTo(CHANNEL);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CHANNEL + ".json");
        }
    }
}
