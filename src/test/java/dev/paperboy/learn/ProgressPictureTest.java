package dev.paperboy.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProgressPictureTest {

    private static final ProgressPicture.Labels ENGLISH = new ProgressPicture.Labels("7 of 36 papers read",
            Map.of("nlp", "NLP", "cv", "CV"), "read", "saved", "unread");
    private static final ProgressPicture.Labels CHINESE = new ProgressPicture.Labels("已讀 7／36 篇論文",
            Map.of("nlp", "自然語言處理", "cv", "電腦視覺"), "已讀", "收藏", "未讀");

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the bytes back as a picture").isNotNull();
        return image;
    }

    private static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)), true);
    }

    @Test
    void decodesToTheLaidOutSizeEightHundredWideAndTallerWithMoreAreas() throws IOException {
        Progress seed = SampleProgress.seed();
        ProgressLayout layout = ProgressLayout.of(seed, ENGLISH);
        BufferedImage image = decode(ProgressPicture.png(seed, ENGLISH));

        assertThat(image.getWidth()).isEqualTo(800).isEqualTo(layout.width());
        assertThat(image.getHeight()).isEqualTo(layout.height()).isBetween(250, 600);

        Progress fourAreas = SampleProgress.generated(80, 4, 1);
        BufferedImage taller = decode(ProgressPicture.png(fourAreas, ProgressPicture.Labels.english(fourAreas)));
        assertThat(taller.getWidth()).isEqualTo(800);
        assertThat(taller.getHeight()).isGreaterThan(image.getHeight());
    }

    @Test
    void aReadPaperIsAFilledDiscAndAnUnreadOneAHollowRing() throws IOException {
        Progress seed = SampleProgress.seed();
        ProgressLayout layout = ProgressLayout.of(seed, ENGLISH);
        BufferedImage image = decode(ProgressPicture.png(seed, ENGLISH));

        ProgressLayout.Mark read = layout.markOf("lenet-5");
        ProgressLayout.Mark unread = layout.markOf("imagenet");
        assertThat(read.dot().read()).isTrue();
        assertThat(unread.dot().read()).isFalse();

        // The centre of a read disc is the read colour; the centre of an unread ring is the lane behind it.
        assertThat(at(image, read.x(), read.y())).isEqualTo(PictureStyle.READ);
        assertThat(at(image, unread.x(), unread.y())).isEqualTo(PictureStyle.LANE);
        // ...and the ring itself is drawn, just inside the disc's outline.
        double ring = layout.radius() - 1;
        assertThat(at(image, unread.x() + ring, unread.y())).isNotEqualTo(PictureStyle.LANE);
    }

    @Test
    void everyPaperHasItsOwnMarkAndNoTwoMarksOverlap() {
        for (Progress progress : List.of(SampleProgress.seed(), SampleProgress.generated(500, 4, 7))) {
            ProgressLayout layout = ProgressLayout.of(progress, ProgressPicture.Labels.english(progress));
            assertThat(layout.marks()).hasSize(progress.papers().size());
            double step = 2 * layout.savedRadius();
            for (int i = 0; i < layout.marks().size(); i++) {
                for (int j = i + 1; j < layout.marks().size(); j++) {
                    ProgressLayout.Mark a = layout.marks().get(i);
                    ProgressLayout.Mark b = layout.marks().get(j);
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y()))
                            .as("%s and %s", a.dot().paperId(), b.dot().paperId())
                            .isGreaterThanOrEqualTo(step * 0.99);
                }
            }
            for (ProgressLayout.Mark mark : layout.marks()) {
                ProgressLayout.Lane lane = layout.lanes().stream()
                        .filter(l -> l.area().equals(mark.dot().area())).findFirst().orElseThrow();
                assertThat(mark.y() - layout.savedRadius()).isGreaterThanOrEqualTo(lane.top());
                assertThat(mark.y() + layout.savedRadius()).isLessThanOrEqualTo(lane.bottom());
                assertThat(mark.x()).isBetween(layout.plotLeft(), layout.plotRight());
            }
        }
    }

    @Test
    void papersOfTheSameMonthAreStackedAtTheSameX() {
        ProgressLayout layout = ProgressLayout.of(SampleProgress.seed(), ENGLISH);
        ProgressLayout.Mark vgg = layout.markOf("vgg");
        ProgressLayout.Mark googlenet = layout.markOf("googlenet");

        assertThat(vgg.x()).isEqualTo(googlenet.x());
        assertThat(vgg.y()).isNotEqualTo(googlenet.y());
    }

    @Test
    void aSavedPaperHasTheAmberOuterRingAndAnUnsavedOneNot() throws IOException {
        Progress seed = SampleProgress.seed();
        ProgressLayout layout = ProgressLayout.of(seed, ENGLISH);
        BufferedImage image = decode(ProgressPicture.png(seed, ENGLISH));
        double between = layout.savedRadius() - 1; // the middle of the outer ring's stroke

        for (String saved : SampleProgress.THREE_SAVED) {
            ProgressLayout.Mark mark = layout.markOf(saved);
            assertThat(mark.dot().saved()).isTrue();
            // On the outer ring, left, right, above and below the centre.
            for (double[] d : new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                assertThat(distance(image, mark.x() + d[0] * between, mark.y() + d[1] * between,
                        PictureStyle.SAVED)).as("%s's ring", saved).isLessThanOrEqualTo(16);
            }
        }
        ProgressLayout.Mark alexnet = layout.markOf("alexnet");
        assertThat(alexnet.dot().saved()).isFalse();
        assertThat(distance(image, alexnet.x() + between, alexnet.y(), PictureStyle.SAVED)).isGreaterThan(60);
    }

    @Test
    void theYearAxisRunsFromTheFirstYearToTheLastWithNumbersThatNeverOverlap() {
        for (Progress progress : List.of(SampleProgress.seed(), SampleProgress.generated(500, 4, 7),
                SampleProgress.generated(30, 2, 3))) {
            ProgressLayout layout = ProgressLayout.of(progress, ProgressPicture.Labels.english(progress));
            List<YearAxis.Tick> ticks = layout.ticks();

            assertThat(ticks).extracting(YearAxis.Tick::year).first().isEqualTo(progress.firstYear());
            assertThat(ticks).extracting(YearAxis.Tick::year).last().isEqualTo(progress.lastYear());
            assertThat(ticks).hasSize(progress.lastYear() - progress.firstYear() + 1);
            assertThat(ticks.get(0).labelled()).as("the first year is numbered").isTrue();
            assertThat(ticks.get(ticks.size() - 1).labelled()).as("the last year is numbered").isTrue();
            assertThat(ticks.get(0).x()).isCloseTo(layout.plotLeft(), org.assertj.core.data.Offset.offset(0.01));

            List<Rectangle2D> numbers = ticks.stream().filter(YearAxis.Tick::labelled)
                    .map(YearAxis.Tick::label).toList();
            for (int i = 1; i < numbers.size(); i++) {
                assertThat(numbers.get(i).getMinX()).as("%s after %s", numbers.get(i), numbers.get(i - 1))
                        .isGreaterThan(numbers.get(i - 1).getMaxX() + 4);
            }
            for (Rectangle2D number : numbers) {
                assertThat(number.getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(number.getMaxX()).isLessThanOrEqualTo(layout.width());
            }
        }
    }

    @Test
    void theSeedsTwentyOneYearsAreNumberedEveryOtherYear() {
        ProgressLayout layout = ProgressLayout.of(SampleProgress.seed(), ENGLISH);

        assertThat(layout.ticks().stream().filter(YearAxis.Tick::labelled).map(YearAxis.Tick::year))
                .containsExactly(1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018);
    }

    @Test
    void theSameProgressGivesTheSameBytes() {
        Progress seed = SampleProgress.seed();
        byte[] first = ProgressPicture.png(seed, ENGLISH);
        byte[] second = ProgressPicture.png(SampleProgress.seed(), ENGLISH);

        assertThat(second).isEqualTo(first);
        // No chunk but the image's own: header, data, end.
        assertThat(new String(first, StandardCharsets.ISO_8859_1))
                .doesNotContain("tIME").doesNotContain("tEXt").doesNotContain("iTXt");
    }

    @Test
    void nothingReadAndEverythingReadBothRender() throws IOException {
        Progress none = SampleProgress.seedAll(false);
        Progress all = SampleProgress.seedAll(true);
        BufferedImage empty = decode(ProgressPicture.png(none, ProgressPicture.Labels.english(none)));
        BufferedImage full = decode(ProgressPicture.png(all, ProgressPicture.Labels.english(all)));

        ProgressLayout emptyLayout = ProgressLayout.of(none, ProgressPicture.Labels.english(none));
        ProgressLayout fullLayout = ProgressLayout.of(all, ProgressPicture.Labels.english(all));
        for (ProgressLayout.Mark mark : emptyLayout.marks()) {
            assertThat(at(empty, mark.x(), mark.y())).isNotEqualTo(PictureStyle.READ);
        }
        for (ProgressLayout.Mark mark : fullLayout.marks()) {
            assertThat(at(full, mark.x(), mark.y())).isEqualTo(PictureStyle.READ);
        }
        assertThat(emptyLayout.lanes()).extracting(ProgressLayout.Lane::read).containsOnly(0);
        assertThat(fullLayout.lanes()).extracting(ProgressLayout.Lane::read).containsExactly(12, 24);
    }

    @Test
    void aListOfOneYearAndAListWithNoPapersRender() throws IOException {
        Progress oneYear = SampleProgress.of(List.of(
                new Progress.Dot("a", "A", "nlp", 2020, 3, true, true),
                new Progress.Dot("b", "B", "nlp", 2020, 3, false, false),
                new Progress.Dot("c", "C", "cv", 2020, 11, false, true)));
        ProgressLayout layout = ProgressLayout.of(oneYear, ProgressPicture.Labels.english(oneYear));
        BufferedImage image = decode(ProgressPicture.png(oneYear, ProgressPicture.Labels.english(oneYear)));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(layout.ticks()).singleElement().satisfies(tick -> {
            assertThat(tick.year()).isEqualTo(2020);
            assertThat(tick.labelled()).isTrue();
        });
        assertThat(layout.markOf("c").x()).isGreaterThan(layout.markOf("a").x() + 300);
        assertThat(at(image, layout.markOf("a").x(), layout.markOf("a").y())).isEqualTo(PictureStyle.READ);

        Progress nothing = new Progress(2020, 2020, List.of(), List.of());
        assertThat(decode(ProgressPicture.png(nothing, ProgressPicture.Labels.english(nothing))).getWidth())
                .isEqualTo(800);
    }

    @Test
    void aGeneratedListOfFiveHundredPapersIsWellUnderAMegabyte() {
        Progress large = SampleProgress.generated(500, 4, 42);
        byte[] seedPng = ProgressPicture.png(SampleProgress.seed(), ENGLISH);
        byte[] largePng = ProgressPicture.png(large, ProgressPicture.Labels.english(large));

        assertThat(seedPng.length).isLessThan(100 * 1024);
        assertThat(largePng.length).isLessThan(1024 * 1024);
    }

    @Test
    void textAndMarksStandOutFromTheCardEnoughForWcagAa() {
        // Text: 4.5:1 (WCAG AA, 1.4.3); the marks and lines that carry meaning: 3:1 (1.4.11).
        assertThat(contrast(PictureStyle.TEXT, PictureStyle.CARD)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(PictureStyle.MUTED, PictureStyle.CARD)).isGreaterThanOrEqualTo(4.5);
        // Counts are drawn on the card, marks on the lanes' band.
        for (Color mark : List.of(PictureStyle.READ, PictureStyle.UNREAD, PictureStyle.SAVED)) {
            assertThat(contrast(mark, PictureStyle.LANE)).as("%s", mark).isGreaterThanOrEqualTo(3);
        }
        // The card shows against both of Discord's themes: the rim on dark (#313338), the card on white.
        assertThat(contrast(PictureStyle.RIM, new Color(0x313338))).isGreaterThan(1.3);
        assertThat(contrast(PictureStyle.CARD, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theTextColoursOnThePictureAreTheOnesCheckedForContrast() throws IOException {
        Progress seed = SampleProgress.seed();
        BufferedImage image = decode(ProgressPicture.png(seed, ENGLISH));
        // The card's colour just inside its corner, the title's in the title's line.
        assertThat(at(image, 20, image.getHeight() / 2.0)).isEqualTo(PictureStyle.CARD);
        ProgressLayout layout = ProgressLayout.of(seed, ENGLISH);
        boolean titleColour = false;
        for (int x = 24; x < 300 && !titleColour; x++) {
            for (int y = 24; y < (int) layout.titleBaseline(); y++) {
                titleColour |= at(image, x, y).equals(PictureStyle.TEXT);
            }
        }
        assertThat(titleColour).isTrue();
        // The card fills the picture, corners included: an opaque RGB PNG, its edge the rim.
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        assertThat(at(image, 0, 0)).isEqualTo(PictureStyle.RIM);
        assertThat(at(image, image.getWidth() - 1, image.getHeight() - 1)).isEqualTo(PictureStyle.RIM);
    }

    @Test
    void zhTwLabelsAreDrawnWhenAFontHasTheGlyphsAndEnglishIsDrawnWhenNone() throws IOException {
        Progress seed = SampleProgress.seed();
        boolean cjk = PictureStyle.displayable("已讀收藏未讀篇論文自然語言處理電腦視覺／");

        ProgressPicture.Labels drawn = ProgressLayout.drawable(seed, CHINESE);
        byte[] chinese = ProgressPicture.png(seed, CHINESE);
        byte[] english = ProgressPicture.png(seed, ProgressPicture.Labels.english(seed));
        if (cjk) {
            assertThat(drawn).isEqualTo(CHINESE);
            assertThat(chinese).isNotEqualTo(english);
        } else {
            // No CJK font here (as in eclipse-temurin:17-jre without fonts added): no boxes, English instead.
            assertThat(drawn).isEqualTo(ProgressPicture.Labels.english(seed));
            assertThat(chinese).isEqualTo(english);
        }
        assertThat(decode(chinese).getWidth()).isEqualTo(800);
        // English always has its glyphs, whatever the machine.
        assertThat(ProgressLayout.drawable(seed, ENGLISH)).isEqualTo(ENGLISH);
    }

    @Test
    void rendersTheSameBytesInAHeadlessJvmWithNoDisplay() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), HeadlessRender.class.getName());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo(HeadlessRender.sha256(ProgressPicture.png(SampleProgress.seed(),
                HeadlessRender.LABELS)));
    }

    /** The smallest difference (largest channel) from the colour among the pixel and its eight neighbours. */
    private static int distance(BufferedImage image, double x, double y, Color colour) {
        int best = Integer.MAX_VALUE;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Color c = at(image, x + dx, y + dy);
                int d = Math.max(Math.abs(c.getRed() - colour.getRed()), Math.max(
                        Math.abs(c.getGreen() - colour.getGreen()), Math.abs(c.getBlue() - colour.getBlue())));
                best = Math.min(best, d);
            }
        }
        return best;
    }

    /** WCAG 2's contrast ratio from relative luminance. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
