package dev.paperboy.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How far the English covers a catalogue, entry by entry, named as {@code resource "distill"}:
 * what has none, what was translated from text the list has changed since, and what English
 * is kept for entries the list no longer has. {@code check} and {@code import} print it.
 *
 * @param entries  how many sections, resources and papers the catalogue has
 * @param missing  entries with no English at all (new in the list, or never translated)
 * @param outdated entries whose English translates an earlier text of the list
 * @param orphaned English for entries the catalogue does not have (they left the list, or an id changed)
 * @param sources  the {@code source} each missing and outdated entry needs once it is translated
 */
public record EnglishCoverage(int entries, List<String> missing, List<String> outdated, List<String> orphaned,
                              Map<String, String> sources) {

    public EnglishCoverage {
        missing = List.copyOf(missing);
        outdated = List.copyOf(outdated);
        orphaned = List.copyOf(orphaned);
        sources = Map.copyOf(sources);
    }

    public static EnglishCoverage of(Catalogue c, English english) {
        Tally t = new Tally();
        t.count("section", c.sections(), Section::key, s -> english.section(s.key()),
                EnglishSection::source, SourceHash::of);
        t.count("resource", c.resources(), Resource::id, r -> english.resource(r.id()),
                EnglishResource::source, SourceHash::of);
        t.count("paper", c.papers(), Paper::id, p -> english.paper(p.id()), EnglishPaper::source, SourceHash::of);
        t.orphans("section", english.sections().keySet(), c.sections().stream().map(Section::key).toList());
        t.orphans("resource", english.resources().keySet(), c.resources().stream().map(Resource::id).toList());
        t.orphans("paper", english.papers().keySet(), c.papers().stream().map(Paper::id).toList());
        return new EnglishCoverage(c.sections().size() + c.resources().size() + c.papers().size(),
                t.missing, t.outdated, t.orphaned, t.sources);
    }

    /** Every entry has English, and all of it translates the list's text as it is now. */
    public boolean current() {
        return missing.isEmpty() && outdated.isEmpty();
    }

    /**
     * For a terminal: how much of {@code c} the English in {@code fileName} covers, then each kind
     * of gap with what it means and what to do; one line when there is no English at all.
     */
    public static List<String> describe(Catalogue c, English english, String fileName) {
        if (english.isEmpty()) {
            return List.of("English: none in " + fileName + "; English readers see the list's text.");
        }
        return of(c, english).report(fileName);
    }

    private List<String> report(String fileName) {
        List<String> lines = new ArrayList<>();
        lines.add("English (" + fileName + "): " + (entries - missing.size() - outdated.size()) + " of " + entries
                + " entries translated and current.");
        // one a line with the source to write, since each is work for a translator
        if (!missing.isEmpty()) {
            lines.add("  No English yet, " + missing.size() + " (English readers see the list's text until it is"
                    + " written):");
            missing.forEach(e -> lines.add("    " + e + "  source " + sources.get(e)));
        }
        if (!outdated.isEmpty()) {
            lines.add("  Changed in the list since translated, " + outdated.size() + " (the earlier English is"
                    + " shown, marked, unless the list's links changed; translate again):");
            outdated.forEach(e -> lines.add("    " + e + "  source now " + sources.get(e)));
        }
        if (!orphaned.isEmpty()) {
            lines.add("  No longer in the list, " + orphaned.size() + " (their English stays in the file; delete it"
                    + " there if they are gone for good): " + String.join(", ", orphaned));
        }
        return lines;
    }

    private static final class Tally {
        private final List<String> missing = new ArrayList<>();
        private final List<String> outdated = new ArrayList<>();
        private final List<String> orphaned = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        <T, E> void count(String kind, List<T> items, Function<T, String> id, Function<T, E> englishOf,
                          Function<E, String> sourceOf, Function<T, String> hashOf) {
            for (T item : items) {
                String name = kind + " \"" + id.apply(item) + "\"";
                E e = englishOf.apply(item);
                String hash = hashOf.apply(item);
                if (e == null) {
                    missing.add(name);
                    sources.put(name, hash);
                } else if (!hash.equals(sourceOf.apply(e))) {
                    outdated.add(name);
                    sources.put(name, hash);
                }
            }
        }

        void orphans(String kind, Set<String> english, List<String> listed) {
            Set<String> left = new LinkedHashSet<>(english);
            listed.forEach(left::remove);
            left.forEach(id -> orphaned.add(kind + " \"" + id + "\""));
        }
    }
}
