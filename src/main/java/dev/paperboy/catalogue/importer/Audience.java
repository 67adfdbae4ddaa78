package dev.paperboy.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The "who this is for" notes: the bullet list right after a paragraph that ends with
 * 適合：(or 適合:), such as 這小節最適合：.
 */
final class Audience {

    private final MarkdownSource md;
    private final List<String> items = new ArrayList<>();
    private boolean labelSeen;

    Audience(MarkdownSource md) {
        this.md = md;
    }

    /** Takes the block when it is the label or the list after it; any other block ends the wait. */
    boolean offer(Node block) {
        if (block instanceof Paragraph p && isLabel(MarkdownSource.plainOf(p))) {
            labelSeen = true;
            return true;
        }
        boolean taken = labelSeen && block instanceof BulletList;
        if (taken) {
            items.addAll(ListItems.entries((BulletList) block, md));
        }
        labelSeen = false;
        return taken;
    }

    List<String> items() {
        return List.copyOf(items);
    }

    private static boolean isLabel(String text) {
        return text.endsWith("適合：") || text.endsWith("適合:");
    }
}
