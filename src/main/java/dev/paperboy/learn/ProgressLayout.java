package dev.paperboy.learn;

import static dev.paperboy.learn.PictureStyle.AREA_FONT;
import static dev.paperboy.learn.PictureStyle.AXIS_FONT;
import static dev.paperboy.learn.PictureStyle.COUNT_FONT;
import static dev.paperboy.learn.PictureStyle.LEGEND_FONT;
import static dev.paperboy.learn.PictureStyle.TITLE_FONT;
import static dev.paperboy.learn.PictureStyle.ascent;
import static dev.paperboy.learn.PictureStyle.descent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of the progress picture goes: the lanes, each paper's mark, the year axis, the
 * legend, and the labels actually drawn. Computed apart from the drawing so that tests can check
 * the geometry (no overlap, marks inside their lanes, numbers apart) without reading pixels, and
 * so that {@link ProgressPicture} only follows it.
 */
record ProgressLayout(Progress progress, ProgressPicture.Labels labels, int width, int height, double scale,
                      double plotLeft, double plotRight, double titleBaseline, List<Lane> lanes, List<Mark> marks,
                      List<YearAxis.Tick> ticks, double axisY, double legendBaseline) {

    static final int WIDTH = 800;
    static final int PAD = 24;
    static final int LANE_PAD = 8;
    static final double RADIUS = 6;
    static final double SAVED_RADIUS = 9.2;
    private static final int LANE_GAP = 6;
    /** Dots shrink in these steps until the deepest stack fits this height. */
    private static final double[] SCALES = {1.0, 0.8, 0.62, 0.48, 0.38};
    private static final double MAX_STACK_HEIGHT = 170;
    private static final double STEP = 20;

    /** One lane: an area, its counts, its vertical extent. */
    record Lane(String area, String name, int read, int saved, int total, double top, double bottom) {
    }

    /** A paper's mark: its centre (the radius is the layout's, see {@link #radius}). */
    record Mark(Progress.Dot dot, double x, double y) {
    }

    double radius() {
        return RADIUS * scale;
    }

    double savedRadius() {
        return SAVED_RADIUS * scale;
    }

    /** The x of the middle of a month. */
    double x(int year, int month) {
        int years = progress.lastYear() - progress.firstYear() + 1;
        double months = (year - progress.firstYear()) * 12 + (Math.min(12, Math.max(1, month)) - 0.5);
        return plotLeft + months * (plotRight - plotLeft) / (years * 12.0);
    }

    /** The mark of a paper, by id; null when it is not on the picture. */
    Mark markOf(String paperId) {
        return marks.stream().filter(m -> m.dot().paperId().equals(paperId)).findFirst().orElse(null);
    }

    /** The labels the picture will actually draw: {@code wanted}, or English when a font lacks a glyph. */
    static ProgressPicture.Labels drawable(Progress progress, ProgressPicture.Labels wanted) {
        for (String word : wanted.words(areas(progress))) {
            if (!PictureStyle.displayable(word)) {
                return ProgressPicture.Labels.english(progress);
            }
        }
        return wanted;
    }

    static ProgressLayout of(Progress progress, ProgressPicture.Labels wanted) {
        ProgressPicture.Labels labels = drawable(progress, wanted);
        List<String> areas = areas(progress);
        Map<String, List<Progress.Dot>> byArea = new LinkedHashMap<>();
        areas.forEach(area -> byArea.put(area, new ArrayList<>()));
        progress.papers().forEach(dot -> byArea.get(dot.area()).add(dot));
        byArea.values().forEach(dots -> dots.sort(Comparator.comparingInt(Progress.Dot::year)
                .thenComparingInt(Progress.Dot::month)));

        // The column of names and counts at the left, as wide as its widest text.
        double column = 0;
        for (String area : areas) {
            int[] c = counts(progress, area, byArea.get(area));
            column = Math.max(column, PictureStyle.width(AREA_FONT, labels.areaName(area)));
            column = Math.max(column, countsWidth(c));
        }
        column = Math.min(Math.max(column, 70), 220);
        double plotLeft = PAD + column + 22;
        double plotRight = WIDTH - PAD - 10;

        double titleBaseline = PAD + ascent(TITLE_FONT);
        double y = titleBaseline + descent(TITLE_FONT) + 14;

        // The horizontal geometry alone, for x(): the stacking and the axis need it before the rest is known.
        ProgressLayout probe = new ProgressLayout(progress, labels, WIDTH, 0, 1, plotLeft, plotRight, 0, List.of(),
                List.of(), List.of(), 0, 0);
        // Stack each lane's marks upward: a mark takes the lowest level where it keeps a step
        // away from the level's last mark. Shrink the marks until the deepest stack fits.
        double scale = SCALES[SCALES.length - 1];
        int[][] levels = null;
        for (double s : SCALES) {
            int[][] tried = stack(byArea, areas, probe, STEP * s);
            if (deepest(tried) * STEP * s <= MAX_STACK_HEIGHT || s == SCALES[SCALES.length - 1]) {
                scale = s;
                levels = tried;
                break;
            }
        }
        double step = STEP * scale;

        double labelBlock = ascent(AREA_FONT) + descent(AREA_FONT) + 4 + ascent(COUNT_FONT) + descent(COUNT_FONT);
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            String area = areas.get(a);
            List<Progress.Dot> dots = byArea.get(area);
            int depth = 0;
            for (int level : levels[a]) {
                depth = Math.max(depth, level + 1);
            }
            double height = Math.max(labelBlock + 2 * LANE_PAD, Math.max(depth, 1) * step + 2 * LANE_PAD);
            double top = y;
            double bottom = y + height;
            double baseline = bottom - LANE_PAD - step / 2;
            for (int i = 0; i < dots.size(); i++) {
                Progress.Dot dot = dots.get(i);
                marks.add(new Mark(dot, probe.x(dot.year(), dot.month()), baseline - levels[a][i] * step));
            }
            int[] c = counts(progress, area, dots);
            lanes.add(new Lane(area, labels.areaName(area), c[0], c[1], c[2], top, bottom));
            y = bottom + LANE_GAP;
        }
        if (areas.isEmpty()) {
            y += labelBlock;
        }

        double axisY = y + 2;
        List<YearAxis.Tick> ticks = YearAxis.ticks(progress, probe, axisY + 8 + ascent(AXIS_FONT));
        double legendBaseline = axisY + 8 + ascent(AXIS_FONT) + descent(AXIS_FONT) + 16 + ascent(LEGEND_FONT);
        int height = (int) Math.ceil(legendBaseline + descent(LEGEND_FONT) + PAD - 4);
        return new ProgressLayout(progress, labels, WIDTH, height, scale, plotLeft, plotRight, titleBaseline, lanes,
                marks, ticks, axisY, legendBaseline);
    }

    /** The areas in the progress's order, then any area a paper names that the counts do not. */
    private static List<String> areas(Progress progress) {
        List<String> areas = new ArrayList<>();
        progress.areas().forEach(count -> {
            if (!areas.contains(count.area())) {
                areas.add(count.area());
            }
        });
        progress.papers().forEach(dot -> {
            if (!areas.contains(dot.area())) {
                areas.add(dot.area());
            }
        });
        return areas;
    }

    /** read, saved, total of an area: the progress's counts, or counted from the papers when it has none. */
    private static int[] counts(Progress progress, String area, List<Progress.Dot> dots) {
        for (Progress.AreaCount count : progress.areas()) {
            if (count.area().equals(area)) {
                return new int[] {count.read(), count.saved(), count.total()};
            }
        }
        int read = (int) dots.stream().filter(Progress.Dot::read).count();
        int saved = (int) dots.stream().filter(Progress.Dot::saved).count();
        return new int[] {read, saved, dots.size()};
    }

    private static int[][] stack(Map<String, List<Progress.Dot>> byArea, List<String> areas, ProgressLayout probe,
                                 double step) {
        int[][] levels = new int[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            List<Progress.Dot> dots = byArea.get(areas.get(a));
            levels[a] = new int[dots.size()];
            List<Double> lastX = new ArrayList<>();
            for (int i = 0; i < dots.size(); i++) {
                double x = probe.x(dots.get(i).year(), dots.get(i).month());
                int level = 0;
                while (level < lastX.size() && x - lastX.get(level) < step - 1e-9) {
                    level++;
                }
                if (level == lastX.size()) {
                    lastX.add(x);
                } else {
                    lastX.set(level, x);
                }
                levels[a][i] = level;
            }
        }
        return levels;
    }

    private static int deepest(int[][] levels) {
        int deepest = 0;
        for (int[] lane : levels) {
            for (int level : lane) {
                deepest = Math.max(deepest, level + 1);
            }
        }
        return deepest;
    }

    /** The width of "read/total" and, when some are saved, the saved marker and its count. */
    private static double countsWidth(int[] c) {
        double w = PictureStyle.width(COUNT_FONT, c[0] + "/" + c[2]);
        if (c[1] > 0) {
            w += 12 + 2 * SAVED_RADIUS + 4 + PictureStyle.width(COUNT_FONT, Integer.toString(c[1]));
        }
        return w;
    }
}
