package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.Subscription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStateImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path stateDir;
    Database db;
    JdbcSubscriptionStore store;

    @BeforeEach
    void open() {
        db = Database.sqlite(stateDir);
        store = new JdbcSubscriptionStore(db, "test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Subscription subscription(long channel) {
        return Subscription.create(1, channel, LocalTime.of(8, 0), ZoneId.of("UTC"), "all", null)
                .withLastPostedAt(Instant.parse("2026-12-01T08:00:00Z"));
    }

    private void writeJsonEra(Subscription... subscriptions) {
        JsonFileSubscriptionStore files = new JsonFileSubscriptionStore(stateDir);
        for (Subscription s : subscriptions) {
            files.put(s);
        }
    }

    @Test
    void everyFileIsImportedOnceAndTheFolderIsKeptAsideUnderTheDate() {
        writeJsonEra(subscription(10), subscription(11), subscription(12));

        JsonStateImport.Result result = JsonStateImport.run(stateDir, store, CLOCK);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.keptIn()).isEqualTo(stateDir.resolve("subscriptions.imported-2026-12-02"));
        assertThat(result.keptIn().resolve("11.json")).exists();
        assertThat(stateDir.resolve("subscriptions")).doesNotExist();
        assertThat(new JdbcSubscriptionStore(db, "other").all())
                .containsExactlyInAnyOrder(subscription(10), subscription(11), subscription(12));
        assertThat(JsonStateImport.run(stateDir, store, CLOCK)).as("a second start finds nothing to import").isNull();
    }

    @Test
    void anImportInterruptedBeforeTheMoveSkipsWhatTheDatabaseAlreadyHasOnTheNextStart() {
        writeJsonEra(subscription(10), subscription(11));
        Subscription newer = subscription(10).withArea("cv");
        store.put(newer); // imported, then the bot changed it, then it crashed before the move

        JsonStateImport.Result result = JsonStateImport.run(stateDir, store, CLOCK);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.alreadyThere()).isEqualTo(1);
        assertThat(store.get(10)).contains(newer);
        assertThat(store.get(11)).contains(subscription(11));
    }

    @Test
    void aFileThatCannotBeReadIsNotImportedButKeptWithTheOthers() throws IOException {
        writeJsonEra(subscription(10));
        Files.writeString(stateDir.resolve("subscriptions/13.json"), "{ broken");

        JsonStateImport.Result result = JsonStateImport.run(stateDir, store, CLOCK);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.unreadable()).isEqualTo(1);
        try (var kept = Files.list(result.keptIn())) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("13.json"));
        }
        assertThat(store.get(13)).isEmpty();
    }

    @Test
    void aSecondImportOnTheSameDayKeepsTheEarlierFolderAndUsesANewName() throws IOException {
        Files.createDirectories(stateDir.resolve("subscriptions.imported-2026-12-02"));
        writeJsonEra(subscription(10));

        JsonStateImport.Result result = JsonStateImport.run(stateDir, store, CLOCK);

        assertThat(result.keptIn()).isEqualTo(stateDir.resolve("subscriptions.imported-2026-12-02-2"));
    }
}
