package dev.paperboy.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code catalogue.en.json}, the file beside the catalogue that holds its English. Written by
 * people, never by the bot: no file means no English (every reader gets the list's text); a file
 * that is not valid is refused with every problem named by file and line, as the catalogue is.
 */
public final class EnglishFile {

    private static final Pattern SOURCE = Pattern.compile("[0-9a-f]{16}");

    /** The file's shape; "about" and any notes people keep in the file are theirs, and ignored. */
    record Document(Map<String, EnglishSection> sections, Map<String, EnglishResource> resources,
                    Map<String, EnglishPaper> papers) {
    }

    private EnglishFile() {
    }

    /** {@code data/catalogue.json} -> {@code data/catalogue.en.json}: the same folder, {@code .en} before {@code .json}. */
    public static Path beside(Path catalogue) {
        String name = catalogue.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return catalogue.resolveSibling(base + ".en.json");
    }

    /** The English in {@code file}, or {@link English#NONE} when there is no such file. */
    public static English read(Path file) throws CatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return English.NONE;
        } catch (IOException e) {
            throw new CatalogueException("The English text " + file + " cannot be read: " + e.getMessage(), List.of());
        }
        return parse(bytes, file.toString());
    }

    public static English parse(byte[] json, String fileName) throws CatalogueException {
        Document doc = HandEditedJson.read(json, "The English text " + fileName, fileName,
                ": write {} for no English, or delete the file.", EnglishFile::document,
                (d, lines) -> check(d, fileName, lines));
        return new English(doc.sections(), doc.resources(), doc.papers());
    }

    private static Document document(JsonFields.Field root) {
        return new Document(
                root.get("sections").map("an object of section keys to their English", f -> f.object("a section's English",
                        e -> new EnglishSection(e.get("source").text(), e.get("audience").lines()))),
                root.get("resources").map("an object of resource ids to their English", f -> f.object("a resource's English",
                        e -> new EnglishResource(e.get("source").text(), e.get("title").text(), e.get("summary").lines()))),
                root.get("papers").map("an object of paper ids to their English", f -> f.object("a paper's English",
                        e -> new EnglishPaper(e.get("source").text(), e.get("note").text()))));
    }

    /** Every problem at once, as for the catalogue: a person fixing the file wants the whole list. */
    private static List<Problem> check(Document doc, String fileName, HandEditedJson lines) {
        List<Problem> problems = new ArrayList<>();
        Checks<EnglishSection> sections = (entry, e) -> {
            entry.checkSource(e.source());
            entry.checkLines("audience", e.audience());
        };
        Checks<EnglishResource> resources = (entry, e) -> {
            entry.checkSource(e.source());
            if (e.title() != null && e.title().isBlank()) {
                entry.report("/title", "\"title\" is empty: leave it out where the list's title is English");
            }
            entry.checkLines("summary", e.summary());
        };
        Checks<EnglishPaper> papers = (entry, e) -> {
            entry.checkSource(e.source());
            if (e.note() != null && e.note().isBlank()) {
                entry.report("/note", "\"note\" is empty: leave it out where the paper has no note");
            }
        };
        each(doc.sections(), "section", "/sections/", sections, fileName, lines, problems);
        each(doc.resources(), "resource", "/resources/", resources, fileName, lines, problems);
        each(doc.papers(), "paper", "/papers/", papers, fileName, lines, problems);
        return problems;
    }

    private interface Checks<E> {
        void check(Entry entry, E english);
    }

    private static <E> void each(Map<String, E> entries, String kind, String prefix, Checks<E> checks,
                                 String fileName, HandEditedJson lines, List<Problem> problems) {
        if (entries == null) {
            return;
        }
        entries.forEach((id, e) -> {
            // ids travel in JSON pointers, where '~' and '/' are escaped
            Entry entry = new Entry(prefix + id.replace("~", "~0").replace("/", "~1"), kind + " \"" + id + "\"",
                    fileName, lines, problems);
            if (e == null) {
                entry.report("", "is null: write { \"source\": \"...\" } for an entry checked with nothing to translate");
            } else {
                checks.check(entry, e);
            }
        });
    }

    /** One entry of the file, and where its problems go. */
    private record Entry(String pointer, String where, String fileName, HandEditedJson lines, List<Problem> problems) {

        void report(String under, String message) {
            problems.add(new Problem(fileName, lines.lineOf(pointer + under), where, message));
        }

        void checkSource(String source) {
            if (source == null) {
                report("", "\"source\" is missing: the hash of the list's text this translates");
            } else if (!SOURCE.matcher(source).matches()) {
                report("/source", "\"source\" must be 16 lower-case hex characters (the start of a SHA-256)");
            }
        }

        void checkLines(String key, List<String> text) {
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i) == null || text.get(i).isBlank()) {
                    report("/" + key + "/" + i, "\"" + key + "\" line " + (i + 1) + " is empty");
                }
            }
        }
    }
}
