package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.daily.PostedPaper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@code /daily history} needs of every database, run on SQLite and on PostgreSQL. */
abstract class PostHistoryContract {

    private final List<Database> opened = new ArrayList<>();

    abstract Database openDatabase();

    JdbcPostHistory history() {
        Database db = openDatabase();
        opened.add(db);
        return new JdbcPostHistory(db);
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    static PostedPaper post(long guild, long channel, String day, String paper, String message) {
        LocalDate d = LocalDate.parse(day);
        return new PostedPaper(guild, channel, d, paper, message, Instant.parse(day + "T01:00:05Z"));
    }

    @Test
    void aGuildsPostsComeBackNewestFirstAcrossAReopenAndOtherGuildsStayOut() {
        JdbcPostHistory h = history();
        h.record(post(1, 10, "2026-11-30", "lenet-5", "111"));
        h.record(post(1, 10, "2026-12-01", "alexnet", "112"));
        h.record(post(2, 20, "2026-12-01", "lenet-5", "211"));
        h.record(post(1, 11, "2026-12-02", "vgg", null));

        JdbcPostHistory reopened = history();
        assertThat(reopened.ofGuild(1, 0, 10)).extracting(PostedPaper::paperId)
                .containsExactly("vgg", "alexnet", "lenet-5");
        assertThat(reopened.ofGuild(1, 0, 10).get(0).messageId()).isNull();
        assertThat(reopened.countOfGuild(1)).isEqualTo(3);
        assertThat(reopened.countOfGuild(2)).isEqualTo(1);
        assertThat(reopened.countOfGuild(3)).isZero();
    }

    @Test
    void aPostRecordedAgainForTheSameChannelAndDayKeepsTheFirst() {
        JdbcPostHistory h = history();
        h.record(post(1, 10, "2026-12-01", "alexnet", "112"));
        h.record(new PostedPaper(1, 10, LocalDate.parse("2026-12-01"), "alexnet", "999",
                Instant.parse("2026-12-01T02:00:00Z")));

        assertThat(h.ofGuild(1, 0, 10)).singleElement()
                .satisfies(p -> assertThat(p.messageId()).isEqualTo("112"));
    }

    @Test
    void pagesAreTakenByOffsetAndLimit() {
        JdbcPostHistory h = history();
        for (int day = 1; day <= 25; day++) {
            h.record(post(1, 10, "2026-11-%02d".formatted(day), "p-" + day, Integer.toString(day)));
        }

        assertThat(h.ofGuild(1, 10, 10)).extracting(PostedPaper::paperId).first().isEqualTo("p-15");
        assertThat(h.ofGuild(1, 20, 10)).extracting(PostedPaper::paperId).containsExactly("p-5", "p-4", "p-3", "p-2",
                "p-1");
    }
}
