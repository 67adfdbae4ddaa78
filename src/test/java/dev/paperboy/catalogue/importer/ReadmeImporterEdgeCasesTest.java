package dev.paperboy.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.CatalogueSource;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import org.junit.jupiter.api.Test;

/** Less common shapes, written inline: each says what the importer keeps and what it reports. */
class ReadmeImporterEdgeCasesTest {

    @Test
    void aSecondHeadingWithTheSameKeyJoinsTheFirstSectionWithAWarning() {
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="tools">實用工具</div>
                ### [Lucid](https://github.com/tensorflow/lucid)
                - 一

                ## <div id="tools">更多工具</div>
                ### [Lucid](https://lucid.example.org/)
                - 二
                """, "dup.md");
        assertThat(result.catalogue().sections()).extracting(Section::key).containsExactly("tools");
        assertThat(result.catalogue().resources()).extracting(Resource::id).containsExactly("lucid", "lucid-2");
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(5);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void anAreaHeadingWithoutAnyNameLosesItsPapersWithAnErrorAtTheHeading() {
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="papers">經典論文</div>
                ### 電腦視覺
                - [2015/12 Deep Residual Learning for Image Recognition (ResNet)](https://arxiv.org/abs/1512.03385)
                ### 語言 (NLP)
                - [2017/06 Attention Is All You Need](https://arxiv.org/abs/1706.03762)
                """, "areas.md");
        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 3);
        assertThat(result.errors().get(0).message()).contains("no name", "(NLP)");
        assertThat(result.errors().get(1).message()).contains("line 2");
        assertThat(result.catalogue().papers()).extracting(p -> p.area() + "/" + p.id())
                .containsExactly("nlp/attention-is-all-you-need");
    }

    @Test
    void aPaperBeforeAnyAreaHeadingIsKeptInAGeneralAreaAndADatedBulletWithoutLinkIsAnError() {
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="papers">經典論文</div>
                - [2015/12 Deep Residual Learning for Image Recognition (ResNet)](https://arxiv.org/abs/1512.03385)

                ### 電腦視覺 Computer Vision (CV)
                - 2014/06 Generative Adversarial Networks (GAN)
                - 這是一段說明，不是論文
                - [2014/09 Very Deep Convolutional Networks (VGG)](https://arxiv.org/abs/1409.1556)
                """, "outside.md");
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(2);
        assertThat(result.warnings().get(0).message()).contains("before any area heading").contains("\"general\"");
        assertThat(result.errors()).extracting(Problem::line).containsExactly(5);
        assertThat(result.errors().get(0).message()).contains("no link");
        assertThat(result.catalogue().papers()).extracting(p -> p.area() + "/" + p.id())
                .containsExactly("general/resnet", "cv/vgg");
    }

    @Test
    void anAreaWithoutAbbreviationIsNamedByItsAsciiWords() {
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="papers">經典論文</div>
                ### 強化學習 Reinforcement Learning
                - [2013/12 Playing Atari with Deep Reinforcement Learning (DQN)](https://arxiv.org/abs/1312.5602)
                """, "rl.md");
        assertThat(result.ok()).isTrue();
        assertThat(result.catalogue().papers().get(0).area()).isEqualTo("reinforcement-learning");
    }

    @Test
    void aLinkListInsideTheTableOfContentsIsNavigationNotResources() {
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="blogs">優質文章</div>
                - [回到目錄](#top)
                - [Distill](https://distill.pub/)
                """, "nav.md");
        assertThat(result.catalogue().resources()).extracting(Resource::title).containsExactly("Distill");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void theSourceCanBeGivenForAnotherList() {
        CatalogueSource other = new CatalogueSource("me/my-list", "https://example.org/my-list", "CC-BY 4.0");
        ImportResult result = ReadmeImporter.parse("""
                ## <div id="blogs">優質文章</div>
                - [Distill](https://distill.pub/)
                """, "mine.md", other);
        assertThat(result.catalogue().source()).isEqualTo(other);
    }
}
