package dev.paperboy.catalogue;

/** Cutting text to a limit the way a reader forgives: at a word boundary, with an ellipsis. */
public final class Texts {

    private static final char ELLIPSIS = '…';
    private static final java.util.regex.Pattern MARKDOWN_LINK = java.util.regex.Pattern.compile("\\[[^\\]]*]\\([^)]*\\)");

    /**
     * Like {@link #cut}, but never through a markdown link: a link that does not fit is left out
     * whole, since half of {@code [text](url)} shows as raw brackets.
     */
    public static String cutMarkdown(String markdown, int max) {
        if (markdown == null || markdown.length() <= max) {
            return markdown;
        }
        java.util.regex.Matcher m = MARKDOWN_LINK.matcher(markdown);
        while (m.find()) {
            if (m.start() >= max - 1) {
                break;
            }
            if (m.end() > max - 1) {
                return markdown.substring(0, m.start()).stripTrailing() + ELLIPSIS;
            }
        }
        return cut(markdown, max);
    }

    private Texts() {
    }

    /**
     * {@code text} if it has at most {@code max} characters, else its longest start that ends
     * at a word boundary (or mid-word when there is none in the last third: CJK text has no
     * spaces) followed by an ellipsis, {@code max} characters at most in all. Never splits a
     * surrogate pair.
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        if (max <= 1) {
            return max == 1 ? String.valueOf(ELLIPSIS) : "";
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space >= max * 2 / 3) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
