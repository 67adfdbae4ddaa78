package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Exactly once per scheduled local day" for study groups that post on weekdays or once a week:
 * the days of the posts, the paper walk (one step per post, not per calendar day), a change of
 * daylight-saving time, and the catch-up after the bot was down over a scheduled day.
 */
class StudyGroupScheduleTest {

    static final long CHANNEL = 300;
    static final String NEW_YORK = "America/New_York";
    static final String TAIPEI = "Asia/Taipei";
    static final PostOptions.Change WEEKDAYS = new PostOptions.Change(Days.WEEKDAYS, null, null);

    @TempDir
    Path stateDir;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private Harness harness(ZonedDateTime start) {
        h = new Harness(stateDir, start.toInstant(), Papers.seedShape()).boot();
        return h;
    }

    private static PostOptions.Change weekly(DayOfWeek day) {
        return new PostOptions.Change(Days.weekly(day), null, null);
    }

    @Test
    void weekdaysPostMondayToFridayAtNineLocalAcrossTheSpringForwardWeekend() {
        harness(at("2024-03-04T08:00", NEW_YORK)); // a Monday; clocks spring forward on Sunday 2024-03-10
        h.subscribe(CHANNEL, "09:00", NEW_YORK, "all", WEEKDAYS);

        h.walk(at("2024-03-17T23:00", NEW_YORK), Duration.ofMinutes(15));

        ZoneId ny = ZoneId.of(NEW_YORK);
        assertThat(h.postDays(CHANNEL, ny)).containsExactly(
                LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
                LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8),
                LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 13),
                LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 15));
        assertThat(h.poster.in(CHANNEL)).as("09:00 in New York on both sides of the change").allSatisfy(m ->
                assertThat(m.at().atZone(ny).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(h.poster.in(CHANNEL).get(4).at()).as("Friday, EST").hasToString("2024-03-08T14:00:00Z");
        assertThat(h.poster.in(CHANNEL).get(5).at()).as("Monday, EDT").hasToString("2024-03-11T13:00:00Z");
        assertThat(h.labels(CHANNEL)).as("one paper per post: the weekend moves nothing")
                .containsExactly("#1 / 36", "#2 / 36", "#3 / 36", "#4 / 36", "#5 / 36", "#6 / 36", "#7 / 36",
                        "#8 / 36", "#9 / 36", "#10 / 36");
    }

    @Test
    void onceAWeekOnWednesdayPostsEachWednesdayOfAMonthWithTheNextPaperEachTime() {
        harness(at("2024-05-01T08:00", TAIPEI)); // Wednesday, May 1
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", weekly(DayOfWeek.WEDNESDAY));

        h.walk(at("2024-05-31T23:00", TAIPEI), Duration.ofMinutes(30));

        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI))).containsExactly(LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 22),
                LocalDate.of(2024, 5, 29));
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36", "#3 / 36", "#4 / 36", "#5 / 36");
    }

    @Test
    void aWeeklySubscriptionSetOnAnotherDayWaitsForItsDay() {
        harness(at("2024-05-02T10:00", TAIPEI)); // Thursday, past 09:00
        Subscribed s = h.subscribe(CHANNEL, "09:00", TAIPEI, "all", weekly(DayOfWeek.MONDAY));
        h.runDue();

        assertThat(h.poster.messages).as("Thursday is not its day: no first post at once").isEmpty();
        assertThat(s.status().nextPost()).isEqualTo(at("2024-05-06T09:00", TAIPEI).toInstant());
    }

    @Test
    void downOverAScheduledFridayTheBotDoesNotPostItOnSaturdayNorSundayButOnMondayWithTheNextPaper() {
        harness(at("2024-05-02T08:00", TAIPEI)); // Thursday
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", WEEKDAYS);
        h.walk(at("2024-05-02T10:00", TAIPEI), Duration.ofMinutes(10)); // Thursday's post, #1

        h.boot(); // down from Thursday evening to Saturday morning: Friday's post is missed
        h.runAt(at("2024-05-04T10:00", TAIPEI));
        h.walk(at("2024-05-05T23:50", TAIPEI), Duration.ofMinutes(10));
        assertThat(h.poster.messages).as("no catch-up on a day that is not scheduled").hasSize(1);

        h.walk(at("2024-05-06T10:00", TAIPEI), Duration.ofMinutes(10));
        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI)))
                .containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 6));
        assertThat(h.labels(CHANNEL)).as("the missed Friday skips no paper").containsExactly("#1 / 36", "#2 / 36");
    }

    @Test
    void downOverItsWeeklyDayTheBotPostsNothingUntilTheNextWeek() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", weekly(DayOfWeek.WEDNESDAY));
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10));

        h.boot(); // down over Wednesday May 8, back on Thursday
        h.runAt(at("2024-05-09T12:00", TAIPEI));
        h.walk(at("2024-05-15T10:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI)))
                .containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 15));
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
    }

    @Test
    void changingOneOfDaysRoleAndThreadKeepsTheOthers() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(Days.WEEKDAYS, 555L, true));

        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(null, null, false));
        assertThat(h.state(CHANNEL).options()).isEqualTo(new PostOptions(Days.WEEKDAYS, 555L, false));

        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(Days.weekly(DayOfWeek.FRIDAY), null, null));
        assertThat(h.state(CHANNEL).options()).isEqualTo(new PostOptions(Days.weekly(DayOfWeek.FRIDAY), 555L, false));

        h.subscribe(CHANNEL, "10:00", TAIPEI, "all"); // time alone
        assertThat(h.state(CHANNEL).options()).isEqualTo(new PostOptions(Days.weekly(DayOfWeek.FRIDAY), 555L, false));

        h.subscribe(CHANNEL, "10:00", TAIPEI, "all", new PostOptions.Change(null, PostOptions.Change.NO_ROLE, null));
        assertThat(h.state(CHANNEL).options().roleId()).as("no ping any more").isNull();
    }

    @Test
    void theRoleAndThreadOfTheSubscriptionGoWithEachPost() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(null, 555L, true));
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10));

        DailyPost post = h.poster.in(CHANNEL).get(0).post();
        assertThat(post.roleId()).isEqualTo(555L);
        assertThat(post.thread()).isTrue();
        assertThat(h.poster.threads).containsExactly(java.util.Map.entry(h.poster.in(CHANNEL).get(0).id(),
                Papers.paper(0).displayName()));
    }

    @Test
    void theConfigFilesThreadIsTheDefaultOfASubscriptionThatDidNotChoose() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.settings = h.settings.withThreadByDefault(true);
        h.boot();
        h.scheduler.applyConfigured(List.of(new ConfiguredChannel(Harness.GUILD, CHANNEL + 1, LocalTime.of(9, 0),
                ZoneId.of(TAIPEI), "all")));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all", new PostOptions.Change(null, null, false));
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.poster.in(CHANNEL + 1).get(0).post().thread()).as("did not choose: the default").isTrue();
        assertThat(h.poster.in(CHANNEL).get(0).post().thread()).as("chose no thread").isFalse();
        assertThat(h.poster.threads).hasSize(1);
        assertThat(h.scheduler.status(Harness.GUILD)).extracting(SubscriptionStatus::thread).containsExactly(false, true);
    }
}
