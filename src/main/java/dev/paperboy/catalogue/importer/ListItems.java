package dev.paperboy.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Bullets as summary lines. One top-level bullet is one line; its nested bullets stay in that
 * line, each on a new line indented two spaces per level ({@code "text\n  - nested"}), so a
 * card shows them as a nested list and the count of lines is the count of bullets.
 */
final class ListItems {

    private ListItems() {
    }

    static List<String> entries(ListBlock list, MarkdownSource md) {
        List<String> entries = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                String entry = entry(li, md, 0);
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** The nested lists of {@code item} as entries, one per nested bullet. */
    static List<String> nestedEntries(ListItem item, MarkdownSource md) {
        List<String> entries = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                entries.addAll(entries(nested, md));
            }
        }
        return entries;
    }

    /** The item's first paragraph, where the list puts a title link; null when it starts otherwise. */
    static Paragraph leadParagraph(ListItem item) {
        return item.getFirstChild() instanceof Paragraph p ? p : null;
    }

    private static String entry(ListItem item, MarkdownSource md, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(md.markdownOf(p));
            } else if (child instanceof ListBlock nested) {
                for (Node n = nested.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof ListItem li) {
                        String inner = entry(li, md, depth + 1);
                        if (!inner.isEmpty()) {
                            out.append('\n').append("  ".repeat(depth + 1)).append("- ").append(inner);
                        }
                    }
                }
            }
        }
        return out.toString().strip();
    }
}
