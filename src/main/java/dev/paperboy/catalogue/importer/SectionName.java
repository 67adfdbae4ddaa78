package dev.paperboy.catalogue.importer;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * A {@code ##} heading's key and titles. The key comes, in this order, from the heading's own
 * HTML anchor ({@code <div id='courses'>}), from an in-page link to it, or from its ASCII words;
 * a heading with none of these has no key (null).
 */
record SectionName(String key, String zhTw, String en) {

    private static final Map<String, String> ENGLISH = Map.of(
            "playground", "Playground", "courses", "Courses", "tools", "Tools", "tutorials", "Tutorials",
            "blogs", "Blogs", "papers", "Papers", "collections", "Collections");

    static SectionName of(Heading heading, Map<String, String> anchors) {
        String title = MarkdownSource.plainOf(heading);
        String key = keyOf(heading, title, anchors);
        String en = key == null ? null : englishName(key);
        // a heading that is only an anchor still needs a zh-TW title: the English name stands in
        return new SectionName(key, title.isEmpty() && en != null ? en : title, en);
    }

    /** How people refer to the section in messages: its key, or its heading when it has none. */
    String label() {
        return key != null ? key : "\"" + zhTw + "\"";
    }

    private static String keyOf(Heading heading, String title, Map<String, String> anchors) {
        for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html) {
                String id = Html.attribute(html.getLiteral(), "id");
                if (id == null) {
                    id = Html.attribute(html.getLiteral(), "name");
                }
                String key = id == null ? "" : Slugs.of(id, Slugs.MAX_KEY);
                if (!key.isEmpty()) {
                    return key;
                }
            }
        }
        String anchor = anchors.get(title);
        String key = anchor == null ? "" : Slugs.of(anchor, Slugs.MAX_KEY);
        if (!key.isEmpty()) {
            return key;
        }
        key = Slugs.of(title, Slugs.MAX_KEY);
        return Slugs.readable(key) ? key : null;
    }

    static String englishName(String key) {
        String known = ENGLISH.get(key);
        if (known != null) {
            return known;
        }
        return Arrays.stream(key.split("-"))
                .filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
