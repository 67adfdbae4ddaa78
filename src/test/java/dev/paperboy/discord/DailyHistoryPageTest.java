package dev.paperboy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.DailySettings;
import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.PostHistory;
import dev.paperboy.daily.PostResult;
import dev.paperboy.daily.PostedPaper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /daily history}'s pages: ten posts a page, newest first, buttons that carry the guild and work later. */
class DailyHistoryPageTest {

    static final long GUILD = 1100000000000000001L;
    static final long OWNER = 7L;
    static final Catalogue SEED = Interactions.SEED;

    @TempDir
    Path stateDir;
    DailyScheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private DailyCommand commandWithPosts(int count) {
        List<PostedPaper> posts = new ArrayList<>();
        List<Paper> papers = SEED.chronologicalPapers();
        for (int i = 0; i < count; i++) {
            posts.add(new PostedPaper(GUILD, 500, LocalDate.of(2024, 5, 1).plusDays(i), papers.get(i % papers.size()).id(),
                    Long.toString(9000 + i), Instant.parse("2024-05-01T01:00:00Z").plusSeconds(86_400L * i)));
        }
        PostHistory history = new PostHistory() {
            @Override
            public void record(PostedPaper p) {
                posts.add(p);
            }

            @Override
            public List<PostedPaper> ofGuild(long guildId, int offset, int limit) {
                return posts.stream().filter(p -> p.guildId() == guildId)
                        .sorted(Comparator.comparing(PostedPaper::postedAt).reversed()).skip(offset).limit(limit).toList();
            }

            @Override
            public int countOfGuild(long guildId) {
                return (int) posts.stream().filter(p -> p.guildId() == guildId).count();
            }
        };
        PaperPoster none = new PaperPoster() {
            @Override
            public PostResult post(DailyPost post) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Presence find(DailyPost post) {
                throw new UnsupportedOperationException();
            }
        };
        scheduler = new DailyScheduler(Clock.systemUTC(), new JsonFileSubscriptionStore(stateDir), () -> SEED, none,
                g -> false, null, DailySettings.defaults(), history);
        return new DailyCommand(SEED, scheduler, false);
    }

    @Test
    void twentyThreePostsAreThreePagesNewestFirstWithJumpLinksAndButtonsThatCarryTheGuild() {
        DailyCommand daily = commandWithPosts(23);
        Reply first = DailyHistoryPage.of(scheduler, SEED, GUILD, OWNER, 1, Messages.ENGLISH);

        String text = first.embeds().get(0).getDescription();
        assertThat(text.lines()).hasSize(10);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("**2024-05-23**")
                .contains("https://discord.com/channels/" + GUILD + "/500/9022");
        assertThat(first.embeds().get(0).getFooter().getText()).contains("23 posts");
        assertThat(first.ephemeral()).isTrue();
        assertThat(first.buttons()).extracting(Button::getLabel).contains("Page 1 / 3");
        String next = first.buttons().get(2).getCustomId();
        assertThat(next).isEqualTo("pg:daily:" + OWNER + ":2:" + GUILD);

        // the button, pressed later, reads the guild back from its id
        PageToken token = PageToken.parse(next, daily.pagedOptions().size()).orElseThrow();
        Reply third = daily.answer(token.request(daily.pagedOptions(), Messages.ENGLISH), 3);
        assertThat(third.embeds().get(0).getDescription().lines()).hasSize(3);
        assertThat(third.embeds().get(0).getDescription()).startsWith("**2024-05-03**").contains("LeNet-5");
        assertThat(third.buttons().get(2).isDisabled()).as("no page after the last").isTrue();
    }

    @Test
    void aServerWithoutPostsIsToldSoInItsLanguage() {
        commandWithPosts(0);
        Reply none = DailyHistoryPage.of(scheduler, SEED, GUILD, OWNER, 1, Messages.CHINESE);
        assertThat(none.content()).hasValue("本伺服器還沒有張貼過每日論文。");
        assertThat(none.ephemeral()).isTrue();
    }

    @Test
    void outsideAServerAndWithoutAGuildInThePageIdThereIsNoHistory() {
        DailyCommand daily = commandWithPosts(3);
        Reply r = daily.answer(new CommandRequest("daily", null, Map.of(), Messages.ENGLISH, OWNER), 1);
        assertThat(r.content()).hasValueSatisfying(t -> assertThat(t).contains("works in a server"));
    }
}
