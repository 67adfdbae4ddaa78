package dev.paperboy.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.English;
import dev.paperboy.catalogue.EnglishCoverage;
import dev.paperboy.catalogue.Language;
import dev.paperboy.catalogue.LocalizedText;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Shipped;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The English lives beside the catalogue by stable id, so an import of a new version of the list
 * keeps it; what the English then lacks is named: new entries, entries whose list text changed,
 * English of entries the list dropped.
 */
class ReadmeImporterEnglishTest {

    static final English shipped = Shipped.CATALOGUE.english();

    @Test
    void anImportOfTheSeedAgainFindsEveryEntryOfTheShippedEnglishCurrent() {
        Catalogue seed = Fixtures.importFixture("seed-2019-01.md").catalogue();
        EnglishCoverage coverage = EnglishCoverage.of(seed, shipped);
        assertThat(coverage.current()).isTrue();
        assertThat(coverage.orphaned()).isEmpty();
    }

    @Test
    void anEditedSeedKeepsTheEnglishOfEveryEntryThatStayedAndNamesTheChangedAndTheNewOne() throws Exception {
        String seed = Files.readString(Fixtures.path("seed-2019-01.md"));
        String edited = seed
                .replace("- 14 堂課程，主要使用 TensorFlow 實作深度學習模型", "- 15 堂課程，主要使用 TensorFlow 實作深度學習模型")
                .replace("## <div id=\"tutorials\">其他教材</div>",
                        "### [Papers with Code](https://paperswithcode.com/)\n\n- 論文、程式碼與排行榜\n\n"
                                + "## <div id=\"tutorials\">其他教材</div>");
        assertThat(edited).contains("15 堂課程").contains("Papers with Code");
        ImportResult result = ReadmeImporter.parse(edited, "README.md");
        Catalogue later = result.catalogue().withEnglish(shipped);
        EnglishCoverage coverage = EnglishCoverage.of(later, shipped);
        assertThat(coverage.missing()).containsExactly("resource \"papers-with-code\"");
        assertThat(coverage.outdated()).containsExactly("resource \"deep-learning-kaggle-learn\"");
        assertThat(coverage.orphaned()).isEmpty();

        LocalizedText english = later.in(Language.ENGLISH);
        for (Resource r : later.resources()) {
            if (r.id().equals("papers-with-code")) {
                assertThat(english.summary(r)).as("no English yet: the list's text").isEqualTo(r.summary());
            } else if (shipped.resource(r.id()).summary().isEmpty()) {
                assertThat(english.summary(r)).as(r.id()).isEqualTo(r.summary());
            } else {
                assertThat(english.summary(r)).as(r.id()).isEqualTo(shipped.resource(r.id()).summary());
                assertThat(english.isEarlierEnglish(r)).as(r.id()).isEqualTo(r.id().equals("deep-learning-kaggle-learn"));
            }
        }
        for (Paper p : later.papers()) {
            String note = shipped.paper(p.id()).note();
            assertThat(english.note(p)).as(p.id()).isEqualTo(note != null ? note : p.note());
        }
        assertThat(result.summary(shipped, "catalogue.en.json"))
                .contains("English (catalogue.en.json): 68 of 70 entries translated and current.")
                .containsPattern("No English yet, 1 .*:\n    resource \"papers-with-code\"  source [0-9a-f]{16}\n")
                .containsPattern("Changed in the list since translated, 1 .*:\n"
                        + "    resource \"deep-learning-kaggle-learn\"  source now [0-9a-f]{16}\n");
    }

    @Test
    void anImportOfTheLaterListNamesNewChangedAndDroppedEntriesAndKeepsTheEnglishOfThoseThatStayed() {
        Catalogue later = Fixtures.importFixture("later-version.md").catalogue();
        EnglishCoverage coverage = EnglishCoverage.of(later, shipped);
        // Prof. Lee's course moved to a new address, so its id changed: new, and the old one dropped
        assertThat(coverage.missing()).containsExactly("section \"collections\"", "resource \"gan-lab\"",
                "resource \"talk-to-transformer\"", "resource \"speech-ee-ntu-edu-tw-tlkagk-courses-ml19\"",
                "resource \"mit-deep-learning\"", "resource \"papers-with-code\"", "resource \"deep-learning-ocean\"",
                "paper \"gpt-2\"");
        assertThat(coverage.outdated()).containsExactly("section \"playground\"", "resource \"distill\"",
                "resource \"jay-alammars-blog\"", "paper \"bert\"");
        assertThat(coverage.orphaned()).contains("section \"tools\"", "resource \"speech-ee-ntu-edu-tw-tlkagk-courses-mlds18\"",
                "resource \"colaboratory\"", "paper \"attention-is-all-you-need\"")
                .as("2 sections, 25 resources and 29 papers of the seed are not in it").hasSize(2 + 25 + 29);
        assertThat(coverage.entries() - coverage.missing().size() - coverage.outdated().size())
                .as("stayed unchanged: sections courses, blogs, papers; LeNet-5, ImageNet, ResNet, GAN, DCGAN, WGAN")
                .isEqualTo(9);

        LocalizedText english = later.withEnglish(shipped).in(Language.ENGLISH);
        Paper bert = Fixtures.paper(later, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        // BERT's note changed, with no link then or now: the earlier English stays, marked
        assertThat(english.note(bert)).isEqualTo(shipped.paper("bert").note());
        assertThat(english.isEarlierEnglish(bert)).isTrue();
        // Distill's English links to pages the new text no longer links: the list's text instead
        Resource distill = Fixtures.resource(later, "Distill");
        assertThat(english.summary(distill)).isEqualTo(distill.summary());
    }
}
