package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueSource;
import dev.paperboy.catalogue.CatalogueValidator;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.catalogue.SectionTitle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Builds a catalogue from a README of the deep-learning-resources list, read through
 * commonmark's syntax tree. Keeps every item it can: a fixable item is kept with a warning, an
 * item that cannot be kept is an error naming its line, and the rest of the list still imports.
 */
public final class ReadmeImporter {

    /** The list this importer reads, as its licence asks to name it. */
    public static final CatalogueSource LEEMENG_LIST = new CatalogueSource("leemengtw/deep-learning-resources",
            "https://github.com/leemengtw/deep-learning-resources", "MIT, Copyright (c) 2019 LeeMeng");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private ReadmeImporter() {
    }

    /**
     * Reads and imports {@code readme}. A missing, unreadable, oversized, binary or empty file is
     * reported in the result, not thrown.
     *
     * @throws IOException only when reading fails for reasons of the machine (a disk error)
     */
    public static ImportResult read(Path readme) throws IOException {
        return read(readme, LEEMENG_LIST);
    }

    public static ImportResult read(Path readme, CatalogueSource source) throws IOException {
        ReadmeBytes.Text text = ReadmeBytes.read(readme);
        if (text.problem() != null) {
            return failed(text.problem());
        }
        return parse(text.text(), readme.toString(), source);
    }

    /** Imports markdown already in memory; {@code fileName} is what the messages call it. */
    public static ImportResult parse(String markdown, String fileName) {
        return parse(markdown, fileName, LEEMENG_LIST);
    }

    public static ImportResult parse(String markdown, String fileName, CatalogueSource source) {
        if (markdown == null || markdown.isBlank()) {
            return failed(new Problem(fileName, 0, null, "the file is empty"));
        }
        if (markdown.length() > ReadmeBytes.MAX_BYTES) {
            return failed(new Problem(fileName, 0, null, "the text has " + markdown.length() + " characters; the "
                    + "importer reads README files of at most " + ReadmeBytes.MAX_BYTES + " (about "
                    + ReadmeBytes.megabytes(ReadmeBytes.MAX_BYTES) + ")"));
        }
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        Findings findings = new Findings(fileName);
        Node document;
        try {
            document = PARSER.parse(text);
        } catch (StackOverflowError e) {
            // commonmark's inline parser recurses once per nested emphasis; each parse has its own
            // state, so nothing is left half-changed and the error can be reported like bad input
            return failed(new Problem(fileName, NestingGuard.lineWithLongestMarkupRun(text), null,
                    "the markup nests too deeply for the markdown parser (thousands of nested `*`, `_` or"
                            + " brackets), most likely on this line"));
        }
        Node tooDeep = NestingGuard.firstTooDeep(document);
        if (tooDeep != null) {
            return failed(new Problem(fileName, MarkdownSource.line(tooDeep), null, "lists or quotes nest more than "
                    + NestingGuard.MAX_DEPTH + " levels deep here; a README of this list nests a few levels"));
        }
        Assembly assembly = new Assembly(new MarkdownSource(text), findings);
        Map<String, String> anchors = Outline.anchors(document);
        List<Outline.Part> parts = Outline.parts(document);
        for (Outline.Part part : parts) {
            assembly.add(part, SectionName.of(part.heading(), anchors));
        }
        if (assembly.sections.isEmpty()) {
            findings.error(0, null, nothingFound(parts));
            return new ImportResult(null, findings.warnings(), findings.errors(), findings.notes());
        }
        Catalogue catalogue = Catalogue.of(source, assembly.sectionList(), assembly.resources, assembly.papers);
        List<Problem> invalid = CatalogueValidator.validate(catalogue);
        for (Problem p : invalid) {
            findings.error(0, p.where(), p.message());
        }
        return new ImportResult(invalid.isEmpty() ? catalogue : null, findings.warnings(), findings.errors(),
                findings.notes());
    }

    private static ImportResult failed(Problem problem) {
        return new ImportResult(null, List.of(), List.of(problem), List.of());
    }

    private static String nothingFound(List<Outline.Part> parts) {
        String seen = parts.isEmpty() ? "it has no `##` headings"
                : "none of its " + parts.size() + " `##` headings (first at line "
                        + MarkdownSource.line(parts.get(0).heading()) + ") holds cards, links or papers";
        return "no catalogue sections found: " + seen + ". Expected `## <div id='key'>標題</div>` headings followed by"
                + " cards `### [Title](https://...)`, link lists `- [Title](https://...)` or papers"
                + " `- [YYYY/MM Title](https://...)`";
    }

    /** The catalogue as it grows, section by section, in the list's order. */
    private static final class Assembly {
        private final MarkdownSource md;
        private final Findings findings;
        private final UniqueIds resourceIds = new UniqueIds();
        private final UniqueIds paperIds = new UniqueIds();
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final List<Resource> resources = new ArrayList<>();
        private final List<Paper> papers = new ArrayList<>();

        Assembly(MarkdownSource md, Findings findings) {
            this.md = md;
            this.findings = findings;
        }

        void add(Outline.Part part, SectionName name) {
            int line = MarkdownSource.line(part.heading());
            List<String> audience;
            int items;
            if (Section.PAPERS.equals(name.key())) {
                PaperSectionReader.Result read = PaperSectionReader.read(part.blocks(), md, findings, paperIds);
                papers.addAll(read.papers());
                audience = read.audience();
                items = read.papers().size();
            } else {
                ResourceSectionReader.Result read = ResourceSectionReader.read(name, part.blocks(), md, findings,
                        resourceIds);
                items = read.resources().size();
                audience = read.audience();
                if (name.key() != null) {
                    resources.addAll(read.resources());
                } else if (items > 0) {
                    findings.error(line, name.label(), "this heading holds " + items + " resource(s) but has no key,"
                            + " so they are not imported: write it as `## <div id='key'>" + name.zhTw() + "</div>`");
                    return;
                }
            }
            if (items == 0) {
                findings.note(line, name.label(), "not a catalogue section: it holds no cards, links or papers");
                return;
            }
            Section earlier = sections.get(name.key());
            if (earlier != null) {
                findings.warn(line, name.label(), "a second heading with key \"" + name.key() + "\"; its items join"
                        + " the section \"" + earlier.title().zhTw() + "\" above");
                List<String> joined = new ArrayList<>(earlier.audience());
                joined.addAll(audience);
                sections.put(name.key(), new Section(earlier.key(), earlier.title(), joined));
                return;
            }
            sections.put(name.key(), new Section(name.key(), new SectionTitle(name.zhTw(), name.en()), audience));
        }

        List<Section> sectionList() {
            return List.copyOf(sections.values());
        }
    }
}
