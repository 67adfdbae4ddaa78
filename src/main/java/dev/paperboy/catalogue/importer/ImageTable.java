package dev.paperboy.catalogue.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The picture table above a row of cards: the header row links each column to its card
 * ({@code [Title](url)}), the body row holds the column's picture ({@code <img src>}).
 */
final class ImageTable {

    /**
     * @param title       the header link's text, or the header text when it has no link
     * @param url         the header link's address, or null
     * @param image       the column's picture, or null (none, empty, or a placeholder picture)
     * @param placeholder a slot kept open ("To Be Updated"), not a resource
     */
    record Column(int index, String title, String url, String image, boolean placeholder) {

        String label() {
            return "column " + (index + 1) + " (\"" + title + "\")";
        }
    }

    /** The column a card takes its picture from; {@code confirmed} when its link or title says so. */
    record Match(Column column, boolean confirmed) {
    }

    private final int line;
    private final List<Column> columns;
    private final boolean[] used;

    private ImageTable(int line, List<Column> columns) {
        this.line = line;
        this.columns = columns;
        this.used = new boolean[columns.size()];
    }

    /** The table as an image table, or null when no body cell holds a picture (a table of data). */
    static ImageTable of(TableBlock table) {
        List<TableCell> header = new ArrayList<>();
        List<List<TableCell>> body = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    if (part instanceof TableHead) {
                        header.addAll(cells(row));
                    } else if (part instanceof TableBody) {
                        body.add(cells(row));
                    }
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        boolean anyImage = false;
        for (int i = 0; i < header.size(); i++) {
            String src = null;
            for (List<TableCell> row : body) {
                if (i < row.size() && (src = imageIn(row.get(i))) != null) {
                    break;
                }
            }
            anyImage |= src != null;
            Link link = firstLinkIn(header.get(i));
            boolean placeholderImage = src != null && Placeholders.isPlaceholderImage(src);
            String image = src == null || src.isEmpty() || placeholderImage ? null : src;
            if (link != null) {
                columns.add(new Column(i, MarkdownSource.plainOf(link), link.getDestination(), image, false));
            } else {
                String text = MarkdownSource.plainOf(header.get(i));
                boolean placeholder = text.isEmpty() || Placeholders.isPlaceholderText(text) || placeholderImage;
                columns.add(new Column(i, text, null, image, placeholder));
            }
        }
        return anyImage ? new ImageTable(MarkdownSource.line(table), List.copyOf(columns)) : null;
    }

    int line() {
        return line;
    }

    int width() {
        return columns.size();
    }

    /**
     * The column whose header links to the card (same address, else same title); failing
     * that, the column at the card's position under the table, unconfirmed; null when there is none.
     */
    Match match(String title, String url, int position) {
        Match confirmed = matchConfirmed(title, url);
        if (confirmed != null) {
            return confirmed;
        }
        if (position < columns.size() && !used[position]) {
            return take(columns.get(position), false);
        }
        return null;
    }

    /** The column that links to the same page or has the same title, or null: never a guess by position. */
    Match matchConfirmed(String title, String url) {
        String wantedUrl = comparableUrl(url);
        for (Column c : columns) {
            if (!used[c.index()] && !c.placeholder() && c.url() != null && comparableUrl(c.url()).equals(wantedUrl)) {
                return take(c, true);
            }
        }
        String wantedTitle = comparableTitle(title);
        for (Column c : columns) {
            if (!used[c.index()] && !c.placeholder() && comparableTitle(c.title()).equals(wantedTitle)) {
                return take(c, true);
            }
        }
        return null;
    }

    /** Columns no card claimed. */
    List<Column> unclaimed() {
        return columns.stream().filter(c -> !used[c.index()]).toList();
    }

    private Match take(Column c, boolean confirmed) {
        used[c.index()] = true;
        return new Match(c, confirmed);
    }

    private static List<TableCell> cells(Node row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tc) {
                cells.add(tc);
            }
        }
        return cells;
    }

    private static Link firstLinkIn(Node cell) {
        Link[] found = new Link[1];
        cell.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (found[0] == null) {
                    found[0] = link;
                }
            }
        });
        return found[0];
    }

    /** The first picture in a cell, written as HTML or as markdown; "" for an empty src. */
    private static String imageIn(Node cell) {
        String[] found = new String[1];
        cell.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                if (found[0] == null && "img".equals(Html.tagName(html.getLiteral()))) {
                    String src = Html.attribute(html.getLiteral(), "src");
                    found[0] = src == null ? "" : src;
                }
            }

            @Override
            public void visit(Image image) {
                if (found[0] == null) {
                    found[0] = image.getDestination() == null ? "" : image.getDestination().strip();
                }
            }
        });
        return found[0];
    }

    /** Addresses that name the same page: no scheme, {@code www.}, fragment, index page or final '/'. */
    static String comparableUrl(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("(?i)/index\\.html?$", "/");
            path = path.replaceFirst("/+$", "");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + path + query;
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String comparableTitle(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
