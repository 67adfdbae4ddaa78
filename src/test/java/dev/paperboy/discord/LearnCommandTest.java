package dev.paperboy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.StoreException;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.MarkStore;
import dev.paperboy.learn.MemoryMarkStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** {@code /learn} and the mark buttons, through the router and the commands, with marks in memory. */
class LearnCommandTest {

    static final Catalogue SEED = Interactions.SEED;
    static final long ASKER = 7;
    static final long MEMBER = 8;
    static final Messages EN = Messages.of("en-US");
    static final Messages ZH = Messages.of("zh-TW");

    final MemoryMarkStore marks = new MemoryMarkStore();
    final LearnCommand learn = new LearnCommand(SEED, marks);
    final MarkHandler handler = new MarkHandler(() -> SEED, marks,
            Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC));
    final InteractionRouter router = new InteractionRouter(List.of(learn), List.of(learn, handler), Cooldown.disabled(),
            InteractionListener.NONE);

    private Reply ask(String sub, long user, Messages m, Map<String, String> options) {
        return learn.answer(new CommandRequest(LearnCommand.NAME, sub, options, m, user), 1);
    }

    private Reply ask(String sub, long user) {
        return ask(sub, user, EN, Map.of());
    }

    private static String description(Reply r) {
        return r.embeds().get(0).getDescription();
    }

    private static List<String> ids(Reply r) {
        return r.markRows().stream().flatMap(List::stream).map(Button::getCustomId).toList();
    }

    @Test
    void aMemberWhoAskedNothingPressesReadAndOnlyTheirMarkChangesAndOnlyTheySeeTheAnswer() {
        Interactions.Press press = Interactions.button(router, MEMBER, DiscordLocale.ENGLISH_US, "mk:read:p.lenet-5");

        assertThat(press.edit()).as("the message itself is left alone").isNull();
        assertThat(press.reply().getContent()).contains("LeNet-5").contains("1 of 36 papers read");
        assertThat(marks.marksOf(MEMBER)).extracting(Mark::item, Mark::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Item.paper("lenet-5"), Mark.Kind.READ));
        assertThat(marks.marksOf(ASKER)).isEmpty();
    }

    @Test
    void aSecondPressUndoesTheMarkAndSaysSoInThePressersLanguage() {
        Interactions.button(router, MEMBER, DiscordLocale.ENGLISH_US, "mk:save:r.deep-playground");
        Interactions.Press again = Interactions.button(router, MEMBER, DiscordLocale.CHINESE_TAIWAN,
                "mk:save:r.deep-playground");

        assertThat(again.reply().getContent()).contains("Deep Playground").contains("已取消收藏");
        assertThat(marks.marksOf(MEMBER)).isEmpty();
    }

    @Test
    void aButtonOfAnItemNoLongerInTheListStillTogglesAndNamesItAsGone() {
        Interactions.Press press = Interactions.button(router, MEMBER, DiscordLocale.ENGLISH_US, "mk:save:p.retired-paper");

        assertThat(press.reply().getContent()).contains("retired-paper (no longer in the list)");
        assertThat(marks.marksOf(MEMBER)).hasSize(1);
        assertThat(description(ask(LearnCommand.SAVED, MEMBER))).contains("retired-paper (no longer in the list)");
    }

    @Test
    void aButtonIdThatMeansNothingGetsAnAnswerThatHelpsAndChangesNothing() {
        for (String id : List.of("mk:read:r.deep-playground", "mk:done:p.lenet-5", "mk:burn:p.lenet-5", "mk:read:p.",
                "mk:read:x.lenet-5", "mk:")) {
            assertThat(Interactions.button(router, MEMBER, DiscordLocale.ENGLISH_US, id).reply().getContent())
                    .as(id).contains("not one this bot knows");
        }
        assertThat(marks.marksOf(MEMBER)).isEmpty();
    }

    @Test
    void aStoreThatCannotSaveGivesAClearAnswerAndNoExceptionText() {
        MarkStore broken = new MemoryMarkStore();
        MarkHandler failing = new MarkHandler(() -> SEED, new MarkStore() {
            @Override
            public boolean toggle(long userId, Item item, Mark.Kind kind, Instant at) {
                throw new StoreException("disk full: /var/lib/secret", null);
            }

            @Override
            public List<Mark> marksOf(long userId) {
                return broken.marksOf(userId);
            }

            @Override
            public int forget(long userId) {
                return 0;
            }
        }, Clock.systemUTC());

        Reply answer = failing.press(MEMBER, "mk:read:p.lenet-5", EN);

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.content()).hasValueSatisfying(t -> assertThat(t).contains("could not save")
                .doesNotContain("disk full").doesNotContain("/var"));
    }

    @Test
    void aNewLearnerIsToldWhereToStartAndNextMovesOnOncePapersAreRead() {
        Reply first = ask(LearnCommand.NEXT, ASKER);
        assertThat(description(first)).contains("Start here").contains("LeNet-5").contains("0 of 36 papers read")
                .contains("Deep Playground");
        assertThat(ids(first)).containsExactly("mk:read:p.lenet-5", "mk:save:p.lenet-5", "mk:done:r.deep-playground",
                "mk:save:r.deep-playground");

        handler.press(ASKER, "mk:read:p.lenet-5", EN);
        handler.press(ASKER, "mk:done:r.deep-playground", EN);
        Reply second = ask(LearnCommand.NEXT, ASKER);

        assertThat(description(second)).doesNotContain("Start here").contains("A Neural Probabilistic Language Model")
                .contains("1 of 36 papers read").contains("ConvNetJS");
    }

    @Test
    void nextWithinAnAreaCountsThatAreaOnly() {
        handler.press(ASKER, "mk:read:p.lenet-5", EN);

        assertThat(description(ask(LearnCommand.NEXT, ASKER, EN, Map.of("area", "cv")))).contains("ImageNet")
                .contains("1 of 24 papers of CV read");
        assertThat(description(ask(LearnCommand.NEXT, ASKER, EN, Map.of("area", "nlp"))))
                .contains("0 of 12 papers of NLP read");
    }

    @Test
    void someoneWhoReadEveryPaperIsToldSoAndGivenTheNewestOfTheList() {
        for (Paper p : SEED.chronologicalPapers()) {
            handler.press(ASKER, "mk:read:p." + p.id(), EN);
        }

        Reply done = ask(LearnCommand.NEXT, ASKER);

        assertThat(description(done)).contains("You have read all 36 papers").contains("BERT");
        assertThat(ids(done)).noneMatch(id -> id.startsWith("mk:read:"));
    }

    @Test
    void progressAttachesAPictureDiscordAcceptsWithItsFiguresAsTextAndAltText() throws Exception {
        handler.press(ASKER, "mk:read:p.lenet-5", EN);
        handler.press(ASKER, "mk:read:p.bert", EN);
        handler.press(ASKER, "mk:save:p.gan", EN);

        Reply r = ask(LearnCommand.PROGRESS, MEMBER, EN, Map.of("user", Long.toString(ASKER)));

        assertThat(r.ephemeral()).isFalse();
        assertThat(r.embeds().get(0).getImage().getUrl()).isEqualTo("attachment://progress.png");
        assertThat(description(r)).contains("<@" + ASKER + ">").contains("2 of 36 papers read, 1 saved")
                .contains("NLP: 1 of 12 read").contains("CV: 1 of 24 read");
        Reply.Attachment png = r.files().get(0);
        assertThat(png.bytes().length).isLessThan(8 * 1024 * 1024);
        assertThat(png.description()).hasSizeLessThanOrEqualTo(1024).contains("2 of 36 papers read");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isPositive();
        MessageCreateData data = r.toCreateData();
        assertThat(data.getFiles()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("progress.png"));
    }

    @Test
    void savedListsWhatWasSavedNewestFirstTenAPageWithPageButtonsThatCarryTheView() {
        List<Paper> papers = SEED.chronologicalPapers();
        for (int i = 0; i < 12; i++) {
            marks.toggle(ASKER, Item.paper(papers.get(i).id()), Mark.Kind.SAVED, Instant.EPOCH.plusSeconds(i));
        }

        Reply first = ask(LearnCommand.SAVED, ASKER);

        assertThat(description(first).lines().findFirst()).hasValueSatisfying(l -> assertThat(l)
                .contains(papers.get(11).displayName()));
        assertThat(first.embeds().get(0).getFooter().getText()).contains("12 saved");
        assertThat(first.buttons().get(2).getCustomId()).isEqualTo("pg:learn:7:2:saved");
        Interactions.Press turned = Interactions.button(router, ASKER, DiscordLocale.ENGLISH_US, "pg:learn:7:2:saved");
        assertThat(turned.edit().getEmbeds().get(0).getDescription()).contains(papers.get(0).displayName())
                .doesNotContain(papers.get(11).displayName());
    }

    @Test
    void forgetAsksFirstAndOnlyTheAskersPressErasesTheirMarksAndNoOneElses() {
        handler.press(ASKER, "mk:read:p.lenet-5", EN);
        handler.press(ASKER, "mk:save:p.gan", EN);
        handler.press(MEMBER, "mk:read:p.lenet-5", EN);

        Reply ask = ask(LearnCommand.FORGET, ASKER);
        assertThat(ask.content()).hasValueSatisfying(t -> assertThat(t).contains("every mark").contains("2"));
        String confirm = ask.buttons().get(0).getCustomId();
        assertThat(marks.marksOf(ASKER)).as("nothing erased before the press").hasSize(2);

        assertThat(Interactions.button(router, MEMBER, DiscordLocale.ENGLISH_US, confirm).reply().getContent())
                .contains("Only the person who asked");
        assertThat(marks.marksOf(ASKER)).hasSize(2);
        assertThat(Interactions.button(router, ASKER, DiscordLocale.ENGLISH_US, confirm).reply().getContent())
                .contains("Erased 2 marks");
        assertThat(marks.marksOf(ASKER)).isEmpty();
        assertThat(marks.marksOf(MEMBER)).hasSize(1);
    }

    @Test
    void chineseLearnersGetChineseAnswers() {
        Reply next = ask(LearnCommand.NEXT, ASKER, ZH, Map.of());
        assertThat(next.embeds().get(0).getTitle()).isEqualTo("你的下一步");
        assertThat(next.markRows().get(0)).extracting(Button::getLabel).containsExactly("已讀 · LeNet-5", "收藏 · LeNet-5",
                "完成 · Deep Playground", "收藏 · Deep Playground");
        assertThat(ask(LearnCommand.FORGET, ASKER, ZH, Map.of()).content()).contains("你沒有任何標記可以清除。");
    }

    @Test
    void everyPaperCardListPageResourceCardAndDailyPostCarriesItsMarkButtonsWithinDiscordsFiveRows() {
        CommandRequest cv = new CommandRequest("paper", null, Map.of("area", "cv"), EN, ASKER);
        Reply list = new PaperCommand(SEED, new Cards(SEED)).answer(cv, 1);
        assertThat(ids(list)).hasSize(16).contains("mk:read:p.lenet-5", "mk:save:p.lenet-5");
        assertThat(list.toCreateData().getComponents()).hasSize(5);

        CommandRequest courses = new CommandRequest("resource", null, Map.of("section", "courses"), EN, ASKER);
        Reply cards = new ResourceCommand(SEED, new Cards(SEED)).answer(courses, 1);
        assertThat(ids(cards)).hasSize(2 * SEED.resourcesIn("courses").size())
                .allMatch(id -> id.startsWith("mk:done:r.") || id.startsWith("mk:save:r."));

        Paper lenet = SEED.chronologicalPapers().get(0);
        DailyPost post = new DailyPost(1, 2, lenet, 1, 36, "n", LocalDate.of(2026, 12, 2),
                Instant.parse("2026-12-02T01:00:00Z"), Instant.parse("2026-12-02T01:00:01Z"), null, false);
        MessageCreateData daily = DiscordPoster.message(new Cards(SEED), post, null, EN);
        assertThat(daily.getComponents()).singleElement().satisfies(row -> assertThat(((ActionRow) row).getButtons())
                .extracting(Button::getCustomId, Button::getLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mk:read:p.lenet-5", "Read"),
                        org.assertj.core.groups.Tuple.tuple("mk:save:p.lenet-5", "Save")));
    }
}
