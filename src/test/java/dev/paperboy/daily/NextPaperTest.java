package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.NextPaper.NoPaper;
import dev.paperboy.daily.NextPaper.Pick;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextPaperTest {

    final Catalogue seed = Papers.seedShape();

    private Pick pick(String area, int position, String last) {
        return (Pick) NextPaper.of(seed, area, position, last);
    }

    @Test
    void walksTheAreasChronologicalListAndStartsOverAfterTheLast() {
        assertThat(pick("all", 0, null).paper().id()).isEqualTo("nlp-00");
        assertThat(pick("all", 0, null).label()).isEqualTo("#1 / 36");
        assertThat(pick("all", 35, null).label()).isEqualTo("#36 / 36");
        assertThat(pick("all", 36, null).label()).isEqualTo("#1 / 36");
        assertThat(pick("nlp", 1, null).paper().id()).isEqualTo("nlp-03");
        assertThat(pick("cv", 0, null).paper().id()).isEqualTo("cv-01");
        assertThat(pick("cv", 23, null).label()).isEqualTo("#24 / 24");
        assertThat(pick("CV ", 0, null).paper().area()).isEqualTo("cv");
    }

    @Test
    void theSmallCatalogueIsWalkedOldestFirstNotInTheListsOrder() {
        Catalogue small = Papers.small();
        assertThat(List.of(0, 1, 2, 3)).extracting(i -> ((Pick) NextPaper.of(small, "all", i, null)).paper().id())
                .containsExactly("word2vec", "resnet", "bert", "word2vec");
    }

    @Test
    void continuesAfterTheLastPostedPaperWhenTheCatalogueChanged() {
        // position 4 says "cv-04"; but the last posted paper, cv-05, sits at index 5 now
        assertThat(pick("all", 4, "cv-05").paper().id()).isEqualTo("nlp-06");
        assertThat(pick("all", 4, "cv-05").label()).isEqualTo("#7 / 36");
        // the same index when nothing changed
        assertThat(pick("all", 6, "cv-05").paper().id()).isEqualTo("nlp-06");
        // after the last one: start over
        assertThat(pick("all", 0, "cv-35").label()).isEqualTo("#1 / 36");
        // a last posted paper that is gone: the position decides
        assertThat(pick("all", 2, "removed").paper().id()).isEqualTo("cv-02");
    }

    @Test
    void anEmptyAreaIsAReasonNotAnException() {
        NextPaper.Choice c = NextPaper.of(seed, "rl", 0, null);

        assertThat(c).isInstanceOf(NoPaper.class);
        assertThat(((NoPaper) c).reason()).isEqualTo("no papers in area \"rl\" (the catalogue's areas: nlp, cv)");
        assertThat(NextPaper.of(Papers.of(List.of()), "all", 0, null)).isInstanceOf(NoPaper.class);
    }
}
