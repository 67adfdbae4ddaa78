package dev.paperboy.catalogue;

/**
 * What {@code /paper} asks for; every part optional (null).
 *
 * @param area an area key ({@code nlp}), or null for all
 * @param year a year, or null for all
 * @param text words to look for in titles, short names and notes, or null
 */
public record PaperQuery(String area, Integer year, String text) {

    public static final PaperQuery ALL = new PaperQuery(null, null, null);

    public boolean isEmpty() {
        return area == null && year == null && (text == null || text.isBlank());
    }
}
