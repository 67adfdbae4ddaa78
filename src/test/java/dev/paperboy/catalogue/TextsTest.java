package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void shortTextIsKept() {
        assertThat(Texts.cut("hello", 5)).isEqualTo("hello");
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        assertThat(Texts.cut("the quick brown fox jumps", 18)).isEqualTo("the quick brown…");
    }

    @Test
    void textWithoutSpacesIsCutMidWordWithinTheLimit() {
        String cut = Texts.cut("深度學習深度學習深度學習", 6);
        assertThat(cut).isEqualTo("深度學習深…").hasSize(6);
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String cut = Texts.cut("ab😀😀😀", 4);
        assertThat(cut).hasSizeLessThanOrEqualTo(4);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
