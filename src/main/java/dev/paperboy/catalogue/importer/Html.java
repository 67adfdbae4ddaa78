package dev.paperboy.catalogue.importer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little HTML the list writes inline: anchors and images in table cells, {@code <b>} in text. */
final class Html {

    private static final Map<String, Pattern> ATTRIBUTES = new ConcurrentHashMap<>();
    private static final Pattern TAG_NAME = Pattern.compile("^<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)");

    private Html() {
    }

    /** The value of {@code name} in one tag ({@code <img src="x">}), or null when it has none. */
    static String attribute(String tag, String name) {
        Matcher m = ATTRIBUTES.computeIfAbsent(name, n -> Pattern.compile(
                "\\s" + Pattern.quote(n) + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE)).matcher(tag);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return value.strip();
    }

    /** The tag's element name in lower case ({@code img}), or null for comments and the like. */
    static String tagName(String tag) {
        Matcher m = TAG_NAME.matcher(tag);
        return m.find() ? m.group(2).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The markdown a tag stands for where the list uses HTML for emphasis; other tags are
     * dropped, because Discord shows HTML as literal text.
     */
    static String asMarkdown(String tag) {
        String name = tagName(tag);
        if (name == null) {
            return "";
        }
        return switch (name) {
            case "b", "strong" -> "**";
            case "i", "em" -> "*";
            case "code" -> "`";
            case "s", "del", "strike" -> "~~";
            case "br" -> " ";
            default -> "";
        };
    }
}
