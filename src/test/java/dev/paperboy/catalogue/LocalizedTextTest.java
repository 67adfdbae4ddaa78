package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    static final Resource COLAB = new Resource("colab", "tools", "Colaboratory", "https://colab.research.google.com", null,
            List.of("由 Google 提供的雲端 [Jupyter](https://jupyter.org/) 筆記本環境"));
    static final Resource LEE = new Resource("lee", "tools", "李宏毅教授的課程", "https://speech.ee.ntu.edu.tw", null,
            List.of("大概是全世界最好的中文學習資源"));
    static final Resource LAB = new Resource("lab", "tools", "Lab", "https://lab.example.org", null, List.of("Hands-on labs"));
    static final Paper BERT = new Paper("bert", "nlp", null, 2018, 10, "BERT: Pre-training", "BERT",
            "https://arxiv.org/abs/1810.04805", "Google 暴力美學");

    static Catalogue withEnglish(List<Resource> resources, English english) {
        return Catalogue.of(null, CatalogueSearchTest.sample().sections(), resources, List.of(BERT)).withEnglish(english);
    }

    static English english(Map<String, EnglishResource> resources, Map<String, EnglishPaper> papers) {
        return new English(Map.of(), resources, papers);
    }

    @Test
    void zhTwAndZhCnReadTheListEveryoneElseEnglish() {
        assertThat(Language.forLocale("zh-TW")).isEqualTo(Language.ZH_TW);
        assertThat(Language.forLocale("zh-CN")).isEqualTo(Language.ZH_TW);
        assertThat(Language.forLocale("zh_tw")).isEqualTo(Language.ZH_TW);
        assertThat(Language.forLocale("en-US")).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale("ja")).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void chineseReadersGetTheListsTextAndEnglishReadersTheEnglish() {
        Catalogue c = withEnglish(List.of(COLAB, LEE), english(Map.of(
                "colab", EnglishResource.translating(COLAB, null, List.of("A cloud [Jupyter](https://jupyter.org/) notebook")),
                "lee", EnglishResource.translating(LEE, "Prof. Lee's courses", List.of("The best resource in Chinese"))),
                Map.of("bert", EnglishPaper.translating(BERT, "Google's brute force"))));
        LocalizedText en = c.in(Language.ENGLISH);
        LocalizedText zh = c.in(Language.ZH_TW);
        assertThat(en.title(LEE)).isEqualTo("Prof. Lee's courses");
        assertThat(en.title(COLAB)).as("no English title: the list's is English").isEqualTo("Colaboratory");
        assertThat(en.summary(COLAB)).containsExactly("A cloud [Jupyter](https://jupyter.org/) notebook");
        assertThat(en.note(BERT)).isEqualTo("Google's brute force");
        assertThat(zh.title(LEE)).isEqualTo(LEE.title());
        assertThat(zh.summary(COLAB)).isEqualTo(COLAB.summary());
        assertThat(zh.note(BERT)).isEqualTo(BERT.note());
        assertThat(en.isEarlierEnglish(LEE)).isFalse();
    }

    @Test
    void anEntryCheckedWithNothingToTranslateOrWithoutEnglishShowsTheListsText() {
        Catalogue c = withEnglish(List.of(LAB, LEE), english(Map.of("lab", EnglishResource.translating(LAB, null, null)),
                Map.of()));
        assertThat(c.in(Language.ENGLISH).summary(LAB)).isEqualTo(LAB.summary());
        assertThat(c.in(Language.ENGLISH).title(LEE)).isEqualTo(LEE.title());
        assertThat(c.in(Language.ENGLISH).note(BERT)).isEqualTo(BERT.note());
    }

    @Test
    void englishOfAnEarlierTextIsShownAndMarkedWhileItsLinksAreTheListsLinks() {
        EnglishResource earlier = new EnglishResource("0000000000000000", null,
                List.of("A cloud [Jupyter](https://jupyter.org/) notebook"));
        Catalogue c = withEnglish(List.of(COLAB), english(Map.of("colab", earlier),
                Map.of("bert", new EnglishPaper("0000000000000000", "Google's brute force"))));
        LocalizedText en = c.in(Language.ENGLISH);
        assertThat(en.summary(COLAB)).isEqualTo(earlier.summary());
        assertThat(en.isEarlierEnglish(COLAB)).isTrue();
        assertThat(en.note(BERT)).isEqualTo("Google's brute force");
        assertThat(en.isEarlierEnglish(BERT)).isTrue();
        assertThat(c.in(Language.ZH_TW).isEarlierEnglish(COLAB)).isFalse();
    }

    @Test
    void englishOfAnEarlierTextGivesWayToTheListWhenTheListsLinksChanged() {
        Resource moved = new Resource("colab", "tools", "Colaboratory", "https://colab.research.google.com", null,
                List.of("由 Google 提供的雲端 [Jupyter](https://jupyter.org/try) 筆記本環境"));
        EnglishResource earlier = EnglishResource.translating(COLAB, null,
                List.of("A cloud [Jupyter](https://jupyter.org/) notebook"));
        Catalogue c = withEnglish(List.of(moved), english(Map.of("colab", earlier), Map.of()));
        assertThat(c.in(Language.ENGLISH).summary(moved)).isEqualTo(moved.summary());
        assertThat(c.in(Language.ENGLISH).isEarlierEnglish(moved)).isFalse();
    }
}
