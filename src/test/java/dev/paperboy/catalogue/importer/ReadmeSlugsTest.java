package dev.paperboy.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id rules: readable ASCII slugs, from the address when the title has no ASCII letters. */
class ReadmeSlugsTest {

    @Test
    void titlesBecomeLowerCaseWordsJoinedByDashes() {
        assertThat(Slugs.of("Practical Deep Learning For Coders @ fast.ai", 64))
                .isEqualTo("practical-deep-learning-for-coders-fast-ai");
        assertThat(Slugs.of("Christopher Olah's blog", 64)).isEqualTo("christopher-olahs-blog");
        assertThat(Slugs.of("R2D3: 圖解機器學習", 64)).isEqualTo("r2d3");
        assertThat(Slugs.of("Ｃｏｌａｂ Café", 64)).as("full-width and accents fold").isEqualTo("colab-cafe");
    }

    @Test
    void chineseOnlyTitlesHaveNoReadableSlugAndUseTheirAddress() {
        assertThat(Slugs.readable(Slugs.of("李宏毅教授的機器學習 / 深度學習課程", 64))).isFalse();
        assertThat(Slugs.ofUrl("http://speech.ee.ntu.edu.tw/~tlkagk/courses_MLDS18.html", 64))
                .isEqualTo("speech-ee-ntu-edu-tw-tlkagk-courses-mlds18");
        assertThat(Slugs.ofUrl("https://www.example.org/", 64)).isEqualTo("example-org");
    }

    @Test
    void longSlugsAreCutAtADashWithinTheLimit() {
        String slug = Slugs.of("Neural Machine Translation by Jointly Learning to Align and Translate", 64);
        assertThat(slug).isEqualTo("neural-machine-translation-by-jointly-learning-to-align-and");
        assertThat(slug.length()).isLessThanOrEqualTo(64);
        assertThat(Slugs.of("x".repeat(100), 64)).hasSize(64);
    }

    @Test
    void collisionsGetNumberedSuffixesInTheListsOrder() {
        UniqueIds ids = new UniqueIds();
        assertThat(ids.claim("deep-learning")).isEqualTo("deep-learning");
        assertThat(ids.claim("deep-learning")).isEqualTo("deep-learning-2");
        assertThat(ids.claim("deep-learning")).isEqualTo("deep-learning-3");
        String long64 = "a".repeat(64);
        ids.claim(long64);
        assertThat(ids.claim(long64)).hasSize(64).endsWith("-2");
    }
}
