package dev.paperboy.catalogue;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The catalogue we ship, with its English, read once for the tests that look at it; and what a
 * reader of English cannot read.
 */
public final class Shipped {

    public static final Path FILE = Path.of("data/catalogue.json");
    public static final Catalogue CATALOGUE = load();

    /** Han, kana, CJK punctuation and full-width forms. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303f\\uff00-\\uffef]");
    /** A markdown link's target, or a bare address: these may hold anything (zh.wikipedia.org pages do). */
    private static final Pattern LINK_TARGETS = Pattern.compile("]\\([^)]*\\)|https?://\\S+");

    private Shipped() {
    }

    /** Whether {@code text} has Chinese a reader sees, that is outside link targets. */
    public static boolean hasChineseOutsideLinks(String text) {
        return text != null && CJK.matcher(LINK_TARGETS.matcher(text).replaceAll("")).find();
    }

    private static Catalogue load() {
        try {
            return CatalogueFile.read(FILE);
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
    }
}
