package dev.paperboy.learn;

import static dev.paperboy.learn.PictureStyle.AXIS_FONT;
import static dev.paperboy.learn.PictureStyle.ascent;
import static dev.paperboy.learn.PictureStyle.descent;
import static dev.paperboy.learn.PictureStyle.width;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The year axis under the lanes: which years get a number and where it stands. Apart from
 * {@link ProgressLayout} because choosing numbers that never collide (any span, from one year to
 * a thousand) is a job of its own.
 */
final class YearAxis {

    /** A year on the axis: the x where it starts, and whether (and where) its number is written. */
    record Tick(int year, double x, boolean labelled, Rectangle2D label) {
    }

    private YearAxis() {
    }

    /**
     * A tick at the start of every year; numbers centred on their year, every year when there is
     * room, else every 2, 5, 10... years, the first and the last year always, and no two numbers
     * closer than a gap.
     *
     * @param probe    the layout's horizontal geometry ({@link ProgressLayout#x})
     * @param baseline where the numbers stand
     */
    static List<Tick> ticks(Progress progress, ProgressLayout probe, double baseline) {
        int first = progress.firstYear();
        int last = progress.lastYear();
        double perYear = (probe.plotRight() - probe.plotLeft()) / (last - first + 1);
        double labelWidth = width(AXIS_FONT, "0000");
        double gap = 10;
        int every = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            every = candidate;
            if (candidate * perYear >= labelWidth + gap) {
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        // The first and last numbers are placed first, so the others give way to them.
        List<Rectangle2D> taken = new ArrayList<>();
        taken.add(label(probe, first, baseline));
        if (last != first) {
            taken.add(label(probe, last, baseline));
        }
        for (int year = first; year <= last; year++) {
            double x = probe.x(year, 1) - (probe.x(year, 2) - probe.x(year, 1)) / 2;
            Rectangle2D rect = label(probe, year, baseline);
            boolean labelled;
            if (year == first || year == last) {
                labelled = true;
            } else if (year % every == 0) {
                labelled = taken.stream().noneMatch(other -> grown(other, gap / 2).intersects(grown(rect, gap / 2)));
                if (labelled) {
                    taken.add(rect);
                }
            } else {
                labelled = false;
            }
            ticks.add(new Tick(year, x, labelled, labelled ? rect : null));
        }
        return ticks;
    }

    private static Rectangle2D label(ProgressLayout probe, int year, double baseline) {
        String text = Integer.toString(year);
        double w = width(AXIS_FONT, text);
        double centre = (probe.x(year, 1) + probe.x(year, 12)) / 2;
        // Keep the number inside the card when the year is narrower than its number.
        double left = Math.max(probe.plotLeft() - 12, Math.min(centre - w / 2, probe.plotRight() + 12 - w));
        return new Rectangle2D.Double(left, baseline - ascent(AXIS_FONT), w, ascent(AXIS_FONT) + descent(AXIS_FONT));
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY(), r.getWidth() + 2 * by, r.getHeight());
    }
}
