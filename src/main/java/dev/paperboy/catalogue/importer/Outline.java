package dev.paperboy.catalogue.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** The README cut at its {@code ##} headings: each part is a candidate section. */
final class Outline {

    /** One {@code ##} heading and the top-level blocks up to the next heading of level 1 or 2. */
    record Part(Heading heading, List<Node> blocks) {
    }

    private Outline() {
    }

    static List<Part> parts(Node document) {
        List<Part> parts = new ArrayList<>();
        Heading heading = null;
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && h.getLevel() <= 2) {
                if (heading != null) {
                    parts.add(new Part(heading, List.copyOf(blocks)));
                }
                // a level-1 heading is the document's title: it ends a section and starts none
                heading = h.getLevel() == 2 ? h : null;
                blocks.clear();
            } else if (heading != null) {
                blocks.add(block);
            }
        }
        if (heading != null) {
            parts.add(new Part(heading, List.copyOf(blocks)));
        }
        return parts;
    }

    /**
     * In-page links ({@code [線上課程](#courses)}, the table of contents): link text -> anchor,
     * so a plain {@code ## 線上課程} heading still gets the key the list itself uses for it.
     */
    static Map<String, String> anchors(Node document) {
        Map<String, String> anchors = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String dest = link.getDestination();
                if (dest != null && dest.startsWith("#") && dest.length() > 1) {
                    anchors.putIfAbsent(MarkdownSource.plainOf(link), dest.substring(1));
                }
            }
        });
        return anchors;
    }
}
