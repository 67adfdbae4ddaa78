package dev.paperboy.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole catalogue, immutable, with the queries the commands need. Built once at start, its
 * search indexes ({@link SearchIndex}) just after the start ({@link #prepareSearch}) or at the
 * first search; every query after that reads them, so a command costs microseconds and an
 * autocomplete keystroke stays well under a millisecond even on 100,000 resources.
 *
 * <p>The list's text comes with the {@link English} written beside it; {@link #in(Language)} gives
 * the text a reader sees, and search matches either language, whatever the reader's.
 */
public final class Catalogue {

    private final CatalogueSource source;
    private final English english;
    private final LocalizedText englishText;
    private final List<Section> sections;
    private final List<Resource> resources;
    private final List<Paper> papers;
    private final List<Paper> chronological;
    private final Map<String, Section> sectionsByKey;
    private final Map<String, List<Resource>> resourcesBySection;
    private final List<Section> resourceSections;
    private final List<String> areas;
    // built after the start (prepareSearch) or at the first search, whichever comes first, not with
    // the catalogue: a start needs neither, and on two cores their normalizing and signing (and
    // the JIT work it sets off) slowed the login
    private final Object indexing = new Object();
    private volatile Indexes indexes;

    /** Both languages in one index each: whoever types Chinese or English finds the entry, in one pass. */
    private record Indexes(SearchIndex resources, SearchIndex papers) {
    }

    private Catalogue(CatalogueSource source, List<Section> sections, List<Resource> resources, List<Paper> papers,
                      English english) {
        this.source = source;
        this.english = english;
        this.sections = List.copyOf(sections);
        this.resources = List.copyOf(resources);
        this.papers = List.copyOf(papers);
        // stable sort: papers of the same month keep the list's order
        this.chronological = papers.stream()
                .sorted(Comparator.comparingInt(Paper::year).thenComparingInt(Paper::month))
                .toList();
        this.sectionsByKey = this.sections.stream()
                .collect(Collectors.toMap(Section::key, s -> s, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Resource>> bySection = new LinkedHashMap<>();
        for (Resource r : this.resources) {
            bySection.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(r);
        }
        bySection.replaceAll((k, v) -> List.copyOf(v));
        this.resourcesBySection = Map.copyOf(bySection);
        this.resourceSections = this.sections.stream()
                .filter(s -> !s.holdsPapers() && bySection.containsKey(s.key()))
                .toList();
        this.areas = List.copyOf(this.papers.stream().map(Paper::area)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        this.englishText = LocalizedText.english(this.resources, this.papers, english);
    }

    /**
     * Builds the search indexes now, unless a search already has. The bot calls it once its
     * commands are registered, on a thread of its own: the indexes of a catalogue of 100,000
     * resources take two seconds to build, which a first keystroke must not wait for.
     */
    public void prepareSearch() {
        indexes();
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            synchronized (indexing) {
                built = indexes;
                if (built == null) {
                    built = buildIndexes();
                    indexes = built;
                }
            }
        }
        return built;
    }

    private Indexes buildIndexes() {
        SearchIndex resourceIndex = new SearchIndex(
                resources.stream().map(r -> SearchText.names(r.title(), englishText.title(r), r.id())).toList(),
                resources.stream().map(r -> SearchText.bodies(String.join(" ", r.summary()),
                        String.join(" ", englishText.summary(r)))).toList());
        SearchIndex paperIndex = new SearchIndex(
                chronological.stream().map(p -> SearchText.names(p.shortName(), p.title(), p.id())).toList(),
                chronological.stream().map(p -> SearchText.bodies(p.note(), englishText.note(p))).toList());
        return new Indexes(resourceIndex, paperIndex);
    }

    /** The list's text alone, as the importer builds it. */
    public static Catalogue of(CatalogueSource source, List<Section> sections, List<Resource> resources,
                               List<Paper> papers) {
        return new Catalogue(source, sections, resources, papers, English.NONE);
    }

    /** The list's text with the English beside it, indexed once. */
    static Catalogue of(CatalogueSource source, List<Section> sections, List<Resource> resources, List<Paper> papers,
                        English english) {
        return new Catalogue(source, sections, resources, papers, english);
    }

    /** This catalogue with {@code english} beside the list's text (replacing any it had). */
    public Catalogue withEnglish(English english) {
        return new Catalogue(source, sections, resources, papers, english);
    }

    /** The English written beside the list; {@link English#NONE} when there is none. */
    public English english() {
        return english;
    }

    /** The text a reader of {@code language} sees. */
    public LocalizedText in(Language language) {
        return language == Language.ENGLISH ? englishText : LocalizedText.list();
    }

    /** Where the content comes from, or null when unknown. */
    public CatalogueSource source() {
        return source;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Resource> resources() {
        return resources;
    }

    /** The papers in the order the list gives them. */
    public List<Paper> papers() {
        return papers;
    }

    /** The paper with this stable id, if the list still has it. */
    public Optional<Paper> paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The resource with this stable id, if the list still has it. */
    public Optional<Resource> resource(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String key) {
        return Optional.ofNullable(key == null ? null : sectionsByKey.get(key));
    }

    /** Sections that hold resources (not the papers), in the list's order. */
    public List<Section> resourceSections() {
        return resourceSections;
    }

    public List<Resource> resourcesIn(String sectionKey) {
        return resourcesBySection.getOrDefault(sectionKey, List.of());
    }

    /** The paper areas ({@code nlp}, {@code cv}), in the list's order. */
    public List<String> areas() {
        return areas;
    }

    /** Every paper, oldest first; papers of one month keep the list's order. */
    public List<Paper> chronologicalPapers() {
        return chronological;
    }

    /** The papers of an area (all when null), oldest first. */
    public List<Paper> chronologicalPapers(String area) {
        if (area == null) {
            return chronological;
        }
        return chronological.stream().filter(p -> p.area().equals(area)).toList();
    }

    /** Resources matching {@code query}, best match first, ties in the list's order. */
    public List<Resource> searchResources(String query) {
        return ranked(indexes().resources(), resources, query, r -> true, Integer.MAX_VALUE);
    }

    /** Papers matching every given part of the query, oldest first. */
    public List<Paper> findPapers(PaperQuery query) {
        String text = SearchText.normalize(query.text());
        SearchIndex paperIndex = indexes().papers();
        List<SearchIndex.Query> qs = new ArrayList<>();
        if (!text.isEmpty()) {
            qs.add(paperIndex.query(text));
            Glossary.SHIPPED.alternatives(text).forEach(a -> qs.add(paperIndex.query(a)));
        }
        List<Paper> found = new ArrayList<>();
        for (int i = 0; i < chronological.size(); i++) {
            Paper p = chronological.get(i);
            int item = i;
            if ((query.area() == null || p.area().equals(query.area()))
                    && (query.year() == null || p.year() == query.year())
                    && (qs.isEmpty() || qs.stream().anyMatch(q -> paperIndex.matches(item, q)))) {
                found.add(p);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Autocomplete for resource titles: ranked exact, prefix, word, substring; at most 25. The
     * choices read in the reader's language; either title finds the resource again when chosen.
     */
    public List<Suggestion> suggestResources(String typed, String sectionKey, Language language) {
        List<Resource> found = ranked(indexes().resources(), resources, typed,
                r -> sectionKey == null || r.section().equals(sectionKey), Suggestion.MAX_COUNT);
        LocalizedText text = in(language);
        return found.stream().map(r -> new Suggestion(text.title(r), text.title(r))).toList();
    }

    /** Autocomplete for papers, within an area and year when given; at most 25. */
    public List<Suggestion> suggestPapers(String typed, String area, Integer year) {
        List<Paper> found = ranked(indexes().papers(), chronological, typed,
                p -> (area == null || p.area().equals(area)) && (year == null || p.year() == year),
                Suggestion.MAX_COUNT);
        return found.stream()
                .map(p -> new Suggestion(p.date() + " " + p.title(), p.shortName() != null ? p.shortName() : p.title()))
                .toList();
    }

    /** Best match first ({@link Match}), ties in the list's order; at most {@code limit}. */
    private static <T> List<T> ranked(SearchIndex index, List<T> items, String query,
                                      java.util.function.Predicate<T> filter, int limit) {
        String q = SearchText.normalize(query);
        if (q.isEmpty()) {
            return items.stream().filter(filter).limit(limit).toList();
        }
        int[] found = index.ranked(q, i -> filter.test(items.get(i)), limit);
        LinkedHashSet<Integer> result = new LinkedHashSet<>();
        for (int i : found) {
            result.add(i);
        }
        // the same search in the other language comes after the direct matches
        for (String other : Glossary.SHIPPED.alternatives(q)) {
            if (result.size() >= limit) {
                break;
            }
            for (int i : index.ranked(other, i -> filter.test(items.get(i)), limit)) {
                if (result.size() < limit) {
                    result.add(i);
                }
            }
        }
        return result.stream().map(items::get).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && Objects.equals(source, c.source) && sections.equals(c.sections) && resources.equals(c.resources)
                && papers.equals(c.papers) && english.equals(c.english);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, sections, resources, papers, english);
    }

    @Override
    public String toString() {
        return "Catalogue[" + sections.size() + " sections, " + resources.size() + " resources, "
                + papers.size() + " papers]";
    }
}
