package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search and autocomplete on the shipped catalogue find entries by their Chinese and by their English. */
class BilingualSearchTest {

    static final String LEE = "speech-ee-ntu-edu-tw-tlkagk-courses-mlds18";
    static final Catalogue shipped = Shipped.CATALOGUE;

    @Test
    void generativeAdversarialInChineseOrEnglishFindsTheCourseThatTeachesGans() {
        assertThat(shipped.searchResources("生成對抗")).extracting(Resource::id).containsExactly(LEE);
        assertThat(shipped.searchResources("generative adversarial")).extracting(Resource::id).containsExactly(LEE);
    }

    @Test
    void generativeAdversarialInEnglishOrChineseFindsTheGanPapers() {
        assertThat(shipped.findPapers(new PaperQuery(null, null, "generative adversarial")))
                .extracting(Paper::id).containsExactly("gan", "dcgan");
        // the titles are English: the glossary carries the Chinese term over
        assertThat(shipped.findPapers(new PaperQuery(null, null, "生成對抗")))
                .extracting(Paper::id).containsExactly("gan", "dcgan");
        assertThat(shipped.findPapers(new PaperQuery(null, null, "生成對抗網路")))
                .extracting(Paper::id).containsExactly("gan", "dcgan");
        assertThat(shipped.suggestPapers("生成對抗", null, null)).extracting(Suggestion::value)
                .containsExactly("GAN", "DCGAN");
    }

    @Test
    void aChineseTermAlsoFindsPapersWhoseEnglishTitlesNameIt() {
        assertThat(shipped.findPapers(new PaperQuery(null, null, "機器翻譯"))).extracting(Paper::title)
                .isNotEmpty().allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("translat"));
        assertThat(shipped.findPapers(new PaperQuery(null, null, "不存在的詞"))).isEmpty();
    }

    @Test
    void wordsOfTheEnglishSummariesAndNotesFindTheirEntries() {
        assertThat(shipped.searchResources("doodle recognition")).extracting(Resource::id).containsExactly("quick-draw");
        assertThat(shipped.searchResources("塗鴉")).extracting(Resource::id).containsExactly("quick-draw");
        assertThat(shipped.findPapers(new PaperQuery(null, null, "brute-force aesthetic"))).extracting(Paper::id)
                .containsExactly("bert");
        assertThat(shipped.findPapers(new PaperQuery(null, null, "暴力美學"))).extracting(Paper::id).containsExactly("bert");
    }

    @Test
    void autocompleteNamesTheResourceInTheReadersLanguageWhicheverLanguageIsTyped() {
        String english = "Prof. Hung-yi Lee's Machine Learning / Deep Learning Courses";
        String chinese = shipped.resources().stream().filter(r -> r.id().equals(LEE)).findFirst().orElseThrow().title();
        assertThat(shipped.suggestResources("hung-yi", null, Language.ENGLISH)).first()
                .extracting(Suggestion::name).isEqualTo(english);
        assertThat(shipped.suggestResources("李宏毅", null, Language.ENGLISH)).first()
                .extracting(Suggestion::name).isEqualTo(english);
        assertThat(shipped.suggestResources("hung-yi", null, Language.ZH_TW)).first()
                .extracting(Suggestion::name).isEqualTo(chinese);
        // the chosen value is the query of the command: it finds the resource first again
        for (Language language : Language.values()) {
            Suggestion chosen = shipped.suggestResources("hung-yi", null, language).get(0);
            assertThat(shipped.searchResources(chosen.value())).first().extracting(Resource::id).isEqualTo(LEE);
        }
    }
}
