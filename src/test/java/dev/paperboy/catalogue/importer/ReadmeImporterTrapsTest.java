package dev.paperboy.catalogue.importer;

import static dev.paperboy.catalogue.importer.Fixtures.fileNameOf;
import static dev.paperboy.catalogue.importer.Fixtures.paper;
import static dev.paperboy.catalogue.importer.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import org.junit.jupiter.api.Test;

/** One fixture per trap of the list's format. */
class ReadmeImporterTrapsTest {

    @Test
    void sectionKeysComeFromDivIdsInEitherQuotesFromInPageLinksOrFromAsciiHeadings() {
        ImportResult result = Fixtures.importFixture("heading-keys.md");
        Catalogue c = result.catalogue();
        assertThat(c.sections()).extracting(Section::key)
                .containsExactly("tools", "blogs", "courses", "collections", "deep-rl");
        assertThat(c.section("courses").orElseThrow().title().zhTw()).isEqualTo("線上課程");
        assertThat(c.section("collections").orElseThrow().title().en()).isEqualTo("Collections");
        assertThat(c.section("deep-rl").orElseThrow().title()).satisfies(t -> {
            assertThat(t.zhTw()).isEqualTo("強化學習");
            assertThat(t.en()).isEqualTo("Deep Rl");
        });
    }

    @Test
    void aHeadingWithResourcesButNoKeyIsAnErrorNamingItsLine() {
        ImportResult result = Fixtures.importFixture("heading-keys.md");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(23);
            assertThat(e.message()).contains("no key", "## <div id='key'>沒有鍵的章節</div>");
        });
        assertThat(result.catalogue().resources()).extracting(Resource::title).doesNotContain("Orphan");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void tableRowsWithoutTrailingPipeStillMatchPicturesByColumn() {
        ImportResult result = Fixtures.importFixture("rows-without-trailing-pipe.md");
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(fileNameOf(resource(result.catalogue(), "Deep Playground").image())).isEqualTo("deep-playground.jpg");
        assertThat(fileNameOf(resource(result.catalogue(), "ConvNetJS").image())).isEqualTo("convnetjs.jpg");
    }

    @Test
    void placeholderCellsAndPlaceholderCardsAreSkippedAndEmptyHrefsDoNotMatter() {
        ImportResult result = Fixtures.importFixture("placeholder-cells.md");
        Catalogue c = result.catalogue();
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(c.resources()).extracting(Resource::title)
                .containsExactly("Elements of Artificial Intelligence", "AI For Everyone", "MIT 6.S191");
        assertThat(fileNameOf(resource(c, "AI For Everyone").image())).isEqualTo("ai-for-everyone.jpg");
        assertThat(resource(c, "MIT 6.S191").image()).as("a to-be-updated picture is nobody's image").isNull();
        assertThat(result.notes()).extracting(Problem::line).containsExactly(3, 20);
    }

    @Test
    void inlineHtmlEmphasisBecomesMarkdownAndOtherTagsAreDropped() {
        Resource tensorboard = Fixtures.importFixture("inline-html.md").catalogue().resources().get(0);
        assertThat(tensorboard.summary()).containsExactly(
                "一個**視覺化**工具，也支援 **PyTorch**",
                "*斜體*與 換行，以及不認得的標籤",
                "連結文字裡的粗體：[**tensorboardX**](https://github.com/lanpa/tensorboardX \"tensorboardX\")",
                "保留原本的 markdown：**粗體**、`code`、\\*跳脫\\* 與續行");
    }

    @Test
    void nestedBulletsAreIndentedUnderTheirParentInCardsLinkListsAndPaperNotes() {
        Catalogue c = Fixtures.importFixture("nested-bullets.md").catalogue();
        assertThat(resource(c, "Lucid").summary()).containsExactly(
                "讓神經網路更容易解釋\n  - 包含很多筆記本\n    - 可以在 Colab 上執行", "開源專案");
        assertThat(resource(c, "Distill").summary()).containsExactly("高水準且互動的說明",
                "知名人士參與\n  - [Yoshua Bengio](http://www.iro.umontreal.ca/~bengioy/)\n  - Ian Goodfellow");
        assertThat(resource(c, "R2D3").summary()).as("words after the link come first").containsExactly("圖解機器學習", "中文版");
        assertThat(paper(c, "Transformer").note()).isEqualTo("新的神經網路架構\n  - 基於自注意力機制\n特別適合語言理解任務");
    }

    @Test
    void picturesFollowTheHeaderLinkWhateverTheCardOrderAndGuessesAreWarned() {
        ImportResult result = Fixtures.importFixture("image-columns.md");
        Catalogue c = result.catalogue();
        assertThat(fileNameOf(resource(c, "TensorBoard").image())).isEqualTo("tensorboard.jpg");
        assertThat(fileNameOf(resource(c, "Colaboratory").image())).isEqualTo("colab.jpg");
        assertThat(fileNameOf(resource(c, "Projector").image())).as("same page without index.html").isEqualTo("projector.jpg");
        assertThat(fileNameOf(resource(c, "Lucid v2").image())).as("markdown image, by position").isEqualTo("lucid.jpg");
        assertThat(resource(c, "Third Card").image()).isNull();
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(20, 23, 26);
        assertThat(result.warnings().get(0).message()).contains("by position", "line 13");
        assertThat(result.warnings().get(1).message()).contains("no picture", "2 columns");
        assertThat(result.warnings().get(2).message()).contains("Papers with Code", "no card");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void paperDatesInEveryWrittenFormAndRepairsFromArxiv() {
        ImportResult result = Fixtures.importFixture("paper-dates.md");
        Catalogue c = result.catalogue();
        assertThat(c.papers()).extracting(p -> p.shortName() + " " + p.date()).containsExactly(
                "DCGAN 2015/11", "Dotted 2019/01", "Dashed 2019/02", "After 2019/03", "Before 2019/04", "YearOnly 2016/03");
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(4, 9);
        assertThat(result.warnings().get(1).message()).contains("has no month", "month 3", "1603.05027");
    }

    @Test
    void paperDatesThatCannotBeRepairedAreErrorsNamingTheirLine() {
        ImportResult result = Fixtures.importFixture("paper-dates.md");
        assertThat(result.errors()).extracting(Problem::line).containsExactly(10, 11, 12);
        assertThat(result.errors().get(0).message()).contains("2016/13", "not an arXiv paper");
        assertThat(result.errors().get(1).message()).contains("2016/00", "1512.03385", "not from 2016");
        assertThat(result.errors().get(2).message()).contains("1850/01", "not plausible");
        assertThat(result.catalogue()).as("what could be kept is still there").isNotNull();
    }

    @Test
    void linkListsUnderAnImageTableTakeThePicturesOfTheColumnsLinkingToThem() throws Exception {
        ImportResult result = ReadmeImporter.read(java.nio.file.Path.of("src/test/resources/readme/trap-link-list-under-image-table.md"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.catalogue().resources()).extracting(r -> r.title() + " " + r.image()).containsExactly(
                "Deep Playground https://example.org/deep-playground.jpg",
                "ConvNetJS https://example.org/convnetjs.jpg",
                "Deepart.io null");
    }
}
