package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesPostHistoryTest {

    static final long GUILD = 1234567890123456789L;
    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    @TempDir
    Path dir;

    static PostedPaper post(long channel, int day, String paper) {
        return new PostedPaper(GUILD, channel, DAY.plusDays(day), paper, "9" + channel + day,
                Instant.parse("2024-05-01T01:00:00Z").plusSeconds(86_400L * day));
    }

    @Test
    void keepsEachPostOncePerChannelAndDayAcrossARestartNewestFirst() {
        JsonLinesPostHistory h = new JsonLinesPostHistory(dir);
        h.record(post(7, 0, "lenet"));
        h.record(post(7, 1, "alexnet"));
        h.record(post(7, 1, "alexnet")); // found again after a crash
        h.record(post(8, 1, "word2vec"));

        JsonLinesPostHistory reopened = new JsonLinesPostHistory(dir);
        assertThat(reopened.countOfGuild(GUILD)).isEqualTo(3);
        assertThat(reopened.ofGuild(GUILD, 0, 10)).extracting(PostedPaper::paperId)
                .containsExactly("word2vec", "alexnet", "lenet");
        assertThat(reopened.ofGuild(GUILD, 2, 10)).containsExactly(post(7, 0, "lenet"));
        assertThat(reopened.countOfGuild(GUILD + 1)).isZero();
    }

    @Test
    void aLastLineTornByAKillIsSkippedAndTheNextPostStartsOnItsOwnLine() throws Exception {
        JsonLinesPostHistory h = new JsonLinesPostHistory(dir);
        h.record(post(7, 0, "lenet"));
        Path file = dir.resolve(Long.toUnsignedString(GUILD) + ".jsonl");
        Files.writeString(file, "{\"guild\":\"1234567890123456789\",\"chan", StandardOpenOption.APPEND);

        JsonLinesPostHistory reopened = new JsonLinesPostHistory(dir);
        assertThat(reopened.countOfGuild(GUILD)).isEqualTo(1);
        reopened.record(post(7, 1, "alexnet"));

        assertThat(new JsonLinesPostHistory(dir).ofGuild(GUILD, 0, 10)).extracting(PostedPaper::paperId)
                .containsExactly("alexnet", "lenet");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(3);
    }
}
