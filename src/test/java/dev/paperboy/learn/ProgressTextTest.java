package dev.paperboy.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTextTest {

    private static final ProgressPicture.Labels ENGLISH = new ProgressPicture.Labels("7 of 36 papers read",
            Map.of("nlp", "NLP", "cv", "CV"), "read", "saved", "unread");
    private static final ProgressPicture.Labels CHINESE = new ProgressPicture.Labels("已讀 7／36 篇論文",
            Map.of("nlp", "自然語言處理", "cv", "電腦視覺"), "已讀", "收藏", "未讀");
    private static final ProgressText.Words ZH_TW = new ProgressText.Words("已讀 %2$d 篇中的 %1$d 篇，收藏 %3$d 篇。",
            "%1$s：已讀 %3$d 篇中的 %2$d 篇，收藏 %4$d 篇。", "各年已讀：", "%1$d 年：%2$s", "、");

    @Test
    void carriesTheSameFiguresAsThePicture() {
        Progress seed = SampleProgress.seed();
        ProgressText text = ProgressText.of(seed);
        ProgressLayout layout = ProgressLayout.of(seed, ENGLISH);

        assertThat(text.read()).isEqualTo(7);
        assertThat(text.saved()).isEqualTo(3);
        assertThat(text.total()).isEqualTo(36);
        assertThat(text.areas()).extracting(Progress.AreaCount::area, Progress.AreaCount::read,
                        Progress.AreaCount::total, Progress.AreaCount::saved)
                .containsExactlyElementsOf(layout.lanes().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.area(), l.read(), l.total(), l.saved()))
                        .toList());
    }

    @Test
    void readsOverallThenEachAreaThenTheReadPapersByYearInEnglish() {
        String text = ProgressText.of(SampleProgress.seed()).format(ProgressText.Words.ENGLISH, ENGLISH, 1024);

        assertThat(text).isEqualTo("""
                7 of 36 papers read, 3 saved.
                NLP: 2 of 12 read, 1 saved.
                CV: 5 of 24 read, 2 saved.
                Read, by year:
                1998: LeNet-5
                2012: AlexNet
                2014: VGG, GoogLeNet
                2015: ResNet
                2017: Attention Is All You Need
                2018: BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding""");
    }

    @Test
    void readsInZhTwWithTheCallersWordsWhateverFontsTheMachineHas() {
        String text = ProgressText.of(SampleProgress.seed()).format(ZH_TW, CHINESE, 1024);

        assertThat(text).startsWith("""
                已讀 36 篇中的 7 篇，收藏 3 篇。
                自然語言處理：已讀 12 篇中的 2 篇，收藏 1 篇。
                電腦視覺：已讀 24 篇中的 5 篇，收藏 2 篇。
                各年已讀：
                1998 年：LeNet-5
                """).contains("2014 年：VGG、GoogLeNet");
    }

    @Test
    void givesCountsPerYearWhenTheNamesDoNotFitAndOnlyTheAreasWhenThoseDoNot() {
        ProgressText text = ProgressText.of(SampleProgress.seedAll(true));

        String counts = text.format(ProgressText.Words.ENGLISH, ENGLISH, 400);
        assertThat(counts).contains("Read, by year:\n1998: 1\n").contains("2015: 9").doesNotContain("ResNet")
                .hasSizeLessThanOrEqualTo(400);

        String areas = text.format(ProgressText.Words.ENGLISH, ENGLISH, 90);
        assertThat(areas).isEqualTo("""
                36 of 36 papers read, 0 saved.
                NLP: 12 of 12 read, 0 saved.
                CV: 24 of 24 read, 0 saved.""");
    }

    @Test
    void nothingReadSaysSoWithoutAnEmptyListOfYears() {
        String text = ProgressText.of(SampleProgress.seedAll(false)).format(ProgressText.Words.ENGLISH, ENGLISH, 1024);

        assertThat(text).isEqualTo("""
                0 of 36 papers read, 0 saved.
                NLP: 0 of 12 read, 0 saved.
                CV: 0 of 24 read, 0 saved.""");
        assertThat(ProgressText.of(new Progress(2020, 2020, List.of(), List.of()))
                .format(ProgressText.Words.ENGLISH, ENGLISH, 1024)).isEqualTo("0 of 0 papers read, 0 saved.");
    }
}
