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

    @Test
    void markdownIsNeverCutThroughALink() {
        String md = "see [the long title](https://example.org/a/very/long/path) for more";
        String cut = Texts.cutMarkdown(md, 30);
        assertThat(cut).isEqualTo("see…");
        assertThat(Texts.cutMarkdown(md, 200)).isEqualTo(md);
        assertThat(Texts.cutMarkdown("[a](https://b.org) and then some words", 25)).isEqualTo("[a](https://b.org) and…");
    }
}
