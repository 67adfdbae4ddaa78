package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.GUILD;
import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureTest {

    static final String TAIPEI = "Asia/Taipei";
    static final long GONE = 200;
    static final long FINE = 300;
    static final long OTHER_GUILD = 101;

    @TempDir
    Path stateDir;

    Harness h;

    @BeforeEach
    void twoChannels() throws Rejected {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape()).boot();
        h.subscribe(GONE, "09:00", TAIPEI, "all");
        h.scheduler.subscribe(OTHER_GUILD, FINE, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 1);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aDeletedChannelIsPausedAtOnceWithNoRetriesAndDoesNotStopAnotherChannel() {
        h.poster.fail(GONE, PostFailure.Kind.CHANNEL_GONE, "Unknown Channel");

        h.clock.set(at("2024-05-01T08:59", TAIPEI));
        h.walk(at("2024-05-03T11:00", TAIPEI), Duration.ofMinutes(1));

        assertThat(attempts(GONE)).as("one attempt, then nothing for days").containsExactly(
                at("2024-05-01T09:00", TAIPEI).toInstant());
        assertThat(h.poster.in(FINE)).hasSize(3);
        SubscriptionStatus s = h.scheduler.status(GUILD).get(0);
        assertThat(s.pause().why()).isEqualTo(Pause.Why.CHANNEL_DELETED);
        assertThat(s.lastFailure().cause()).isEqualTo(Failure.Cause.CHANNEL_GONE);
        assertThat(s.nextPost()).isNull();
    }

    @Test
    void aServerThatRemovedTheBotPausesAtOnceAndResumesWhenTheBotIsAddedBack() {
        h.poster.fail(GONE, PostFailure.Kind.GUILD_GONE, "the bot is no longer in the server");
        h.clock.set(at("2024-05-01T08:59", TAIPEI));
        h.walk(at("2024-05-02T11:00", TAIPEI), Duration.ofMinutes(1));
        assertThat(attempts(GONE)).containsExactly(at("2024-05-01T09:00", TAIPEI).toInstant());
        assertThat(h.scheduler.status(GUILD).get(0).pause().why()).isEqualTo(Pause.Why.BOT_REMOVED);

        h.poster.heal(GONE);
        assertThat(h.scheduler.guildBack(GUILD)).containsExactly(GONE);
        h.runDue();
        assertThat(h.poster.in(GONE)).as("back the same day: that day's post, once").hasSize(1);
        assertThat(h.scheduler.status(GUILD).get(0).paused()).isFalse();
    }

    private List<Instant> attempts(long channel) {
        return h.poster.calls.stream().filter(c -> c.post().channelId() == channel).map(FakePoster.Call::at).toList();
    }

    @Test
    void aDiscordErrorIsRetriedWithBackoffReportedInStatusAndDoesNotStopAnotherChannel() {
        h.poster.fail(GONE, PostFailure.Kind.TRANSIENT, "Discord answered 500");

        h.clock.set(at("2024-05-01T08:59", TAIPEI));
        h.walk(at("2024-05-01T11:00", TAIPEI), Duration.ofMinutes(1));

        assertThat(attempts(GONE)).containsExactly(
                at("2024-05-01T09:00", TAIPEI).toInstant(),
                at("2024-05-01T09:01", TAIPEI).toInstant(), // +1 min
                at("2024-05-01T09:03", TAIPEI).toInstant(), // +2
                at("2024-05-01T09:07", TAIPEI).toInstant(), // +4
                at("2024-05-01T09:15", TAIPEI).toInstant(), // +8
                at("2024-05-01T09:31", TAIPEI).toInstant(), // +16
                at("2024-05-01T10:01", TAIPEI).toInstant(), // +30, the cap
                at("2024-05-01T10:31", TAIPEI).toInstant()); // +30
        assertThat(h.poster.in(FINE)).hasSize(1);
        assertThat(h.poster.in(FINE).get(0).at()).isEqualTo(at("2024-05-01T09:00", TAIPEI).toInstant());

        SubscriptionStatus s = h.scheduler.status(GUILD).get(0);
        assertThat(s.lastFailure().reason()).isEqualTo("Discord answered 500");
        assertThat(s.lastFailure().cause()).isEqualTo(Failure.Cause.DISCORD_ERROR);
        assertThat(s.lastFailure().at()).isEqualTo(at("2024-05-01T10:31", TAIPEI).toInstant());
        assertThat(s.failedDays()).isEqualTo(1);
        assertThat(s.paused()).isFalse();
        assertThat(s.nextPost()).isEqualTo(at("2024-05-01T11:01", TAIPEI).toInstant());
        assertThat(s.nextLabel()).isEqualTo("#1 / 36");
    }

    @Test
    void aRateLimitIsRetriedAfterItsRetryAfter() {
        h.poster.fail(GONE, p -> PostFailure.rateLimited("429 Too Many Requests", Duration.ofSeconds(90)));

        h.clock.set(at("2024-05-01T08:59:50", TAIPEI));
        h.walk(at("2024-05-01T09:04", TAIPEI), Duration.ofSeconds(10));

        assertThat(attempts(GONE)).containsExactly(
                at("2024-05-01T09:00", TAIPEI).toInstant(),
                at("2024-05-01T09:01:30", TAIPEI).toInstant(),
                at("2024-05-01T09:03", TAIPEI).toInstant());
    }

    @Test
    void afterThreeFailedDaysTheSubscriptionIsPausedKeptAndSubscribeResumesIt() {
        h.poster.fail(GONE, PostFailure.Kind.NO_PERMISSION, "Missing Permissions: SEND_MESSAGES");

        h.walk(at("2024-05-03T23:50", TAIPEI), Duration.ofMinutes(10));
        SubscriptionStatus third = h.scheduler.status(GUILD).get(0);
        assertThat(third.failedDays()).isEqualTo(3);
        assertThat(third.paused()).as("the third day is not over yet").isFalse();

        h.walk(at("2024-05-05T12:00", TAIPEI), Duration.ofMinutes(10));
        List<Instant> tries = attempts(GONE);
        assertThat(tries.get(tries.size() - 1)).isBefore(at("2024-05-04T00:00", TAIPEI).toInstant());
        assertThat(h.state(GONE).paused()).isTrue();
        SubscriptionStatus paused = h.scheduler.status(GUILD).get(0);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.nextPost()).isNull();
        assertThat(paused.lastFailure().reason()).contains("Missing Permissions");
        assertThat(h.poster.in(FINE)).hasSize(5);

        h.boot(); // paused survives a restart
        h.walk(at("2024-05-05T14:00", TAIPEI), Duration.ofMinutes(10));
        assertThat(attempts(GONE)).hasSameSizeAs(tries);

        h.poster.heal(GONE);
        Subscribed resumed = h.subscribe(GONE, "09:00", TAIPEI, "all");
        assertThat(resumed.change()).isEqualTo(Subscribed.Change.RESUMED);
        assertThat(resumed.status().paused()).isFalse();
        assertThat(resumed.status().failedDays()).isZero();
        assertThat(resumed.status().lastFailure()).as("shown until a post succeeds").isNotNull();
        h.runDue();

        assertThat(h.labels(GONE)).containsExactly("#1 / 36");
        assertThat(h.postDays(GONE, ZoneId.of(TAIPEI))).containsExactly(LocalDate.of(2024, 5, 5));
        assertThat(h.state(GONE).lastFailure()).isNull();
        assertThat(h.state(GONE).failedDays()).isZero();
    }

    @Test
    void aSuccessAfterFailuresClearsTheFailureAndTheFailedDays() {
        h.poster.fail(GONE, PostFailure.Kind.TRANSIENT, "502 Bad Gateway");
        h.walk(at("2024-05-02T09:20", TAIPEI), Duration.ofMinutes(5));
        assertThat(h.state(GONE).failedDays()).isEqualTo(2);

        h.poster.heal(GONE);
        h.walk(at("2024-05-02T12:00", TAIPEI), Duration.ofMinutes(5));

        assertThat(h.labels(GONE)).containsExactly("#1 / 36");
        assertThat(h.postDays(GONE, ZoneId.of(TAIPEI))).containsExactly(LocalDate.of(2024, 5, 2));
        assertThat(h.state(GONE).failedDays()).isZero();
        assertThat(h.state(GONE).lastFailure()).isNull();
    }

    @Test
    void aPosterThatThrowsAnUnexpectedExceptionIsTreatedAsATransientFailure() {
        h.poster.fail(GONE, p -> {
            throw new IllegalStateException("bug in the poster");
        });

        h.walk(at("2024-05-01T09:30", TAIPEI), Duration.ofMinutes(1));

        assertThat(h.state(GONE).lastFailure().reason()).contains("bug in the poster");
        assertThat(h.poster.in(FINE)).hasSize(1);
        assertThat(attempts(GONE)).hasSizeGreaterThan(1);
    }

    @Test
    void aStateWriteThatFailsIsRetriedLaterAndNothingIsSentWithoutItsIntent() {
        JsonFileSubscriptionStore failing = new JsonFileSubscriptionStore(stateDir, h.clock, (target, content) -> {
            throw new java.io.IOException("No space left on device");
        });
        DailyScheduler scheduler = new DailyScheduler(h.clock, failing, () -> h.catalogue, h.poster, g -> true, null,
                h.settings, h.history, new Pacer(1000, new Harness.NoSleep()));
        try {
            h.clock.set(at("2024-05-01T09:00", TAIPEI));
            scheduler.runDue();
            h.clock.advance(Duration.ofSeconds(30));
            scheduler.runDue();
        } finally {
            scheduler.close();
        }

        assertThat(h.poster.calls).as("no intent on disk, no send").isEmpty();
        assertThat(failing.get(GONE).orElseThrow().pending()).isNull();
    }
}
