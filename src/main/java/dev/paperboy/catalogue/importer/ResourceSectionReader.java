package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.CatalogueValidator;
import dev.paperboy.catalogue.Resource;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The resources of one section, in the two shapes the list uses: cards ({@code ### [Title](url)}
 * with bullets, under a picture table) and link lists ({@code - [Title](url)} with nested bullets).
 */
final class ResourceSectionReader {

    /** What a section holds; {@code audience} is the "who this is for" bullets. */
    record Result(List<Resource> resources, List<String> audience) {
    }

    /** A card being read; {@code lost} when it cannot become a resource but still owns its bullets. */
    private static final class Card {
        final String title;
        final String url;
        final boolean lost;
        String image;
        final List<String> summary = new ArrayList<>();

        Card(String title, String url, boolean lost) {
            this.title = title;
            this.url = url;
            this.lost = lost;
        }
    }

    private final SectionName name;
    private final MarkdownSource md;
    private final Findings findings;
    private final UniqueIds ids;
    private final List<Resource> resources = new ArrayList<>();
    private final Audience audience;
    private ImageTable table;
    private int cardsUnderTable;
    private Card card;

    private ResourceSectionReader(SectionName name, MarkdownSource md, Findings findings, UniqueIds ids) {
        this.name = name;
        this.md = md;
        this.findings = findings;
        this.ids = ids;
        this.audience = new Audience(md);
    }

    static Result read(SectionName name, List<Node> blocks, MarkdownSource md, Findings findings, UniqueIds ids) {
        ResourceSectionReader reader = new ResourceSectionReader(name, md, findings, ids);
        boolean hasCards = blocks.stream().anyMatch(b -> b instanceof Heading h && h.getLevel() >= 3
                && MarkdownSource.firstLink(h) != null);
        for (Node block : blocks) {
            reader.read(block, hasCards);
        }
        reader.finishCard();
        reader.finishTable();
        return new Result(List.copyOf(reader.resources), reader.audience.items());
    }

    private void read(Node block, boolean sectionHasCards) {
        if (audience.offer(block)) {
            return;
        }
        if (block instanceof TableBlock t) {
            ImageTable images = ImageTable.of(t);
            if (images != null) {
                finishCard();
                finishTable();
                table = images;
                cardsUnderTable = 0;
            }
        } else if (block instanceof Heading h && h.getLevel() >= 3) {
            finishCard();
            startCard(h, sectionHasCards);
        } else if (block instanceof ListBlock list) {
            if (card != null) {
                card.summary.addAll(ListItems.entries(list, md));
            } else if (list instanceof BulletList) {
                readLinkList(list);
            }
        }
    }

    private void startCard(Heading heading, boolean sectionHasCards) {
        int line = MarkdownSource.line(heading);
        Link link = MarkdownSource.firstLink(heading);
        String text = MarkdownSource.plainOf(heading);
        if (link == null) {
            if (Placeholders.isPlaceholderText(text)) {
                findings.note(line, name.label(), "placeholder card \"" + text + "\" skipped");
                skipColumn(text, null);
                card = new Card(text, null, true);
            } else if (sectionHasCards) {
                findings.error(line, where(text), "this card has no link, so it is not imported: write the heading as "
                        + "`### [" + text + "](https://...)`");
                skipColumn(text, null);
                card = new Card(text, null, true);
            }
            // else: a heading that groups link lists, not a card
            return;
        }
        String title = MarkdownSource.plainOf(link);
        String url = link.getDestination();
        String problem = title.isEmpty() ? "the card's link has no text: write `### [Title](" + url + ")`"
                : CatalogueValidator.urlProblem(url) != null ? "the card's link " + CatalogueValidator.urlProblem(url)
                : null;
        if (problem != null) {
            findings.error(line, where(title.isEmpty() ? text : title), problem + "; card not imported");
            skipColumn(title, url);
            card = new Card(title, url, true);
            return;
        }
        card = new Card(title, url, false);
        card.image = claimColumn(title, url, line);
    }

    /** A card that is not imported still takes its column, so the cards after it keep theirs. */
    private void skipColumn(String title, String url) {
        if (table != null) {
            table.match(title, url, cardsUnderTable++);
        }
    }

    /** The picture of the card just started, from the table above it; warns where the match is a guess. */
    private String claimColumn(String title, String url, int line) {
        if (table == null) {
            return null;
        }
        ImageTable.Match match = table.match(title, url, cardsUnderTable++);
        if (match == null) {
            findings.warn(line, where(title), "no picture: the image table at line " + table.line()
                    + " has " + table.width() + " columns and none is left for this card");
            return null;
        }
        ImageTable.Column column = match.column();
        if (column.placeholder()) {
            findings.warn(line, where(title), "no picture: the card sits under the placeholder "
                    + column.label() + " of the image table at line " + table.line());
            return null;
        }
        if (!match.confirmed()) {
            findings.warn(line, where(title), "the image table at line " + table.line()
                    + " has no column linking to " + url + "; took the picture of " + column.label()
                    + " by position");
        }
        if (column.image() == null) {
            return null;
        }
        String problem = CatalogueValidator.urlProblem(column.image());
        if (problem != null) {
            findings.warn(line, where(title), "picture " + problem + "; card imported without a picture");
            return null;
        }
        return column.image();
    }

    private void finishCard() {
        if (card != null && !card.lost) {
            add(card.title, card.url, card.image, card.summary);
        }
        card = null;
    }

    /** Columns of the finished table that no card below claimed. */
    private void finishTable() {
        if (table == null) {
            return;
        }
        for (ImageTable.Column column : table.unclaimed()) {
            if (column.placeholder()) {
                findings.note(table.line(), name.label(), "placeholder " + column.label() + " of the image table skipped");
            } else if (column.url() != null) {
                findings.warn(table.line(), where(column.title()), column.label() + " of the image table has no card "
                        + "`### [" + column.title() + "](" + column.url() + ")` below it; not imported");
            }
        }
        table = null;
    }

    /** Link list items ({@code - [Title](url)}); bullets that do not start with a link are prose. */
    private void readLinkList(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            Paragraph lead = ListItems.leadParagraph(item);
            if (lead == null || !MarkdownSource.startsWithLink(lead)) {
                continue;
            }
            Link link = MarkdownSource.firstLink(lead);
            String url = link.getDestination();
            if (url.startsWith("#")) {
                continue; // a link within the page: navigation, not a resource
            }
            int line = MarkdownSource.line(item);
            String title = MarkdownSource.plainOf(link);
            String urlProblem = CatalogueValidator.urlProblem(url);
            if (title.isEmpty()) {
                findings.error(line, name.label(), "the link has no text: write `- [Title](" + url + ")`; not imported");
                continue;
            }
            if (urlProblem != null) {
                findings.error(line, where(title), "the link " + urlProblem + "; not imported");
                continue;
            }
            List<String> summary = new ArrayList<>();
            String rest = Separators.stripLeading(md.markdownAfter(link));
            if (!rest.isEmpty()) {
                summary.add(rest);
            }
            summary.addAll(ListItems.nestedEntries(item, md));
            add(title, url, linkListImage(title, url), summary);
        }
    }

    /**
     * The list's first versions put link lists, not {@code ###} cards, under the image tables:
     * an item takes the picture of the column that links to the same page. Only a confirmed match
     * counts here; a list of links without a table above it (the blogs) has no pictures.
     */
    private String linkListImage(String title, String url) {
        if (table == null) {
            return null;
        }
        ImageTable.Match match = table.matchConfirmed(title, url);
        if (match == null || match.column().image() == null
                || CatalogueValidator.urlProblem(match.column().image()) != null) {
            return null;
        }
        return match.column().image();
    }

    private void add(String title, String url, String image, List<String> summary) {
        String base = Slugs.of(title, Slugs.MAX_ID);
        if (!Slugs.readable(base)) {
            base = Slugs.ofUrl(url, Slugs.MAX_ID);
        }
        resources.add(new Resource(ids.claim(base), name.key(), title, url, image, summary));
    }

    private String where(String title) {
        return name.label() + " \"" + title + "\"";
    }
}
