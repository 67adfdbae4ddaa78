package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
    void theEnglishFileHasNoChineseOutsideLinkTargets() throws Exception {
        List<String> lines = Files.readAllLines(EnglishFile.beside(Shipped.FILE));
        assertThat(lines).filteredOn(ShippedEnglishTest::hasChinese).isEmpty();
    }

    private static boolean hasChinese(String text) {
        return Shipped.hasChineseOutsideLinks(text);
    }
}
