package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue we ship is 100% in English too, and its English is English. */
class ShippedEnglishTest {

    static final Catalogue shipped = Shipped.CATALOGUE;

    @Test
    void everySectionResourceAndPaperOfTheShippedCatalogueHasCurrentEnglish() {
        EnglishCoverage coverage = EnglishCoverage.of(shipped, shipped.english());
        assertThat(coverage.missing()).as("entries without English").isEmpty();
        assertThat(coverage.outdated()).as("entries whose English translates an earlier text").isEmpty();
        assertThat(coverage.orphaned()).as("English for entries not in the list").isEmpty();
        assertThat(coverage.entries()).isEqualTo(6 + 27 + 36);
    }

    @Test
    void everyResourceAndPaperReadsInEnglishWithNoChineseOutsideLinkTargets() {
        LocalizedText english = shipped.in(Language.ENGLISH);
        List<String> chinese = new ArrayList<>();
        for (Resource r : shipped.resources()) {
            if (hasChinese(english.title(r))) {
                chinese.add(r.id() + " title: " + english.title(r));
            }
            english.summary(r).stream().filter(ShippedEnglishTest::hasChinese).forEach(l -> chinese.add(r.id() + ": " + l));
        }
        for (Paper p : shipped.papers()) {
            if (hasChinese(p.title()) || hasChinese(english.note(p))) {
                chinese.add(p.id() + ": " + english.note(p));
            }
        }
        assertThat(chinese).isEmpty();
    }

    @Test
    void theEnglishFileHasNoChineseOutsideLinkTargets() throws Exception {
        List<String> lines = Files.readAllLines(EnglishFile.beside(Shipped.FILE));
        assertThat(lines).filteredOn(ShippedEnglishTest::hasChinese).isEmpty();
    }

    @Test
    void theChineseTextIsWhatChineseReadersStillGet() {
        Resource lee = shipped.resources().stream().filter(r -> r.title().startsWith("李宏毅")).findFirst().orElseThrow();
        assertThat(shipped.in(Language.ZH_TW).title(lee)).isEqualTo(lee.title());
        assertThat(shipped.in(Language.ZH_TW).summary(lee)).isEqualTo(lee.summary());
        assertThat(shipped.in(Language.ENGLISH).title(lee)).isEqualTo("Prof. Hung-yi Lee's Machine Learning / Deep Learning Courses");
    }

    private static boolean hasChinese(String text) {
        return Shipped.hasChineseOutsideLinks(text);
    }
}
