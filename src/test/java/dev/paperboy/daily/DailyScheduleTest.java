package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    static final ZoneId NY = ZoneId.of("America/New_York");
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    static Subscription sub(String time, ZoneId zone) {
        return Subscription.create(1, 2, LocalTime.parse(time), zone, "all", 3L);
    }

    static Instant t(String local, ZoneId zone) {
        return java.time.LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void aTimeInsideTheSpringForwardGapIsDueOnceMovedForwardByTheGap() {
        Subscription s = sub("02:30", NY);
        assertThat(DailySchedule.dueOn(s, LocalDate.of(2024, 3, 10)))
                .isEqualTo(ZonedDateTime.of(2024, 3, 10, 3, 30, 0, 0, NY).toInstant())
                .isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
    }

    @Test
    void aTimeInsideTheFallBackOverlapIsDueAtItsFirstOccurrence() {
        assertThat(DailySchedule.dueOn(sub("01:30", NY), LocalDate.of(2024, 11, 3)))
                .isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
    }

    @Test
    void dueWhenTodaysTimeHasComeAndTodayHasNoPost() {
        Subscription s = sub("09:00", TAIPEI);
        assertThat(DailySchedule.isDue(s, t("2024-05-01T08:59:59", TAIPEI))).isFalse();
        assertThat(DailySchedule.isDue(s, t("2024-05-01T09:00", TAIPEI))).isTrue();
        assertThat(DailySchedule.isDue(s, t("2024-05-01T23:59", TAIPEI))).isTrue();

        Subscription posted = s.withLastPostedAt(t("2024-05-01T09:00", TAIPEI));
        assertThat(DailySchedule.isDue(posted, t("2024-05-01T23:59", TAIPEI))).isFalse();
        assertThat(DailySchedule.isDue(posted, t("2024-05-02T09:00", TAIPEI))).isTrue();
        assertThat(DailySchedule.isDue(posted, t("2024-05-09T09:00", TAIPEI))).as("days later: due once").isTrue();
        assertThat(DailySchedule.isDue(posted.withPause(new Pause(Pause.Why.FAILED_DAYS, Instant.EPOCH)), t("2024-05-02T09:00", TAIPEI))).isFalse();
        assertThat(DailySchedule.isDue(posted.asStopped(), t("2024-05-02T09:00", TAIPEI))).isFalse();
    }

    @Test
    void nextRunIsNowWhenDueTodaysTimeBeforeItAndTomorrowsAfterTodaysPost() {
        Subscription s = sub("09:00", TAIPEI);
        Instant early = t("2024-05-01T07:00", TAIPEI);
        Instant late = t("2024-05-01T10:00", TAIPEI);

        assertThat(DailySchedule.nextRun(s, early)).isEqualTo(t("2024-05-01T09:00", TAIPEI));
        assertThat(DailySchedule.nextRun(s, late)).isEqualTo(late);
        assertThat(DailySchedule.nextRun(s.withLastPostedAt(t("2024-05-01T09:00", TAIPEI)), late))
                .isEqualTo(t("2024-05-02T09:00", TAIPEI));
        assertThat(DailySchedule.nextRun(s.withPause(new Pause(Pause.Why.FAILED_DAYS, Instant.EPOCH)), late)).isNull();
    }

    @Test
    void todayIsTheDateInTheSubscriptionsZone() {
        Instant i = Instant.parse("2024-06-01T12:00:00Z");
        assertThat(DailySchedule.today(sub("09:00", ZoneId.of("Pacific/Kiritimati")), i))
                .isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(DailySchedule.today(sub("09:00", ZoneId.of("Pacific/Pago_Pago")), i))
                .isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(DailySchedule.today(sub("09:00", ZoneId.of("Pacific/Pago_Pago")), Instant.parse("2024-06-01T10:00:00Z")))
                .isEqualTo(LocalDate.of(2024, 5, 31));
    }
}
