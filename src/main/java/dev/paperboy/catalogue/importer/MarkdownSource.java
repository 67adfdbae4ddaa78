package dev.paperboy.catalogue.importer;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The parsed README's text, read back through the syntax tree's source spans: summaries keep
 * the author's own markdown (escapes, link titles, code) instead of a re-rendering of it.
 */
final class MarkdownSource {

    private final String text;

    MarkdownSource(String text) {
        this.text = text;
    }

    /** The 1-based line where {@code node} starts, or 0 when the parser gave it no span. */
    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    /**
     * The inline content of a block (a paragraph, a heading) as one line of markdown: the
     * source as written, with inline HTML emphasis turned into markdown and line breaks into spaces.
     */
    String markdownOf(Node block) {
        StringBuilder out = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
        return out.toString().strip();
    }

    /** What a reader sees of the node's inlines: text without markup or tags. */
    static String plainOf(Node node) {
        StringBuilder out = new StringBuilder();
        appendPlain(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The first link among the direct children of {@code block}, or null. */
    static Link firstLink(Node block) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                return link;
            }
        }
        return null;
    }

    /** Whether the block's inlines start with a link (leading blanks aside). */
    static boolean startsWithLink(Node block) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link) {
                return true;
            }
            if (!(child instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return false;
    }

    /** The markdown of the inlines after {@code from}, up to the end of its block. */
    String markdownAfter(Node from) {
        StringBuilder out = new StringBuilder();
        for (Node n = from.getNext(); n != null; n = n.getNext()) {
            append(n, out);
        }
        return out.toString().strip();
    }

    /** The plain text of the inlines before {@code to} in its block. */
    static String plainBefore(Node to) {
        StringBuilder out = new StringBuilder();
        for (Node n = to.getParent().getFirstChild(); n != to; n = n.getNext()) {
            appendPlain(n, out);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The plain text of the inlines after {@code from} in its block. */
    static String plainAfter(Node from) {
        StringBuilder out = new StringBuilder();
        for (Node n = from.getNext(); n != null; n = n.getNext()) {
            appendPlain(n, out);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private void append(Node node, StringBuilder out) {
        if (node instanceof HtmlInline html) {
            out.append(Html.asMarkdown(html.getLiteral()));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node.getFirstChild() == null || !needsRewriting(node)) {
            out.append(sourceOf(node));
        } else {
            // a link or emphasis around inline HTML: keep its own delimiters, rewrite the inside
            List<SourceSpan> own = node.getSourceSpans();
            List<SourceSpan> first = node.getFirstChild().getSourceSpans();
            List<SourceSpan> last = node.getLastChild().getSourceSpans();
            if (own.size() != 1 || first.isEmpty() || last.isEmpty()) {
                appendChildren(node, out);
                return;
            }
            int start = own.get(0).getInputIndex();
            int end = start + own.get(0).getLength();
            SourceSpan lastSpan = last.get(last.size() - 1);
            out.append(text, start, first.get(0).getInputIndex());
            appendChildren(node, out);
            out.append(text, lastSpan.getInputIndex() + lastSpan.getLength(), end);
        }
    }

    private void appendChildren(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
    }

    private static boolean needsRewriting(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline || child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || needsRewriting(child)) {
                return true;
            }
        }
        return false;
    }

    private String sourceOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return node instanceof Text t ? t.getLiteral() : node instanceof Code c ? "`" + c.getLiteral() + "`" : "";
        }
        StringBuilder out = new StringBuilder();
        for (SourceSpan span : spans) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(text, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        return out.toString();
    }

    private static void appendPlain(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendPlain(child, out);
            }
        }
    }
}
