package dev.paperboy.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates, titles and short names as the list writes them in one paper's link text. */
class ReadmePaperTextTest {

    @Test
    void readsLeadingDatesWithSlashDotOrDashAndAYearAlone() {
        assertThat(PaperText.leadingDate("2015/13 DCGAN paper")).satisfies(d -> {
            assertThat(d.year()).isEqualTo(2015);
            assertThat(d.month()).isEqualTo(13);
            assertThat(d.written()).isEqualTo("2015/13");
            assertThat(d.rest()).isEqualTo("DCGAN paper");
        });
        assertThat(PaperText.leadingDate("2019.01 A").month()).isEqualTo(1);
        assertThat(PaperText.leadingDate("2019-02: A").month()).isEqualTo(2);
        assertThat(PaperText.leadingDate("(2019/03)").month()).isEqualTo(3);
        assertThat(PaperText.leadingDate("2016 Identity Mappings").month()).isNull();
        assertThat(PaperText.leadingDate("Attention Is All You Need")).isNull();
        assertThat(PaperText.leadingDate("20190 things")).isNull();
    }

    @Test
    void readsADateWrittenJustBeforeTheLink() {
        assertThat(PaperText.trailingDate("2019/04").month()).isEqualTo(4);
        assertThat(PaperText.trailingDate("⭐ 2019/04 -").year()).isEqualTo(2019);
        assertThat(PaperText.trailingDate("no date")).isNull();
    }

    @Test
    void theShortNameIsTheTrailingParenthesesAndLeavesTheTitle() {
        assertThat(PaperText.title("Deep Residual Learning for Image Recognition (ResNet)"))
                .isEqualTo(new PaperText.Title("Deep Residual Learning for Image Recognition", "ResNet"));
        assertThat(PaperText.title("Faster R-CNN: Towards Real-Time Object Detection (Faster R-CNN)").shortName())
                .isEqualTo("Faster R-CNN");
        assertThat(PaperText.title("BERT: Pre-training of Deep Bidirectional Transformers").shortName()).isNull();
        assertThat(PaperText.title("Something From (2019)").shortName()).as("a year is not a name").isNull();
        assertThat(PaperText.title("全形括號（ＢＥＲＴ）").shortName()).isEqualTo("ＢＥＲＴ");
    }

    @Test
    void arxivAddressesGiveTheYearAndMonthOfTheirId() {
        assertThat(PaperText.arxiv("https://arxiv.org/abs/1511.06434"))
                .isEqualTo(new PaperText.Arxiv("1511.06434", 2015, 11));
        assertThat(PaperText.arxiv("https://arxiv.org/pdf/1603.05027.pdf").month()).isEqualTo(3);
        assertThat(PaperText.arxiv("http://www.image-net.org/papers/imagenet_cvpr09.pdf")).isNull();
    }
}
