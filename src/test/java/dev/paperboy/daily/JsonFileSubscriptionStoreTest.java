package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.io.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonFileSubscriptionStoreTest {

    static final Instant NOW = Instant.parse("2024-05-01T01:02:03Z");

    @TempDir
    Path stateDir;

    final MutableClock clock = new MutableClock(NOW);

    JsonFileSubscriptionStore open() {
        return new JsonFileSubscriptionStore(stateDir, clock, AtomicFiles::write);
    }

    static Subscription full() {
        PendingPost pending = new PendingPost(LocalDate.of(2024, 5, 1), Instant.parse("2024-05-01T01:30:00Z"),
                Instant.parse("2024-05-01T01:30:02Z"), "nlp", Papers.paper(3), 1, 12, "pd1x2y3z", true);
        return new Subscription(1234567890123456789L, 987654321098765432L, LocalTime.of(9, 30),
                ZoneId.of("Asia/Taipei"), "nlp", 1, "nlp-00", Instant.parse("2024-04-30T01:30:00Z"), pending, 2,
                new Failure(Instant.parse("2024-04-30T01:00:00Z"), LocalDate.of(2024, 4, 30),
                        Failure.Cause.NO_PERMISSION, "Missing Access"),
                new Pause(Pause.Why.BOT_REMOVED, Instant.parse("2024-04-30T02:00:00Z")), false, 42L,
                new PostOptions(Days.WEEKDAYS, 1234567890123456000L, true));
    }

    @Test
    void aFileOfTheSecondVersionPostsEveryDayWithNoPingAndTheDefaultThread() throws IOException {
        Path dir = stateDir.resolve("subscriptions");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("9.json"), """
                { "version": 2, "guildId": "1", "channelId": "9", "time": "09:00", "zone": "Asia/Taipei",
                  "area": "nlp", "position": 4, "lastPostedAt": "2024-05-01T01:00:00Z", "failedDays": 0,
                  "stopped": false, "createdBy": "5" }
                """);
        Subscription s = open().get(9).orElseThrow();
        assertThat(s.options()).isEqualTo(PostOptions.DEFAULT);
        assertThat(s.position()).isEqualTo(4);
    }

    @Test
    void theThirdVersionKeepsDaysRoleAndThreadAsReadableKeys() throws IOException {
        String json = new String(SubscriptionJson.write(full()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\" : 3", "\"days\" : \"weekdays\"", "\"role\" : \"1234567890123456000\"",
                "\"thread\" : true");
        assertThat(SubscriptionJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(full());
    }

    @Test
    void aFileOfTheFirstVersionReadsItsDayAsThatDaysDueInstantInItsZoneAndItsPauseAsFailedDays() throws IOException {
        Path dir = stateDir.resolve("subscriptions");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("7.json"), """
                { "version": 1, "guildId": "1", "channelId": "7", "time": "09:00", "zone": "Asia/Taipei",
                  "area": "all", "position": 3, "lastPostedDay": "2024-05-01", "failedDays": 3,
                  "lastFailure": { "at": "2024-05-03T01:00:00Z", "day": "2024-05-03", "reason": "missing permission" },
                  "paused": true, "stopped": false, "createdBy": "5" }
                """);
        Subscription s = open().get(7).orElseThrow();
        assertThat(s.lastPostedAt()).isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
        assertThat(s.lastPostedDay()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(s.pause().why()).isEqualTo(Pause.Why.FAILED_DAYS);
        assertThat(s.lastFailure().cause()).isEqualTo(Failure.Cause.NO_PERMISSION);
    }

    @Test
    void aFileMovedAsideAtAnEarlierStartIsStillAProblemOfItsChannelAtTheNextStart() throws IOException {
        Path dir = stateDir.resolve("subscriptions");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("8.json"), "{ broken");
        assertThat(open().problems()).extracting(StoreProblem::channelId).containsExactly(8L);
        assertThat(JsonFileSubscriptionStore.inspect(stateDir)).extracting(StoreProblem::channelId).containsExactly(8L);

        JsonFileSubscriptionStore second = open();
        assertThat(second.problems()).extracting(StoreProblem::channelId).as("remembered, not forgotten").containsExactly(8L);
        second.put(Subscription.create(1, 8, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", 5L));
        assertThat(second.problems()).as("set again: no longer a problem").isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(stateDir.resolve("subscriptions"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsEveryFieldAcrossARestart() {
        Subscription s = full();
        Subscription plain = Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", null);
        JsonFileSubscriptionStore store = open();
        store.put(s);
        store.put(plain);

        JsonFileSubscriptionStore again = open();

        assertThat(again.get(s.channelId())).contains(s);
        assertThat(again.get(2)).contains(plain);
        assertThat(again.byGuild(s.guildId())).containsExactly(s);
        assertThat(again.all()).hasSize(2);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void writesOneSmallReadableFilePerSubscription() throws IOException {
        JsonFileSubscriptionStore store = open();
        store.put(full());
        store.put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", null));

        assertThat(names()).containsExactly("2.json", "987654321098765432.json");
        String json = Files.readString(stateDir.resolve("subscriptions/987654321098765432.json"));
        assertThat(json).contains("\"guildId\" : \"1234567890123456789\"", "\"time\" : \"09:30\"",
                "\"zone\" : \"Asia/Taipei\"", "\"lastPostedAt\" : \"2024-04-30T01:30:00Z\"", "\"nonce\" : \"pd1x2y3z\"");
        assertThat(json.length()).isLessThan(2000);
    }

    @Test
    void removeDeletesTheFile() throws IOException {
        JsonFileSubscriptionStore store = open();
        store.put(full());
        store.remove(full().channelId());

        assertThat(store.get(full().channelId())).isEmpty();
        assertThat(names()).isEmpty();
        assertThat(open().all()).isEmpty();
    }

    @Test
    void aCorruptFileIsMovedAsideAndReportedNotDropped() throws IOException {
        open().put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", 5L));
        Path dir = stateDir.resolve("subscriptions");
        Files.writeString(dir.resolve("3.json"), "{\"guildId\": \"1\", \"channelId\": \"3\", \"ti");
        Files.writeString(dir.resolve("4.json"), "{\"guildId\": \"1\", \"channelId\": \"4\", \"time\": \"9am\","
                + " \"zone\": \"Asia/Taipei\", \"area\": \"all\"}");
        Files.writeString(dir.resolve("5.json"), new String(SubscriptionJson.write(
                Subscription.create(1, 6, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", 5L)), StandardCharsets.UTF_8));

        JsonFileSubscriptionStore store = open();

        assertThat(store.all()).extracting(Subscription::channelId).containsExactly(2L);
        assertThat(names()).containsExactly("2.json", "3.json.corrupt-20240501T010203Z",
                "4.json.corrupt-20240501T010203Z", "5.json.corrupt-20240501T010203Z");
        assertThat(store.problems()).hasSize(3);
        assertThat(store.problems().get(0).file()).isEqualTo(dir.resolve("3.json"));
        assertThat(store.problems().get(0).reason()).contains("not valid JSON");
        assertThat(store.problems().get(0).movedTo()).isEqualTo(dir.resolve("3.json.corrupt-20240501T010203Z"));
        assertThat(store.problems().get(1).reason()).contains("9am");
        assertThat(store.problems().get(2).reason()).contains("channel 6, not of channel 5");
        assertThat(store.problems().get(0).toString()).contains("3.json", "moved aside");
        assertThat(Files.readString(dir.resolve("3.json.corrupt-20240501T010203Z")))
                .as("kept as it was, for a person to look at").endsWith("\"ti");

        JsonFileSubscriptionStore next = open();
        assertThat(next.problems()).as("still a problem of its channel at the next start")
                .extracting(StoreProblem::channelId).containsExactly(3L, 4L, 5L);
        assertThat(names()).as("moved aside once, not again").containsExactly("2.json",
                "3.json.corrupt-20240501T010203Z", "4.json.corrupt-20240501T010203Z", "5.json.corrupt-20240501T010203Z");
    }

    @Test
    void strayTemporaryFilesFromAKilledWriteAreRemovedAtStart() throws IOException {
        JsonFileSubscriptionStore store = open();
        store.put(full());
        Path dir = stateDir.resolve("subscriptions");
        Files.writeString(dir.resolve(".987654321098765432.json." + UUID.randomUUID() + ".tmp"), "{\"half");
        Files.writeString(dir.resolve(".77.json." + UUID.randomUUID() + ".tmp"), "");

        JsonFileSubscriptionStore again = open();

        assertThat(names()).containsExactly("987654321098765432.json");
        assertThat(again.get(full().channelId())).contains(full());
        assertThat(again.problems()).isEmpty();
    }

    /** The steps of {@link AtomicFiles#write}, and where a kill -9 can stop it. */
    enum KillPoint {
        AFTER_CREATING_THE_TEMPORARY_FILE,
        HALFWAY_THROUGH_WRITING_IT,
        AFTER_WRITING_IT_BEFORE_FORCE,
        AFTER_FORCE_BEFORE_THE_MOVE,
        AFTER_THE_MOVE_BEFORE_FORCING_THE_DIRECTORY,
        NOT_KILLED;

        boolean newStateVisible() {
            return this == AFTER_THE_MOVE_BEFORE_FORCING_THE_DIRECTORY || this == NOT_KILLED;
        }
    }

    /** Writes as AtomicFiles does, step by step, and dies at {@code kill}. */
    static JsonFileSubscriptionStore.FileWriter killedAt(KillPoint kill) {
        return (target, content) -> {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (kill == KillPoint.AFTER_CREATING_THE_TEMPORARY_FILE) {
                    throw new Crash(kill.name());
                }
                out.write(java.nio.ByteBuffer.wrap(Arrays.copyOf(content, content.length / 2)));
                if (kill == KillPoint.HALFWAY_THROUGH_WRITING_IT) {
                    throw new Crash(kill.name());
                }
                out.write(java.nio.ByteBuffer.wrap(content, content.length / 2, content.length - content.length / 2));
                if (kill == KillPoint.AFTER_WRITING_IT_BEFORE_FORCE) {
                    throw new Crash(kill.name());
                }
                out.force(true);
            }
            if (kill == KillPoint.AFTER_FORCE_BEFORE_THE_MOVE) {
                throw new Crash(kill.name());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (kill == KillPoint.AFTER_THE_MOVE_BEFORE_FORCING_THE_DIRECTORY) {
                throw new Crash(kill.name());
            }
        };
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void aWriteKilledAtAnyStepLeavesTheOldStateOrTheNewNeverABrokenFile(KillPoint kill) throws IOException {
        Subscription old = Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("Asia/Taipei"), "all", 5L);
        open().put(old);
        Subscription next = old.withLastPostedAt(Instant.parse("2024-05-01T01:00:00Z"));
        JsonFileSubscriptionStore dying = new JsonFileSubscriptionStore(stateDir, clock, killedAt(kill));

        if (kill == KillPoint.NOT_KILLED) {
            dying.put(next);
        } else {
            assertThatThrownBy(() -> dying.put(next)).isInstanceOf(Crash.class);
        }

        JsonFileSubscriptionStore restarted = open();
        assertThat(restarted.problems()).isEmpty();
        assertThat(restarted.get(2)).contains(kill.newStateVisible() ? next : old);
        assertThat(names()).containsExactly("2.json");
    }

    @Test
    void aFailedWriteSaysWhichFileAndWhyAndChangesNothing() throws IOException {
        Subscription old = Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("Asia/Taipei"), "all", 5L);
        open().put(old);
        byte[] before = Files.readAllBytes(stateDir.resolve("subscriptions/2.json"));
        JsonFileSubscriptionStore full = new JsonFileSubscriptionStore(stateDir, clock, (target, content) -> {
            throw new IOException("could not write " + target + ": the disk is full");
        });

        assertThatThrownBy(() -> full.put(old.withLastPostedAt(Instant.parse("2024-05-01T01:00:00Z"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("channel 2")
                .hasMessageContaining("2.json")
                .hasMessageContaining("the disk is full");
        assertThat(full.get(2)).contains(old);
        assertThat(Files.readAllBytes(stateDir.resolve("subscriptions/2.json"))).isEqualTo(before);
    }

    @Test
    void aRealWriteFailureThroughAtomicFilesIsReportedClearly() throws IOException {
        JsonFileSubscriptionStore store = open();
        Path target = stateDir.resolve("subscriptions/2.json");
        Files.createDirectories(target.resolve("in-the-way")); // a directory where the file should go

        assertThatThrownBy(() -> store.put(Subscription.create(1, 2, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", 5L)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("channel 2").hasMessageContaining(target.toString());
        assertThat(store.get(2)).isEmpty();
        assertThat(names()).containsExactly("2.json");
    }

    @Test
    void aStateDirectoryThatCannotBeUsedFailsAtStartWithItsName() throws IOException {
        Files.writeString(stateDir.resolve("subscriptions"), "not a directory");

        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining(stateDir.resolve("subscriptions").toString());
    }
}
