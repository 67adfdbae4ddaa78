package dev.paperboy.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which text is compared: NFKC folds full-width letters and digits into their
 * ASCII forms (users type {@code ＢＥＲＴ} as often as {@code BERT} on CJK keyboards),
 * then lower case and single spaces.
 */
final class SearchText {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** The names an item is found by, normalized, best first; empty and repeated ones left out. */
    static String[] names(String... names) {
        return java.util.Arrays.stream(names).map(SearchText::normalize).filter(n -> !n.isEmpty()).distinct()
                .toArray(String[]::new);
    }

    /**
     * The body texts of an item (the list's and the English), normalized and joined by a line
     * break: a query is normalized to single spaces, so it never spans the two.
     */
    static String bodies(String listText, String englishText) {
        String list = normalize(plainOfMarkdown(listText));
        if (englishText == null || englishText.equals(listText)) {
            return list;
        }
        String english = normalize(plainOfMarkdown(englishText));
        return list.isEmpty() ? english : list + "\n" + english;
    }

    /** Markdown as a reader sees it: link texts without their targets, no tags. */
    static String plainOfMarkdown(String markdown) {
        if (markdown == null) {
            return "";
        }
        String noLinks = MARKDOWN_LINK.matcher(markdown).replaceAll("$1");
        return HTML_TAG.matcher(noLinks).replaceAll("");
    }

    /** Whether {@code query} starts a word of {@code text} (both normalized). */
    static boolean startsAWord(String text, String query) {
        int from = 0;
        while (true) {
            int at = text.indexOf(query, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }
}
