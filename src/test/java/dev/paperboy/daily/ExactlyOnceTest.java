package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.GUILD;
import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Exactly once per local day" in the hard cases of PRODUCT.md, with an injected clock: changes
 * of zone, time and area, a pass that crosses midnight, a damaged state file, lost state, and a
 * post whose fate cannot be learned.
 */
class ExactlyOnceTest {

    static final long CHANNEL = 200;
    static final String TAIPEI = "Asia/Taipei";
    static final String LOS_ANGELES = "America/Los_Angeles";

    @TempDir
    Path stateDir;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private Harness harness(String localStart, String zone, Catalogue catalogue) {
        h = new Harness(stateDir, at(localStart, zone).toInstant(), catalogue).boot();
        return h;
    }

    /** Posts of the channel by local day in {@code zone}. */
    private Map<LocalDate, Long> postsPerDay(String zone) {
        return h.poster.in(CHANNEL).stream().collect(Collectors.groupingBy(m -> m.localDay(ZoneId.of(zone)),
                TreeMap::new, Collectors.counting()));
    }

    @Test
    void eastToWestZoneChangeSkipsNoDayAndNeverPostsTwiceOnALocalDayOfTheNewZone() {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10)); // posted May 1, 09:00 Taipei = Apr 30 in LA

        h.subscribe(CHANNEL, "09:00", LOS_ANGELES, "all"); // Apr 30, 19:00 in Los Angeles
        h.walk(at("2024-05-04T12:00", LOS_ANGELES), Duration.ofMinutes(10));

        Map<LocalDate, Long> days = postsPerDay(LOS_ANGELES);
        assertThat(days).as("one post each local day of the new zone, May 1 not skipped").containsExactly(
                Map.entry(LocalDate.of(2024, 4, 30), 1L), Map.entry(LocalDate.of(2024, 5, 1), 1L),
                Map.entry(LocalDate.of(2024, 5, 2), 1L), Map.entry(LocalDate.of(2024, 5, 3), 1L),
                Map.entry(LocalDate.of(2024, 5, 4), 1L));
    }

    @Test
    void westToEastZoneChangeNeverPostsTwiceOnALocalDayOfTheNewZone() {
        harness("2024-05-01T08:00", LOS_ANGELES, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", LOS_ANGELES, "all");
        h.walk(at("2024-05-01T10:00", LOS_ANGELES), Duration.ofMinutes(10)); // May 1, 09:00 LA = May 2, 00:00 Taipei

        h.subscribe(CHANNEL, "09:00", TAIPEI, "all"); // May 2, 01:00 in Taipei
        h.walk(at("2024-05-05T12:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(postsPerDay(TAIPEI)).as("May 2 had its post at midnight: no second at 09:00").containsExactly(
                Map.entry(LocalDate.of(2024, 5, 2), 1L), Map.entry(LocalDate.of(2024, 5, 3), 1L),
                Map.entry(LocalDate.of(2024, 5, 4), 1L), Map.entry(LocalDate.of(2024, 5, 5), 1L));
    }

    @Test
    void aLaterTimeOnTheSameDayDoesNotPostAgainAndAnEarlierOneTheNextDayPostsOnce() {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10));
        h.subscribe(CHANNEL, "21:00", TAIPEI, "all");
        h.walk(at("2024-05-02T05:00", TAIPEI), Duration.ofMinutes(10));
        h.subscribe(CHANNEL, "06:00", TAIPEI, "all");
        h.walk(at("2024-05-03T12:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(postsPerDay(TAIPEI)).containsExactly(Map.entry(LocalDate.of(2024, 5, 1), 1L),
                Map.entry(LocalDate.of(2024, 5, 2), 1L), Map.entry(LocalDate.of(2024, 5, 3), 1L));
    }

    @Test
    void aZoneThatJumpsAcrossTheDateLineAndDaylightSavingStillPostsOncePerLocalDay() {
        harness("2024-03-09T20:00", "America/New_York", Papers.seedShape());
        h.subscribe(CHANNEL, "02:30", "America/New_York", "all"); // 02:30 does not exist on 2024-03-10
        h.walk(at("2024-03-11T12:00", "America/New_York"), Duration.ofMinutes(15));
        assertThat(postsPerDay("America/New_York")).as("set after 02:30: at once; the day without 02:30 at 03:30")
                .containsExactly(Map.entry(LocalDate.of(2024, 3, 9), 1L), Map.entry(LocalDate.of(2024, 3, 10), 1L),
                        Map.entry(LocalDate.of(2024, 3, 11), 1L));
        assertThat(h.poster.in(CHANNEL).get(1).at()).isEqualTo(at("2024-03-10T03:30", "America/New_York").toInstant());

        h.subscribe(CHANNEL, "02:30", "Pacific/Kiritimati", "all"); // UTC+14: already March 12 there
        h.walk(at("2024-03-15T12:00", "Pacific/Kiritimati"), Duration.ofMinutes(15));
        // read in the new zone, the days from the last post before the change on have one post each
        assertThat(((TreeMap<LocalDate, Long>) postsPerDay("Pacific/Kiritimati")).tailMap(LocalDate.of(2024, 3, 11))
                .values()).as("every day of the new zone: one post").hasSize(5).allMatch(n -> n == 1);
        assertThat(postsPerDay("Pacific/Kiritimati")).containsKeys(LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 14),
                LocalDate.of(2024, 3, 15));
    }

    @Test
    void aChangeOfAreaWhileAPostIsUnsettledAppliesFromTheNextPostAndStatusShowsBoth() throws Exception {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.poster.fail(CHANNEL, PostFailure.Kind.TRANSIENT, "Discord answered 500");
        h.runAt(at("2024-05-01T09:00", TAIPEI)); // intent for nlp-00 written, the send failed
        assertThat(h.files.get(CHANNEL).orElseThrow().pending().paperId()).isEqualTo("nlp-00");

        h.subscribe(CHANNEL, "09:00", TAIPEI, "cv");
        SubscriptionStatus status = h.scheduler.status(GUILD).get(0);
        assertThat(status.unsettled().id()).as("the post being confirmed").isEqualTo("nlp-00");
        assertThat(status.nextPaper().id()).as("what the change brings").isEqualTo("cv-01");

        h.poster.heal(CHANNEL);
        h.walk(at("2024-05-02T12:00", TAIPEI), Duration.ofMinutes(5));
        assertThat(h.poster.in(CHANNEL)).extracting(m -> m.post().paper().id())
                .as("not in the channel: the resend brings the new area's first paper; then the walk goes on")
                .containsExactly("cv-01", "cv-02");
    }

    @Test
    void aPostFoundInTheChannelAfterAnAreaChangeCountsForItsDayAndTheNewAreaStartsNext() {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "the answer was lost"));
        h.runAt(at("2024-05-01T09:00", TAIPEI)); // delivered, but the bot does not know

        h.subscribe(CHANNEL, "09:00", TAIPEI, "cv");
        h.walk(at("2024-05-02T12:00", TAIPEI), Duration.ofMinutes(5));

        assertThat(h.poster.in(CHANNEL)).extracting(m -> m.post().paper().id()).containsExactly("nlp-00", "cv-01");
        assertThat(postsPerDay(TAIPEI).values()).allMatch(n -> n == 1);
    }

    @Test
    void aPassThatCrossesMidnightPostsForTheDayItFoundDueAndTheNextDayStillGetsItsPost() {
        harness("2024-05-01T23:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "23:59", TAIPEI, "all");
        PaperPoster slow = new SlowPoster(h.poster, h.clock, Duration.ofMinutes(2));
        h.scheduler.close();
        h.scheduler = new DailyScheduler(h.clock, h.store, () -> h.catalogue, slow, g -> true, null, h.settings,
                h.history, new Pacer(1_000_000, new Harness.NoSleep()));

        h.runAt(at("2024-05-01T23:59:30", TAIPEI)); // the send ends at 00:01:30 on May 2
        Subscription s = h.files.get(CHANNEL).orElseThrow();
        assertThat(s.lastPostedDay()).as("decided once: the post is May 1's").isEqualTo(LocalDate.of(2024, 5, 1));

        h.walk(at("2024-05-03T00:30", TAIPEI), Duration.ofMinutes(1));
        assertThat(h.poster.in(CHANNEL)).extracting(m -> m.post().day()).containsExactly(
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2));
    }

    @Test
    void aDamagedFileOfAConfiguredChannelIsNeitherRecreatedNorPostedAndIsReported() throws Exception {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        ConfiguredChannel configured = new ConfiguredChannel(GUILD, CHANNEL, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all");
        h.scheduler.applyConfigured(List.of(configured));
        h.walk(at("2024-05-01T10:00", TAIPEI), Duration.ofMinutes(10)); // posted #1 today
        h.close();
        Files.writeString(stateDir.resolve("subscriptions/" + CHANNEL + ".json"), "{ \"guildId\": \"100\", \"chan");

        for (int restart = 0; restart < 2; restart++) { // the second start finds it moved aside already
            h = new Harness(stateDir, h.clock.instant(), Papers.seedShape()).boot();
            assertThat(h.scheduler.applyConfigured(List.of(configured))).as("not re-created at #1").isEmpty();
            assertThat(h.scheduler.problems()).extracting(StoreProblem::channelId).containsExactly(CHANNEL);
            h.walk(at("2024-05-01T12:00", TAIPEI).plusMinutes(restart), Duration.ofMinutes(10));
            assertThat(h.poster.in(CHANNEL)).as("no second post today").isEmpty();
            h.close();
        }
        h = null;
    }

    @Test
    void twoProcessesThatLostTheirStatePostTheSameDayOnceBecauseTheNonceComesFromChannelAndDay() {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        String first = h.poster.in(CHANNEL).get(0).post().nonce();
        assertThat(first).isEqualTo(Nonces.of(CHANNEL, LocalDate.of(2024, 5, 1))).hasSizeLessThanOrEqualTo(25);

        // the state directory is lost; a new process posts again within Discord's nonce window
        h.files.remove(CHANNEL);
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:02", TAIPEI));

        assertThat(h.poster.in(CHANNEL)).as("Discord returned the first message").hasSize(1);
        assertThat(h.poster.callsFor(CHANNEL, "post")).hasSize(2);
    }

    @Test
    void aPostWhoseFateCannotBeLearnedIsResentInsideTheNonceWindowAndGivenUpPastItNeverDoubled() {
        harness("2024-05-01T08:00", TAIPEI, Papers.seedShape());
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.poster.historyUnreadable(true);

        // inside the window: the resend is harmless, Discord returns the first message
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "the answer was lost"));
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        h.runAt(at("2024-05-01T09:01", TAIPEI));
        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.files.get(CHANNEL).orElseThrow().pending()).as("settled").isNull();

        // past the window: give the day up rather than risk a second post
        h.poster.failNextPostAfterDelivery(new PostFailure(PostFailure.Kind.TRANSIENT, "the answer was lost"));
        h.runAt(at("2024-05-02T09:00", TAIPEI));
        h.clock.set(at("2024-05-02T09:10", TAIPEI));
        h.runDue();
        h.walk(at("2024-05-02T23:00", TAIPEI), Duration.ofMinutes(10));

        assertThat(postsPerDay(TAIPEI)).containsExactly(Map.entry(LocalDate.of(2024, 5, 1), 1L),
                Map.entry(LocalDate.of(2024, 5, 2), 1L));
        SubscriptionStatus status = h.scheduler.status(GUILD).get(0);
        assertThat(status.lastFailure().cause()).isEqualTo(Failure.Cause.UNCONFIRMED);
        assertThat(status.lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    /** Discord answering slowly: every call takes {@code delay} of the clock. */
    private record SlowPoster(FakePoster inner, MutableClock clock, Duration delay) implements PaperPoster {
        @Override
        public PostResult post(DailyPost post) throws PostFailure {
            clock.advance(delay);
            return inner.post(post);
        }

        @Override
        public Presence find(DailyPost post) throws PostFailure {
            clock.advance(delay);
            return inner.find(post);
        }
    }
}
