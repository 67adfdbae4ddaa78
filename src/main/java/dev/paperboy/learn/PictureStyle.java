package dev.paperboy.learn;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * How the progress picture looks: its colours, its fonts, how text is measured, and whether the
 * machine can draw a text at all. Shared by {@link ProgressLayout}, which measures, and
 * {@link ProgressPicture}, which draws: both must use the same fonts and the same rendering
 * context, or the text drawn would not fit the room the layout gave it.
 *
 * <p>Fonts: the logical {@code SansSerif}, which the JDK maps through fontconfig to what the
 * machine has, falling back across fonts for scripts the first lacks. When no installed font can
 * display a label (zh-TW on a machine or image without a CJK font), the layout draws English
 * instead of a row of empty boxes ({@link ProgressLayout#drawable}).
 */
final class PictureStyle {

    /*
     * The card: an opaque dark slate, #23272F, with a lighter 1 px rim. A transparent picture
     * cannot be right on both of Discord's themes (dark text vanishes on the dark theme, light text
     * on the light one), so the picture brings its own background. Dark rather than light: on the
     * dark theme (chat #313338, embeds #2B2D31) the card sits a step darker with a visible rim;
     * on the light theme it is a dark card on white, like any chart screenshot; a light card
     * (#F2F3F5) would melt into the light theme's embed background and glare on the dark one.
     * Against #23272F: text #F2F3F5 is about 13:1 and the muted #B5BAC1 about 8:1 (WCAG AA asks
     * 4.5:1 for text); the marks (blue, amber, the grey ring) are over 3:1, WCAG's bar for
     * graphics. ProgressPictureTest computes these.
     */
    static final Color CARD = new Color(0x23272F);
    static final Color RIM = new Color(0x454C59);
    static final Color LANE = new Color(0x2A2F38);
    static final Color GRID = new Color(0x3A404C);
    static final Color TEXT = new Color(0xF2F3F5);
    static final Color MUTED = new Color(0xB5BAC1);
    static final Color READ = new Color(0x5BC0EB);
    static final Color UNREAD = new Color(0x8C95A5);
    static final Color SAVED = new Color(0xF4B942);

    /*
     * Discord shows an embed's image scaled down (to some 400 to 520 px wide on a desktop, less on a
     * phone), so the type is large for an 800 px picture: at half size the axis still reads as 7 to
     * 8 px type, the title as 13.
     */
    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FAMILY, Font.BOLD, 26);
    static final Font AREA_FONT = new Font(FAMILY, Font.BOLD, 19);
    static final Font COUNT_FONT = new Font(FAMILY, Font.PLAIN, 17);
    static final Font AXIS_FONT = new Font(FAMILY, Font.PLAIN, 15);
    static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 16);

    /** The layout measures with the context the drawing uses: antialiased, fractional metrics. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private PictureStyle() {
    }

    /** Whether every font the picture draws with has a glyph for every character of the text. */
    static boolean displayable(String text) {
        for (Font font : List.of(TITLE_FONT, AREA_FONT, COUNT_FONT, AXIS_FONT, LEGEND_FONT)) {
            if (font.canDisplayUpTo(text) != -1) {
                return false;
            }
        }
        return true;
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, FRC).getWidth();
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Ag", FRC).getAscent();
    }

    static double descent(Font font) {
        return font.getLineMetrics("Ag", FRC).getDescent();
    }

    /** The text, cut with an ellipsis to fit the width. */
    static String fit(String text, Font font, double width) {
        if (width(font, text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(font, text.substring(0, end) + "…") > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }
}
