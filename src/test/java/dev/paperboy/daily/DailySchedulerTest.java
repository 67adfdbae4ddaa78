package dev.paperboy.daily;

import static dev.paperboy.daily.Harness.GUILD;
import static dev.paperboy.daily.Harness.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailySchedulerTest {

    static final String TAIPEI = "Asia/Taipei";
    static final long CHANNEL = 200;

    @TempDir
    Path stateDir;

    Harness h;

    Harness harness(ZonedDateTime start) {
        h = new Harness(stateDir, start.toInstant(), Papers.seedShape()).boot();
        return h;
    }

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void fortyDayWalkPostsEachPaperOnceInOrderAndStartsOverAfterTheLast() {
        harness(at("2024-01-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");

        h.walk(at("2024-02-09T23:59", TAIPEI), Duration.ofMinutes(30)); // 40 local days

        List<String> expected = new ArrayList<>();
        IntStream.range(0, 40).forEach(d -> expected.add(Papers.paper(d % 36).id()));
        assertThat(h.paperIds(CHANNEL)).containsExactlyElementsOf(expected);
        assertThat(h.labels(CHANNEL)).startsWith("#1 / 36", "#2 / 36").contains("#36 / 36");
        assertThat(h.labels(CHANNEL).get(36)).as("day 37 starts over").isEqualTo("#1 / 36");
        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI)))
                .containsExactlyElementsOf(IntStream.range(0, 40)
                        .mapToObj(d -> LocalDate.of(2024, 1, 1).plusDays(d)).toList());
        assertThat(h.poster.in(CHANNEL)).allSatisfy(m ->
                assertThat(m.at().atZone(ZoneId.of(TAIPEI)).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    void areaWalkUsesOnlyThatAreaAndStartsOverAfterItsTwelvePapers() {
        harness(at("2024-01-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "nlp");

        h.walk(at("2024-01-14T23:00", TAIPEI), Duration.ofHours(1)); // 14 days

        assertThat(h.paperIds(CHANNEL)).hasSize(14).allMatch(id -> id.startsWith("nlp-"));
        assertThat(h.labels(CHANNEL).subList(0, 3)).containsExactly("#1 / 12", "#2 / 12", "#3 / 12");
        assertThat(h.labels(CHANNEL).get(12)).isEqualTo("#1 / 12");
        assertThat(h.paperIds(CHANNEL).get(12)).isEqualTo(h.paperIds(CHANNEL).get(0));
    }

    @Test
    void springForwardDayWithTheTimeInsideTheGapPostsExactlyOnce() {
        // 2024-03-10 in New York: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist that day
        String ny = "America/New_York";
        harness(at("2024-03-08T12:00", ny));
        h.subscribe(CHANNEL, "02:30", ny, "all");

        h.walk(at("2024-03-12T12:00", ny), Duration.ofMinutes(5));

        assertThat(h.postDays(CHANNEL, ZoneId.of(ny))).containsExactly(
                LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12));
        FakePoster.Message gapDay = h.poster.in(CHANNEL).get(2);
        assertThat(gapDay.at()).as("moved forward by the gap: 03:30 EDT").isEqualTo(at("2024-03-10T03:30", ny)
                .toInstant());
        assertThat(h.poster.in(CHANNEL).get(3).at()).isEqualTo(at("2024-03-11T02:30", ny).toInstant());
    }

    @Test
    void fallBackDayWithTheTimeInsideTheRepeatedHourPostsExactlyOnce() {
        // 2024-11-03 in New York: 01:00-02:00 happens twice (EDT, then EST)
        String ny = "America/New_York";
        harness(at("2024-11-02T12:00", ny));
        h.subscribe(CHANNEL, "01:30", ny, "all");

        h.walk(at("2024-11-04T12:00", ny), Duration.ofMinutes(5));

        assertThat(h.postDays(CHANNEL, ZoneId.of(ny))).containsExactly(
                LocalDate.of(2024, 11, 2), LocalDate.of(2024, 11, 3), LocalDate.of(2024, 11, 4));
        FakePoster.Message overlap = h.poster.in(CHANNEL).get(1);
        assertThat(overlap.at()).as("the first 01:30, in EDT (UTC-4)")
                .isEqualTo(java.time.Instant.parse("2024-11-03T05:30:00Z"));
    }

    @Test
    void zonesFarFromUtcPostOnTheirOwnLocalDay() throws Rejected {
        harness(at("2024-06-01T00:00", "UTC"));
        long kiritimati = 201;
        long pagoPago = 202;
        // two guilds: one subscription per guild by command
        h.scheduler.subscribe(1, kiritimati, LocalTime.of(9, 0), ZoneId.of("Pacific/Kiritimati"), "all", 1); // UTC+14
        h.scheduler.subscribe(2, pagoPago, LocalTime.of(21, 0), ZoneId.of("Pacific/Pago_Pago"), "all", 1); // UTC-11

        h.walk(at("2024-06-05T00:00", "UTC"), Duration.ofMinutes(15));

        for (long channel : new long[] {kiritimati, pagoPago}) {
            ZoneId zone = ZoneId.of(channel == kiritimati ? "Pacific/Kiritimati" : "Pacific/Pago_Pago");
            List<FakePoster.Message> posts = h.poster.in(channel);
            // up to 2024-06-05T00:00Z: Kiritimati has lived 06-01 (14:00) to 06-05 (14:00), Pago Pago 05-31 to 06-04
            assertThat(posts).hasSize(channel == kiritimati ? 5 : 4).allSatisfy(m -> {
                assertThat(m.post().day()).as("the post is for the local day it is made on")
                        .isEqualTo(m.localDay(zone));
                assertThat(m.at()).isAfterOrEqualTo(m.post().due());
            });
            assertThat(posts.subList(1, posts.size())).allSatisfy(m -> assertThat(m.at()).isEqualTo(m.post().due()));
            assertThat(posts.stream().map(m -> m.post().day()).distinct().count()).isEqualTo(posts.size());
        }
        // Kiritimati's 2024-06-02 09:00 is 2024-06-01 19:00 UTC: a day ahead of UTC
        assertThat(h.poster.in(kiritimati).get(0).post().day()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(h.poster.in(kiritimati).get(1).at()).isEqualTo(java.time.Instant.parse("2024-06-01T19:00:00Z"));
        assertThat(h.poster.in(kiritimati).get(1).post().day()).isEqualTo(LocalDate.of(2024, 6, 2));
        // Pago Pago's 2024-05-31 21:00 is 2024-06-01 08:00 UTC: a day behind
        assertThat(h.poster.in(pagoPago).get(0).at()).isEqualTo(java.time.Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(h.poster.in(pagoPago).get(0).post().day()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(h.labels(kiritimati)).startsWith("#1 / 36", "#2 / 36");
        assertThat(h.labels(pagoPago)).startsWith("#1 / 36", "#2 / 36");
    }

    @Test
    void newSubscriptionAfterTodaysTimePostsTheFirstPaperAtOnceThenDaily() {
        harness(at("2024-05-01T15:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");

        h.runDue();
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36");
        assertThat(h.poster.in(CHANNEL).get(0).at()).isEqualTo(at("2024-05-01T15:00", TAIPEI).toInstant());

        h.walk(at("2024-05-02T23:00", TAIPEI), Duration.ofMinutes(30));
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        assertThat(h.poster.in(CHANNEL).get(1).at()).isEqualTo(at("2024-05-02T09:00", TAIPEI).toInstant());
    }

    @Test
    void postsOncePerLocalDayAcrossRestart() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        assertThat(h.poster.in(CHANNEL)).hasSize(1);

        h.boot(); // restart the same day, after the post
        h.runAt(at("2024-05-01T09:30", TAIPEI));
        h.walk(at("2024-05-01T23:59", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.calls).hasSize(1);
        assertThat(h.state(CHANNEL).lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void restartAfterTheTimePassedPostsOnceThatDay() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T08:30", TAIPEI));
        // the bot is down from 08:30 to 11:00

        h.clock.set(at("2024-05-01T11:00", TAIPEI));
        h.boot();
        h.runDue();
        h.walk(at("2024-05-01T23:59", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.in(CHANNEL).get(0).at()).isEqualTo(at("2024-05-01T11:00", TAIPEI).toInstant());
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36");
    }

    @Test
    void restartAfterThreeDaysDownPostsOnceAndMovesOnePaperOn() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:00", TAIPEI)); // #1
        // down from 2024-05-01 10:00 to 2024-05-04 12:00: three posting times missed

        h.clock.set(at("2024-05-04T12:00", TAIPEI));
        h.boot();
        h.runDue();
        h.walk(at("2024-05-04T23:59", TAIPEI), Duration.ofMinutes(10));

        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI)))
                .containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 4));
        assertThat(h.state(CHANNEL).position()).isEqualTo(2);
    }

    @Test
    void changingTheTimeAfterTodaysPostDoesNotPostAgainToday() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:00", TAIPEI));

        h.clock.set(at("2024-05-01T10:00", TAIPEI));
        Subscribed changed = h.subscribe(CHANNEL, "21:00", TAIPEI, "all");
        h.walk(at("2024-05-02T23:00", TAIPEI), Duration.ofMinutes(15));

        assertThat(changed.change()).isEqualTo(Subscribed.Change.CHANGED);
        assertThat(changed.status().nextPost()).isEqualTo(at("2024-05-02T21:00", TAIPEI).toInstant());
        assertThat(changed.status().nextLabel()).isEqualTo("#2 / 36");
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        assertThat(h.poster.in(CHANNEL).get(1).at()).isEqualTo(at("2024-05-02T21:00", TAIPEI).toInstant());
    }

    @Test
    void changingTheAreaStartsAtItsFirstPaperAndChangingTheZoneKeepsThePosition() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-03T10:00", TAIPEI), Duration.ofHours(1)); // #1 #2 #3
        h.subscribe(CHANNEL, "09:00", "Europe/Berlin", "all");
        assertThat(h.state(CHANNEL).position()).isEqualTo(3);

        Subscribed toCv = h.subscribe(CHANNEL, "09:00", "Europe/Berlin", "cv");

        assertThat(toCv.status().nextLabel()).isEqualTo("#1 / 24");
        assertThat(toCv.status().nextPaper().area()).isEqualTo("cv");
        h.walk(at("2024-05-05T12:00", "Europe/Berlin"), Duration.ofHours(1));
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36", "#3 / 36", "#1 / 24", "#2 / 24");
    }

    @Test
    void settingAnotherChannelMovesTheGuildsSubscriptionKeepingItsPlace() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-02T10:00", TAIPEI), Duration.ofHours(1)); // #1 #2

        long other = 300;
        Subscribed moved = h.subscribe(other, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-03T10:00", TAIPEI), Duration.ofHours(1));

        assertThat(moved.change()).isEqualTo(Subscribed.Change.MOVED);
        assertThat(moved.previousChannelId()).isEqualTo(CHANNEL);
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36");
        assertThat(h.labels(other)).as("no second post on 05-02, then the walk goes on")
                .containsExactly("#3 / 36");
        assertThat(h.scheduler.status(GUILD)).extracting(SubscriptionStatus::channelId).containsExactly(other);
        assertThat(h.state(CHANNEL).stopped()).isTrue();
    }

    @Test
    void subscriptionOfAGuildOnAnotherShardIsNeverPosted() throws Rejected {
        harness(at("2024-05-01T08:00", TAIPEI));
        long remoteGuild = 999;
        h.isLocalGuild = g -> g != remoteGuild;
        h.boot();
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.scheduler.subscribe(remoteGuild, 400, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 1);

        h.walk(at("2024-05-04T12:00", TAIPEI), Duration.ofMinutes(30));

        assertThat(h.poster.in(400)).isEmpty();
        assertThat(h.poster.calls).allMatch(c -> c.post().guildId() == GUILD);
        assertThat(h.poster.in(CHANNEL)).hasSize(4);
        assertThat(h.scheduler.untilNextRun()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void stopKeepsATombstoneAndPostsNoMore() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.runAt(at("2024-05-01T09:00", TAIPEI));

        assertThat(h.scheduler.stop(GUILD)).containsExactly(CHANNEL);
        h.walk(at("2024-05-03T12:00", TAIPEI), Duration.ofHours(1));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.scheduler.status(GUILD)).isEmpty();
        assertThat(h.scheduler.stop(GUILD)).isEmpty();
        h.boot();
        assertThat(h.state(CHANNEL).stopped()).isTrue();
    }

    @Test
    void setAgainOnTheDayOfAStopStartsOverWithoutASecondPostThatDay() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-02T10:00", TAIPEI), Duration.ofHours(1)); // #1 #2
        h.scheduler.stop(GUILD);

        Subscribed again = h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-03T10:00", TAIPEI), Duration.ofHours(1));

        assertThat(again.change()).isEqualTo(Subscribed.Change.CREATED);
        assertThat(h.labels(CHANNEL)).containsExactly("#1 / 36", "#2 / 36", "#1 / 36");
        assertThat(h.postDays(CHANNEL, ZoneId.of(TAIPEI))).doesNotHaveDuplicates();
    }

    @Test
    void preconfiguredDefaultsAreCreatedOnceAndDoNotResurrectAStoppedChannel() {
        harness(at("2024-05-01T08:00", TAIPEI));
        List<ConfiguredChannel> config = List.of(
                new ConfiguredChannel(GUILD, CHANNEL, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all"),
                new ConfiguredChannel(GUILD + 1, 201, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "nlp"));

        assertThat(h.scheduler.applyConfigured(config)).containsExactly(CHANNEL, 201L);
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        h.boot();
        assertThat(h.scheduler.applyConfigured(config)).as("second start: already there").isEmpty();
        assertThat(h.state(CHANNEL).position()).as("not re-created from the start").isEqualTo(1);
        assertThat(h.scheduler.status(GUILD)).singleElement()
                .satisfies(s -> assertThat(s.fromConfig()).isTrue());

        h.scheduler.stop(GUILD);
        h.boot();
        assertThat(h.scheduler.applyConfigured(config)).isEmpty();
        h.walk(at("2024-05-03T12:00", TAIPEI), Duration.ofHours(1));

        assertThat(h.poster.in(CHANNEL)).hasSize(1);
        assertThat(h.poster.in(201)).hasSize(3);
        assertThat(h.scheduler.status(GUILD)).isEmpty();
    }

    @Test
    void statusShowsTimeZoneNextPostAndNextPaperWithItsPlace() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "cv");
        h.runAt(at("2024-05-01T09:00", TAIPEI));
        h.clock.set(at("2024-05-01T12:00", TAIPEI));

        SubscriptionStatus s = h.scheduler.status(GUILD).get(0);

        assertThat(s.channelId()).isEqualTo(CHANNEL);
        assertThat(s.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.zone()).isEqualTo(ZoneId.of(TAIPEI));
        assertThat(s.area()).isEqualTo("cv");
        assertThat(s.nextPost()).isEqualTo(at("2024-05-02T09:00", TAIPEI).toInstant());
        assertThat(s.nextPaper().id()).isEqualTo("cv-02");
        assertThat(s.nextLabel()).isEqualTo("#2 / 24");
        assertThat(s.paused()).isFalse();
        assertThat(s.lastFailure()).isNull();
        assertThat(s.lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(s.fromConfig()).isFalse();
    }

    @Test
    void subscribeRejectsAnAreaTheCatalogueDoesNotHave() {
        harness(at("2024-05-01T08:00", TAIPEI));

        assertThatThrownBy(() -> h.scheduler.subscribe(GUILD, CHANNEL, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "rl", 1))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(Rejected.Reason.UNKNOWN_AREA);
                    assertThat(r.value()).isEqualTo("rl");
                });
        assertThat(h.files.all()).isEmpty();
    }

    @Test
    void anAreaThatLostItsPapersIsReportedAsAFailureNotAnExceptionLoop() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.subscribe(CHANNEL, "09:00", TAIPEI, "nlp");
        h.catalogue = Papers.of(Papers.seedShape().chronologicalPapers("cv"));

        h.walk(at("2024-05-01T12:00", TAIPEI), Duration.ofMinutes(1));

        assertThat(h.poster.calls).isEmpty();
        SubscriptionStatus s = h.scheduler.status(GUILD).get(0);
        assertThat(s.noPaper()).contains("no papers in area \"nlp\"");
        assertThat(s.lastFailure().reason()).contains("no papers in area \"nlp\"");
        assertThat(s.nextPost()).isAfter(h.clock.instant());
    }

    @Test
    void aChangedCatalogueContinuesAfterTheLastPostedPaper() {
        harness(at("2024-05-01T08:00", TAIPEI));
        h.catalogue = Papers.small(); // word2vec 2013, resnet 2015, bert 2018
        h.subscribe(CHANNEL, "09:00", TAIPEI, "all");
        h.walk(at("2024-05-02T10:00", TAIPEI), Duration.ofHours(1)); // word2vec, resnet
        List<dev.paperboy.catalogue.Paper> more = new ArrayList<>(Papers.small().papers());
        more.add(new dev.paperboy.catalogue.Paper("alexnet", "cv", null, 2012, 9, "AlexNet", null,
                "https://example.org/alexnet", null));
        h.catalogue = Papers.of(more); // alexnet 2012 comes first now

        h.walk(at("2024-05-03T10:00", TAIPEI), Duration.ofHours(1));

        assertThat(h.paperIds(CHANNEL)).containsExactly("word2vec", "resnet", "bert");
        assertThat(h.labels(CHANNEL).get(2)).isEqualTo("#4 / 4");
    }

    @Test
    void manyChannelsPostedInParallelEachGetExactlyOnePost() throws Rejected {
        h = new Harness(stateDir, at("2024-05-01T08:00", TAIPEI).toInstant(), Papers.seedShape());
        h.settings = DailySettings.defaults().withParallelSends(6);
        h.boot();
        for (long c = 1000; c < 1200; c++) {
            h.scheduler.subscribe(c, c, LocalTime.of(9, 0), ZoneId.of(TAIPEI), "all", 1);
        }

        h.runAt(at("2024-05-01T09:00", TAIPEI));
        h.runAt(at("2024-05-01T09:01", TAIPEI));

        assertThat(h.poster.messages).hasSize(200);
        assertThat(h.poster.messages.stream().map(FakePoster.Message::channelId).distinct().count()).isEqualTo(200);
        assertThat(h.files.all()).allSatisfy(s -> {
            assertThat(s.lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(s.pending()).isNull();
        });
    }

    @Test
    void aPostThatAlsoOpensAThreadTakesTwoSlotsOfThePace() {
        harness(at("2024-05-01T08:00", TAIPEI));
        for (long c = 1; c <= 3; c++) {
            h.scheduler.applyConfigured(List.of(new ConfiguredChannel(GUILD, c, LocalTime.of(9, 0), ZoneId.of(TAIPEI),
                    "all", new PostOptions.Change(null, null, true))));
        }
        Harness.NoSleep ticker = new Harness.NoSleep();
        DailyScheduler scheduler = new DailyScheduler(h.clock, h.files, () -> h.catalogue, h.poster, g -> true,
                null, h.settings, h.history, new Pacer(40, ticker));
        try {
            h.clock.set(at("2024-05-01T09:00", TAIPEI));
            scheduler.runDue();
        } finally {
            scheduler.close();
        }

        assertThat(h.poster.messages).hasSize(3);
        assertThat(h.poster.threads).hasSize(3);
        // six requests in the pacer's first second, which goes at half the pace: 50 ms apart
        assertThat(ticker.nanoTime()).as("the third post's thread waits for five requests of 50 ms")
                .isEqualTo(250_000_000L);
    }
}
