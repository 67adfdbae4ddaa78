package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.CatalogueValidator;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Texts;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The papers section: {@code ###} headings name the areas ({@code ... (NLP)} -> {@code nlp}),
 * {@code ####} headings their sub-areas, and each bullet {@code - [YYYY/MM Title (Short)](url)}
 * is a paper, its nested bullets the note.
 */
final class PaperSectionReader {

    /** The area of papers listed before any area heading, as the list's first versions did. */
    static final String GENERAL_AREA = "general";

    record Result(List<Paper> papers, List<String> audience) {
    }

    private static final int FIRST_YEAR = 1900;
    /** An abbreviation in parentheses names the area: (NLP), (CV), （RL）. */
    private static final Pattern ABBREVIATION = Pattern.compile("[(（]\\s*([A-Za-z][A-Za-z0-9+.\\-]{0,24})\\s*[)）]");
    private static final Pattern ASCII_WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9 &+.\\-/]*");
    private static final int MAX_SUB_AREA = 40;

    private final MarkdownSource md;
    private final Findings findings;
    private final UniqueIds ids;
    private final Audience audience;
    private final List<Paper> papers = new ArrayList<>();
    private String area;
    private int areaLine;
    private String subArea;

    private PaperSectionReader(MarkdownSource md, Findings findings, UniqueIds ids) {
        this.md = md;
        this.findings = findings;
        this.ids = ids;
        this.audience = new Audience(md);
    }

    static Result read(List<Node> blocks, MarkdownSource md, Findings findings, UniqueIds ids) {
        PaperSectionReader reader = new PaperSectionReader(md, findings, ids);
        for (Node block : blocks) {
            reader.read(block);
        }
        return new Result(List.copyOf(reader.papers), reader.audience.items());
    }

    private void read(Node block) {
        if (audience.offer(block)) {
            return;
        }
        if (block instanceof Heading h && h.getLevel() == 3) {
            area = nameOf(h, Slugs.MAX_KEY);
            areaLine = MarkdownSource.line(h);
            subArea = null;
            if (area == null) {
                findings.error(areaLine, "papers", "the area heading \"" + MarkdownSource.plainOf(h) + "\" has no "
                        + "name: add its abbreviation in parentheses, e.g. `### 自然語言處理 (NLP)`; its papers are not imported");
            }
        } else if (block instanceof Heading h && h.getLevel() > 3) {
            subArea = nameOf(h, MAX_SUB_AREA);
            if (subArea == null) {
                findings.warn(MarkdownSource.line(h), "papers", "the sub-area heading \"" + MarkdownSource.plainOf(h)
                        + "\" has no ASCII name or abbreviation; its papers are imported without a sub-area");
            }
        } else if (block instanceof BulletList list) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListItem item) {
                    readPaper(item);
                }
            }
        }
    }

    /** The abbreviation in parentheses, else the heading's ASCII words, as a slug; null when neither. */
    static String nameOf(Heading heading, int max) {
        String text = MarkdownSource.plainOf(heading);
        Matcher abbreviation = ABBREVIATION.matcher(text);
        if (abbreviation.find()) {
            return Slugs.of(abbreviation.group(1), max);
        }
        Matcher words = ASCII_WORDS.matcher(text);
        StringBuilder ascii = new StringBuilder();
        while (words.find()) {
            ascii.append(words.group()).append(' ');
        }
        String slug = Slugs.of(ascii.toString(), max);
        return Slugs.readable(slug) ? slug : null;
    }

    private void readPaper(ListItem item) {
        Paragraph lead = ListItems.leadParagraph(item);
        if (lead == null) {
            return;
        }
        int line = MarkdownSource.line(item);
        Link link = MarkdownSource.firstLink(lead);
        if (link == null) {
            String text = MarkdownSource.plainOf(lead);
            if (PaperText.leadingDate(text) != null) {
                findings.error(line, where(text), "this paper has no link: write `- [" + text + "](https://...)`;"
                        + " not imported");
            }
            return; // a bullet of prose, not a paper
        }
        String linkText = MarkdownSource.plainOf(link);
        String after = md.markdownAfter(link);
        PaperText.Date date = PaperText.leadingDate(linkText);
        String titleText = date == null ? linkText : date.rest();
        if (date == null) {
            date = PaperText.trailingDate(MarkdownSource.plainBefore(link));
        }
        if (date == null) {
            PaperText.Date afterDate = PaperText.leadingDate(MarkdownSource.plainAfter(link));
            if (afterDate != null && afterDate.month() != null) {
                date = afterDate;
                after = afterDate.rest();
            }
        }
        PaperText.Title title = PaperText.title(titleText);
        String where = where(title.shortName() != null ? title.shortName() : title.title());
        if (date == null) {
            findings.error(line, where, "this paper has no date: write it as `- [YYYY/MM " + linkText + "](...)`;"
                    + " not imported");
            return;
        }
        if (title.title().isEmpty()) {
            findings.error(line, where, "this paper has no title after its date " + date.written() + "; not imported");
            return;
        }
        String url = link.getDestination();
        String urlProblem = CatalogueValidator.urlProblem(url);
        if (urlProblem != null) {
            findings.error(line, where, "the link " + urlProblem + "; not imported");
            return;
        }
        int lastYear = Year.now().getValue() + 1;
        if (date.year() < FIRST_YEAR || date.year() > lastYear) {
            findings.error(line, where, "the year in " + date.written() + " is not plausible (expected "
                    + FIRST_YEAR + "-" + lastYear + "); not imported");
            return;
        }
        Integer month = checkedMonth(date, url, line, where);
        if (month == null) {
            return;
        }
        String paperArea = area;
        if (area == null && areaLine == 0) {
            // early versions of the list had no area headings yet: keep the papers, in an area of their own
            paperArea = GENERAL_AREA;
            findings.warn(line, where, "this paper comes before any area heading (`### 電腦視覺 Computer Vision (CV)`);"
                    + " kept in area \"" + GENERAL_AREA + "\"");
        } else if (area == null) {
            findings.error(line, where, "the area heading at line " + areaLine + " has no name; not imported");
            return;
        }
        papers.add(new Paper(ids.claim(idBase(title, url)), paperArea, subArea, date.year(), month, title.title(),
                title.shortName(), url, note(item, after)));
    }

    /** The month, repaired from the arXiv id where the list's is missing or impossible; null when it cannot be. */
    private Integer checkedMonth(PaperText.Date date, String url, int line, String where) {
        if (date.month() != null && date.month() >= 1 && date.month() <= 12) {
            return date.month();
        }
        String wrong = date.month() == null ? "the date " + date.written() + " has no month"
                : "the date " + date.written() + " has no month " + date.month();
        PaperText.Arxiv arxiv = PaperText.arxiv(url);
        if (arxiv == null) {
            findings.error(line, where, wrong + ", and the link is not an arXiv paper whose id would give it;"
                    + " write the date as YYYY/MM; not imported");
            return null;
        }
        if (arxiv.year() != date.year() || arxiv.month() < 1 || arxiv.month() > 12) {
            findings.error(line, where, wrong + ", and the arXiv id " + arxiv.id() + " is not from " + date.year()
                    + "; write the date as YYYY/MM; not imported");
            return null;
        }
        findings.warn(line, where, wrong + "; kept with month " + arxiv.month() + " from its arXiv id " + arxiv.id()
                + " (" + String.format("%04d/%02d", arxiv.year(), arxiv.month()) + ")");
        return arxiv.month();
    }

    /**
     * The short name ({@code resnet}); else a one-word name before a colon ({@code BERT: Pre-training ...}
     * -> {@code bert}); else the title; else, with no ASCII letters, the address.
     */
    private static String idBase(PaperText.Title title, String url) {
        String base = "";
        if (title.shortName() != null) {
            base = Slugs.of(title.shortName(), Slugs.MAX_ID);
        }
        int colon = title.title().indexOf(':');
        if (!Slugs.readable(base) && colon > 0 && !title.title().substring(0, colon).strip().contains(" ")) {
            base = Slugs.of(title.title().substring(0, colon), Slugs.MAX_ID);
        }
        if (!Slugs.readable(base)) {
            base = Slugs.of(title.title(), Slugs.MAX_ID);
        }
        return Slugs.readable(base) ? base : Slugs.ofUrl(url, Slugs.MAX_ID);
    }

    /** Words after the link, then the nested bullets, one per line; null when there are none. */
    private String note(ListItem item, String after) {
        List<String> lines = new ArrayList<>();
        String rest = Separators.stripLeading(after);
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        lines.addAll(ListItems.nestedEntries(item, md));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private String where(String name) {
        return (area == null ? "papers" : area) + " \"" + Texts.cut(name, 60) + "\"";
    }
}
