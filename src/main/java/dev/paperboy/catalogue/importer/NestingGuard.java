package dev.paperboy.catalogue.importer;

import org.commonmark.node.Node;

/**
 * Refuses trees nested deeper than any README needs. commonmark parses deep nesting fine, but
 * walking such a tree recursively (its own visitors do) overflows the stack; this walk is
 * iterative, and every recursive walk runs after it.
 */
final class NestingGuard {

    /** The seed nests 6 deep; a later list with nested bullets maybe 12. */
    static final int MAX_DEPTH = 64;

    private NestingGuard() {
    }

    /** The first node deeper than {@link #MAX_DEPTH}, or null when the tree is shallow enough. */
    static Node firstTooDeep(Node root) {
        Node node = root;
        int depth = 0;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == null || node == root) {
                return null;
            }
            node = node.getNext();
        }
        return null;
    }

    /**
     * The line with the longest run of nesting markup ({@code * _ [ ] ( ) > ~ `}), where a
     * parser that gave up on nesting most likely did: a pointer for the person fixing the file.
     */
    static int lineWithLongestMarkupRun(String text) {
        int line = 1;
        int bestLine = 1;
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                run = 0;
            } else if ("*_[]()>~`".indexOf(c) >= 0) {
                if (++run > best) {
                    best = run;
                    bestLine = line;
                }
            } else if (c != ' ') {
                run = 0;
            }
        }
        return bestLine;
    }
}
