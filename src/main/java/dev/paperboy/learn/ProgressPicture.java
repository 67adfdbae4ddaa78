package dev.paperboy.learn;

import static dev.paperboy.learn.PictureStyle.AREA_FONT;
import static dev.paperboy.learn.PictureStyle.CARD;
import static dev.paperboy.learn.PictureStyle.GRID;
import static dev.paperboy.learn.PictureStyle.LANE;
import static dev.paperboy.learn.PictureStyle.MUTED;
import static dev.paperboy.learn.PictureStyle.READ;
import static dev.paperboy.learn.PictureStyle.RIM;
import static dev.paperboy.learn.PictureStyle.SAVED;
import static dev.paperboy.learn.PictureStyle.TEXT;
import static dev.paperboy.learn.PictureStyle.UNREAD;
import static dev.paperboy.learn.PictureStyle.AXIS_FONT;
import static dev.paperboy.learn.PictureStyle.COUNT_FONT;
import static dev.paperboy.learn.PictureStyle.LEGEND_FONT;
import static dev.paperboy.learn.PictureStyle.TITLE_FONT;
import static dev.paperboy.learn.PictureStyle.ascent;
import static dev.paperboy.learn.PictureStyle.descent;
import static dev.paperboy.learn.PictureStyle.fit;
import static dev.paperboy.learn.PictureStyle.width;
import static dev.paperboy.learn.ProgressLayout.LANE_PAD;
import static dev.paperboy.learn.ProgressLayout.PAD;
import static dev.paperboy.learn.ProgressLayout.RADIUS;
import static dev.paperboy.learn.ProgressLayout.SAVED_RADIUS;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The progress picture: every paper of the chronological list on a timeline from the first year
 * to the last, one lane per area, as PNG bytes for an embed's attachment.
 *
 * <p>Encoding, by shape first and colour second, so that it reads in grey and to colour-blind
 * eyes: a read paper is a filled disc, an unread one a hollow ring, a saved one gets a second,
 * outer ring (amber; the read disc is blue: blue and yellow stay apart in every common colour
 * blindness). Papers whose marks would overlap are stacked upward in their lane. The counts per
 * area stand at the left of each lane, the legend below the year axis.
 *
 * <p>This class draws; where things go is {@link ProgressLayout}'s, the fonts and
 * colours are {@link PictureStyle}'s, the PNG is ImageIO's ({@link PngBytes}). Headless by construction: a
 * {@link BufferedImage} and its {@link Graphics2D}, no toolkit, no window, nothing set globally.
 * The same progress and labels give the same bytes on the same machine: nothing in it depends on
 * time, and the PNG has no metadata chunks. When no installed font can display the labels, the
 * picture is drawn in English; the text beside it ({@link ProgressText}) carries the localized
 * figures either way.
 */
public final class ProgressPicture {

    private ProgressPicture() {
    }

    /**
     * The words the picture draws, in the reader's language.
     *
     * @param title     the line above the timeline, {@code 7 of 36 papers read}
     * @param areaNames an area's key ({@code nlp}) to its name ({@code NLP}); an area missing here
     *                  is drawn as its key in capitals
     * @param read      the legend's word for a filled disc
     * @param saved     the legend's word for the outer ring
     * @param unread    the legend's word for a hollow ring
     */
    public record Labels(String title, Map<String, String> areaNames, String read, String saved, String unread) {

        public Labels {
            Objects.requireNonNull(title, "title");
            areaNames = Map.copyOf(areaNames);
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(saved, "saved");
            Objects.requireNonNull(unread, "unread");
        }

        /** The English labels for a progress: what the picture falls back to. */
        public static Labels english(Progress progress) {
            return new Labels(progress.read() + " of " + progress.papers().size() + " papers read", Map.of(),
                    "read", "saved", "unread");
        }

        public String areaName(String area) {
            String name = areaNames.get(area);
            return name != null && !name.isBlank() ? name : area.toUpperCase(Locale.ROOT);
        }

        List<String> words(List<String> areas) {
            List<String> all = new ArrayList<>(List.of(title, read, saved, unread));
            areas.forEach(area -> all.add(areaName(area)));
            return all;
        }
    }

    /** The progress as a PNG picture with the given labels (or English, when no font can draw them). */
    public static byte[] png(Progress progress, Labels labels) {
        return PngBytes.of(draw(ProgressLayout.of(progress, labels)));
    }

    static BufferedImage draw(ProgressLayout layout) {
        // Opaque RGB: no alpha channel to carry, so 3 bytes a pixel for the PNG writer to filter and
        // deflate instead of 4, a fifth less time in ImageIO (see PngBytes).
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

            // The card fills the picture, square: transparent rounded corners would need the alpha
            // channel for a few hundred pixels, and Discord rounds the corners of an embed's image
            // itself. The rim shows the card's edge on Discord's dark theme.
            g.setColor(CARD);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(RIM);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Rectangle2D.Double(0.75, 0.75, layout.width() - 1.5, layout.height() - 1.5));

            Labels labels = layout.labels();
            g.setFont(TITLE_FONT);
            g.setColor(TEXT);
            g.drawString(fit(labels.title(), TITLE_FONT, layout.width() - 2 * PAD), PAD,
                    (float) layout.titleBaseline());

            drawLanes(g, layout);
            drawAxis(g, layout);
            drawMarks(g, layout);
            drawLegend(g, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawLanes(Graphics2D g, ProgressLayout layout) {
        double bandLeft = layout.plotLeft() - 12;
        double bandRight = layout.plotRight() + 10;
        for (ProgressLayout.Lane lane : layout.lanes()) {
            g.setColor(LANE);
            g.fill(new RoundRectangle2D.Double(bandLeft, lane.top(), bandRight - bandLeft, lane.bottom() - lane.top(),
                    10, 10));
            // Name, then "read/total", then the saved marker and its count.
            double column = bandLeft - PAD - 10;
            float nameBaseline = (float) (lane.top() + LANE_PAD + ascent(AREA_FONT));
            g.setColor(TEXT);
            g.setFont(AREA_FONT);
            g.drawString(fit(lane.name(), AREA_FONT, column), PAD, nameBaseline);
            float countBaseline = (float) (nameBaseline + descent(AREA_FONT) + 4 + ascent(COUNT_FONT));
            g.setFont(COUNT_FONT);
            g.setColor(MUTED);
            String counts = lane.read() + "/" + lane.total();
            g.drawString(counts, PAD, countBaseline);
            if (lane.saved() > 0) {
                double cx = PAD + width(COUNT_FONT, counts) + 12 + SAVED_RADIUS;
                double cy = countBaseline - ascent(COUNT_FONT) * 0.36;
                savedRing(g, cx, cy, RADIUS * 0.55, SAVED_RADIUS * 0.8);
                g.setColor(MUTED);
                g.drawString(Integer.toString(lane.saved()), (float) (cx + SAVED_RADIUS + 4), countBaseline);
            }
        }
    }

    private static void drawAxis(Graphics2D g, ProgressLayout layout) {
        double top = layout.lanes().isEmpty() ? layout.axisY() - 10 : layout.lanes().get(0).top();
        double axisY = layout.axisY();
        g.setStroke(new BasicStroke(1f));
        for (YearAxis.Tick tick : layout.ticks()) {
            if (tick.labelled()) {
                // A faint line through the lanes at the start of each numbered year.
                g.setColor(GRID);
                g.draw(new Line2D.Double(tick.x(), top, tick.x(), axisY));
            }
        }
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(layout.plotLeft(), axisY, layout.plotRight(), axisY));
        double perYear = (layout.plotRight() - layout.plotLeft()) / layout.ticks().size();
        g.setStroke(new BasicStroke(1.2f));
        for (YearAxis.Tick tick : layout.ticks()) {
            if (tick.labelled() || perYear >= 5) {
                g.draw(new Line2D.Double(tick.x(), axisY, tick.x(), axisY + (tick.labelled() ? 6 : 3)));
            }
            if (perYear >= 60) {
                // Few years, wide ones: a small tick for each month.
                for (int month = 2; month <= 12; month++) {
                    double x = tick.x() + (month - 1) * perYear / 12;
                    g.draw(new Line2D.Double(x, axisY, x, axisY + 2.5));
                }
            }
        }
        g.draw(new Line2D.Double(layout.plotRight(), axisY, layout.plotRight(), axisY + 3));
        g.setFont(AXIS_FONT);
        for (YearAxis.Tick tick : layout.ticks()) {
            if (tick.labelled()) {
                Rectangle2D r = tick.label();
                g.drawString(Integer.toString(tick.year()), (float) r.getX(), (float) (r.getY() + ascent(AXIS_FONT)));
            }
        }
    }

    private static void drawMarks(Graphics2D g, ProgressLayout layout) {
        for (ProgressLayout.Mark mark : layout.marks()) {
            Progress.Dot dot = mark.dot();
            if (dot.saved()) {
                savedRing(g, mark.x(), mark.y(), layout.radius(), layout.savedRadius());
            }
            dot(g, mark.x(), mark.y(), layout.radius(), dot.read());
        }
    }

    private static void dot(Graphics2D g, double x, double y, double r, boolean read) {
        if (read) {
            g.setColor(READ);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        } else {
            // A ring: its stroke inside the disc's outline, so read and unread are the same size.
            float w = (float) Math.max(1.4, r * 0.32);
            g.setColor(UNREAD);
            g.setStroke(new BasicStroke(w));
            double ri = r - w / 2;
            g.draw(new Ellipse2D.Double(x - ri, y - ri, 2 * ri, 2 * ri));
        }
    }

    private static void savedRing(Graphics2D g, double x, double y, double r, double outer) {
        float w = (float) Math.max(1.4, (outer - r) * 0.62);
        double ro = outer - w / 2;
        g.setColor(SAVED);
        g.setStroke(new BasicStroke(w));
        g.draw(new Ellipse2D.Double(x - ro, y - ro, 2 * ro, 2 * ro));
    }

    private static void drawLegend(Graphics2D g, ProgressLayout layout) {
        Labels labels = layout.labels();
        float baseline = (float) layout.legendBaseline();
        double cy = baseline - ascent(LEGEND_FONT) * 0.36;
        double x = layout.plotLeft();
        g.setFont(LEGEND_FONT);
        String[] words = {labels.read(), labels.unread(), labels.saved()};
        for (int i = 0; i < words.length; i++) {
            double cx = x + SAVED_RADIUS;
            if (i == 2) {
                savedRing(g, cx, cy, RADIUS, SAVED_RADIUS);
            }
            dot(g, cx, cy, RADIUS, i == 0);
            g.setColor(MUTED);
            g.drawString(words[i], (float) (cx + SAVED_RADIUS + 6), baseline);
            x = cx + SAVED_RADIUS + 6 + width(LEGEND_FONT, words[i]) + 26;
        }
    }
}
