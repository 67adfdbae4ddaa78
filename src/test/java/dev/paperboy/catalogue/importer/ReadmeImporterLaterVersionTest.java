package dev.paperboy.catalogue.importer;

import static dev.paperboy.catalogue.importer.Fixtures.fileNameOf;
import static dev.paperboy.catalogue.importer.Fixtures.paper;
import static dev.paperboy.catalogue.importer.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.CatalogueValidator;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A later, messier version of the list with every trap at once: {@code ####} sub-sections,
 * nested bullets, {@code <b>}, rows without a trailing '|', {@code href=""}, placeholder cells,
 * both quote styles of {@code <div id>}, a collections section, a to-do and a how-to-contribute section.
 */
class ReadmeImporterLaterVersionTest {

    private static ImportResult result;
    private static Catalogue catalogue;

    @BeforeAll
    static void importLaterVersion() {
        result = Fixtures.importFixture("later-version.md");
        catalogue = result.catalogue();
    }

    @Test
    void importsWithNoErrorsAndOnlyTheDcganWarning() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(87);
        assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void keepsResourceSectionsAndCollectionsAndDropsTableOfContentsToDoAndContribute() {
        assertThat(catalogue.sections()).extracting(Section::key)
                .containsExactly("playground", "courses", "blogs", "papers", "collections");
        assertThat(result.notes()).filteredOn(n -> n.message().contains("not a catalogue section"))
                .extracting(Problem::where).containsExactly("\"本文章節\"", "\"待辦事項\"", "\"如何貢獻\"");
    }

    @Test
    void bothQuoteStylesOfTheDivIdGiveTheKey() {
        assertThat(catalogue.section("playground").orElseThrow().title().zhTw()).isEqualTo("遊玩空間");
        assertThat(catalogue.section("courses").orElseThrow().title().zhTw()).isEqualTo("線上課程");
    }

    @Test
    void collectionsCardsWithoutAPictureTableAreResourcesWithoutImage() {
        Resource ocean = resource(catalogue, "deep-learning-ocean");
        assertThat(ocean.section()).isEqualTo("collections");
        assertThat(ocean.image()).isNull();
        assertThat(catalogue.section("collections").orElseThrow().title().en()).isEqualTo("Collections");
    }

    @Test
    void nestedBulletsStayInTheLineOfTheirTopLevelBulletIndentedPerLevel() {
        assertThat(resource(catalogue, "GAN Lab").summary()).containsExactly(
                "[對抗生成網路（**G**enerative **A**dversarial **N**etwork）](https://zh.wikipedia.org/wiki/GAN)的互動展示\n"
                        + "  - 以 [TensorFlow.js](https://js.tensorflow.org/) 實作\n"
                        + "    - 在瀏覽器執行",
                "第二點 **重要**");
        assertThat(resource(catalogue, "Distill").summary()).containsExactly("互動式的說明", "知名人士參與\n  - 如 Andrej Karpathy");
    }

    @Test
    void boldTagsBecomeMarkdownInSummariesAndAudience() {
        assertThat(resource(catalogue, "李宏毅教授的機器學習 / 深度學習課程").summary())
                .containsExactly("大概是全世界最好的 Deep Learning **中文**學習資源");
        assertThat(catalogue.section("playground").orElseThrow().audience())
                .containsExactly("想要**快速**體會深度學習的人", "想要直觀理解[類神經網路](https://zh.wikipedia.org/wiki/NN)的人");
    }

    @Test
    void theHeaderLinkNotTheCellsHrefDecidesWhichCardAPictureBelongsTo() {
        Resource lee = resource(catalogue, "李宏毅教授的機器學習 / 深度學習課程");
        assertThat(lee.url()).isEqualTo("http://speech.ee.ntu.edu.tw/~tlkagk/courses_ML19.html");
        assertThat(fileNameOf(lee.image())).isEqualTo("lee.jpg");
        assertThat(fileNameOf(resource(catalogue, "MIT Deep Learning").image())).isEqualTo("mit.jpg");
    }

    @Test
    void rowsWithoutTrailingPipeAndPlaceholderCellsWithEmptyHrefStillGiveTheRealColumnItsPicture() {
        assertThat(catalogue.resourcesIn("courses")).extracting(Resource::title)
                .containsExactly("李宏毅教授的機器學習 / 深度學習課程", "MIT Deep Learning", "Papers with Code");
        assertThat(fileNameOf(resource(catalogue, "Papers with Code").image())).isEqualTo("papers-with-code.jpg");
        assertThat(result.notes()).anySatisfy(n -> {
            assertThat(n.line()).isEqualTo(52);
            assertThat(n.message()).contains("placeholder", "To Be Updated");
        });
    }

    @Test
    void papersUnderFourthLevelHeadingsGetTheirSubArea() {
        assertThat(paper(catalogue, "LeNet-5").subArea()).isEqualTo("neural-network-architecture");
        assertThat(paper(catalogue, "ResNet").subArea()).isEqualTo("neural-network-architecture");
        assertThat(paper(catalogue, "ImageNet").subArea()).isEqualTo("dataset");
        assertThat(paper(catalogue, "DCGAN").subArea()).isEqualTo("generative-models");
        assertThat(paper(catalogue, "GPT-2").subArea()).isNull();
        assertThat(catalogue.papers()).extracting(Paper::area).containsOnly("nlp", "cv");
    }

    @Test
    void datesWrittenWithDotsDashesOrAfterTheLinkAreRead() {
        assertThat(paper(catalogue, "GPT-2").date()).isEqualTo("2019/02");
        assertThat(paper(catalogue, "ImageNet").date()).isEqualTo("2009/06");
        assertThat(paper(catalogue, "WGAN").date()).isEqualTo("2017/01");
        assertThat(paper(catalogue, "WGAN").note()).isNull();
        assertThat(paper(catalogue, "DCGAN").date()).isEqualTo("2015/11");
    }

    @Test
    void severalNestedBulletsUnderAPaperAreItsNoteOneLineEach() {
        assertThat(catalogue.papers().stream().filter(p -> p.id().equals("bert")).findFirst().orElseThrow().note())
                .isEqualTo("Google 暴力美學\n打破 11 項 NLP 任務紀錄");
    }

    @Test
    void roundTripsThroughTheCatalogueFile() throws Exception {
        assertThat(CatalogueFile.parse(CatalogueFile.toJson(catalogue), "catalogue.json")).isEqualTo(catalogue);
    }
}
