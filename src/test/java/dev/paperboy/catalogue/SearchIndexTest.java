package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.bench.Generated;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The indexed search answers exactly what the plain scan answered before it: every item asked,
 * ranked by match quality, then by the list's order. The reference below is that scan, kept
 * word for word, and both are asked thousands of queries cut from the catalogues themselves.
 * With English beside the list, the scan asks each item's names and text in both languages.
 */
class SearchIndexTest {

    @Test
    void autocompleteAndSearchAnswerAsThePlainScanOnAGeneratedCatalogue() {
        Catalogue c = Generated.catalogue(2_000, 1_000);
        compareOn(c, queries(c, new Random(7), 600));
    }

    @Test
    void autocompleteAndSearchAnswerAsThePlainScanOnAGeneratedCatalogueWithEnglish() {
        Catalogue c = Generated.bilingual(2_000, 1_000);
        compareOn(c, queries(c, new Random(5), 600));
    }

    @Test
    void autocompleteAndSearchAnswerAsThePlainScanOnTheSeed() throws Exception {
        Catalogue c = CatalogueFile.read(Path.of("data/catalogue.json"));
        compareOn(c, queries(c, new Random(11), 600));
    }

    @Test
    void edgeCasesAnswerAsThePlainScan() {
        Catalogue c = Catalogue.of(null, CatalogueSearchTest.sample().sections(), List.of(
                new Resource("a", "tools", "C++ Primer (v2)", "https://a.org", null, List.of("c++ and more")),
                new Resource("b", "tools", "c++", "https://b.org", null, List.of()),
                new Resource("c", "tools", "深度學習入門", "https://c.org", null, List.of("學習 深度")),
                new Resource("d", "tools", "ＢＥＲＴ 解說", "https://d.org", null, List.of("bert")),
                new Resource("e", "tools", "a-b-c", "https://e.org", null, List.of("x y z")),
                new Resource("f", "courses", "Lab", "https://f.org", null, List.of("lab lab"))),
                CatalogueSearchTest.sample().papers());
        compareOn(c, List.of("c", "c+", "c++", "++", "(v", "v2)", "primer (v2)", "深", "學習", "深度 學習", "學習 深度",
                "bert", "ＢＥＲＴ", "a-b", "-b-", "b c", "x z", "lab", "a lab", "z", "-", "2", "le", "lenet-5",
                "learning applied", "representations deep"));
    }

    private static void compareOn(Catalogue c, List<String> queries) {
        LocalizedText en = c.in(Language.ENGLISH);
        List<Reference<Resource>> resources = c.resources().stream().map(r -> new Reference<>(r,
                new String[] {SearchText.normalize(r.title()), SearchText.normalize(en.title(r)), SearchText.normalize(r.id())},
                plain(String.join(" ", r.summary())) + "\n" + plain(String.join(" ", en.summary(r))))).toList();
        List<Reference<Paper>> papers = c.chronologicalPapers().stream().map(p -> new Reference<>(p,
                new String[] {SearchText.normalize(p.shortName()), SearchText.normalize(p.title()),
                    SearchText.normalize(p.id())},
                plain(p.note()) + "\n" + plain(en.note(p)))).toList();
        String someSection = c.resourceSections().isEmpty() ? null : c.resourceSections().get(0).key();
        String someArea = c.areas().isEmpty() ? null : c.areas().get(0);
        for (String q : queries) {
            compareOne(c, q, resources, papers, someSection, someArea);
        }
    }

    private static void compareOne(Catalogue c, String q, List<Reference<Resource>> resources,
                                   List<Reference<Paper>> papers, String someSection, String someArea) {
        LocalizedText en = c.in(Language.ENGLISH);
        {
            assertThat(c.suggestResources(q, null, Language.ZH_TW)).as("suggestResources(%s)", q)
                    .isEqualTo(suggestions(reference(resources, q, r -> true, Suggestion.MAX_COUNT), c.in(Language.ZH_TW)));
            assertThat(c.suggestResources(q, someSection, Language.ENGLISH)).as("suggestResources(%s, %s)", q, someSection)
                    .isEqualTo(suggestions(reference(resources, q, r -> r.section().equals(someSection),
                            Suggestion.MAX_COUNT), en));
            assertThat(c.searchResources(q)).as("searchResources(%s)", q)
                    .isEqualTo(reference(resources, q, r -> true, Integer.MAX_VALUE));
            assertThat(c.suggestPapers(q, null, null)).as("suggestPapers(%s)", q)
                    .isEqualTo(paperSuggestions(reference(papers, q, p -> true, Suggestion.MAX_COUNT)));
            assertThat(c.suggestPapers(q, someArea, null)).as("suggestPapers(%s, %s)", q, someArea)
                    .isEqualTo(paperSuggestions(reference(papers, q, p -> p.area().equals(someArea),
                            Suggestion.MAX_COUNT)));
            String n = SearchText.normalize(q);
            List<String> all = new ArrayList<>(List.of(n));
            all.addAll(Glossary.SHIPPED.alternatives(n));
            assertThat(c.findPapers(new PaperQuery(null, null, q))).as("findPapers(%s)", q)
                    .isEqualTo(papers.stream().filter(p -> n.isEmpty()
                                    || all.stream().anyMatch(a -> referenceMatch(a, p.names, p.text) != Match.NONE))
                            .map(p -> p.item).toList());
        }
    }

    private static String plain(String markdown) {
        return SearchText.normalize(SearchText.plainOfMarkdown(markdown));
    }

    /** Pieces of titles, ids, summaries and notes in both languages, pairs of words from two items, and stray characters. */
    private static List<String> queries(Catalogue c, Random random, int count) {
        List<String> texts = new ArrayList<>();
        LocalizedText en = c.in(Language.ENGLISH);
        c.resources().forEach(r -> {
            texts.add(r.title());
            texts.add(en.title(r));
            texts.add(r.id());
            texts.add(SearchText.plainOfMarkdown(String.join(" ", r.summary())));
            texts.add(SearchText.plainOfMarkdown(String.join(" ", en.summary(r))));
        });
        c.papers().forEach(p -> {
            texts.add(p.title());
            texts.add(p.id());
            if (p.shortName() != null) {
                texts.add(p.shortName());
            }
            if (p.note() != null) {
                texts.add(SearchText.plainOfMarkdown(p.note()));
                texts.add(SearchText.plainOfMarkdown(en.note(p)));
            }
        });
        texts.removeIf(String::isBlank);
        Set<String> out = new LinkedHashSet<>();
        String stray = "abcdefghijklmnopqrstuvwxyz0123456789-+()@ 深度學習網路";
        while (out.size() < count) {
            String t = texts.get(random.nextInt(texts.size()));
            switch (random.nextInt(5)) {
                case 0 -> out.add(t.substring(0, Math.min(t.length(), 1 + random.nextInt(8))));
                case 1, 2 -> {
                    int from = random.nextInt(t.length());
                    out.add(t.substring(from, Math.min(t.length(), from + 1 + random.nextInt(10))));
                }
                case 3 -> {
                    String[] a = t.split("\\s+");
                    String u = texts.get(random.nextInt(texts.size()));
                    String[] b = u.split("\\s+");
                    out.add(a[random.nextInt(a.length)] + " " + b[random.nextInt(b.length)]);
                }
                default -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        s.append(stray.charAt(random.nextInt(stray.length())));
                    }
                    out.add(s.toString());
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Suggestion> suggestions(List<Resource> found, LocalizedText text) {
        return found.stream().map(r -> new Suggestion(text.title(r), text.title(r))).toList();
    }

    private static List<Suggestion> paperSuggestions(List<Paper> found) {
        return found.stream()
                .map(p -> new Suggestion(p.date() + " " + p.title(), p.shortName() != null ? p.shortName() : p.title()))
                .toList();
    }

    private record Reference<T>(T item, String[] names, String text) {
    }

    /** The scan as it was: every item asked, bucketed by quality. */
    /** The direct matches by rank, then those of the glossary's other-language terms, without repeats. */
    private static <T> List<T> reference(List<Reference<T>> index, String query, Predicate<T> filter, int limit) {
        String q = SearchText.normalize(query);
        if (q.isEmpty()) {
            return index.stream().map(Reference::item).filter(filter).limit(limit).toList();
        }
        java.util.LinkedHashSet<T> found = new java.util.LinkedHashSet<>(rankedReference(index, q, filter, limit));
        for (String other : Glossary.SHIPPED.alternatives(q)) {
            for (T t : rankedReference(index, other, filter, limit)) {
                if (found.size() < limit) {
                    found.add(t);
                }
            }
        }
        return List.copyOf(found);
    }

    private static <T> List<T> rankedReference(List<Reference<T>> index, String q, Predicate<T> filter, int limit) {
        List<List<T>> buckets = new ArrayList<>();
        for (int i = 0; i < Match.NONE.ordinal(); i++) {
            buckets.add(new ArrayList<>());
        }
        for (Reference<T> i : index) {
            if (!filter.test(i.item())) {
                continue;
            }
            Match m = referenceMatch(q, i.names(), i.text());
            if (m != Match.NONE) {
                buckets.get(m.ordinal()).add(i.item());
            }
        }
        return buckets.stream().flatMap(List::stream).limit(limit).toList();
    }

    /** Match.of as it was before the index, word for word. */
    private static Match referenceMatch(String query, String[] names, String text) {
        Match best = Match.NONE;
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            Match m;
            if (name.equals(query)) {
                return Match.EXACT;
            } else if (name.startsWith(query)) {
                m = Match.PREFIX;
            } else if (SearchText.startsAWord(name, query)) {
                m = Match.WORD;
            } else if (name.contains(query)) {
                m = Match.SUBSTRING;
            } else {
                continue;
            }
            if (m.compareTo(best) < 0) {
                best = m;
            }
        }
        if (best != Match.NONE) {
            return best;
        }
        if (text.contains(query)) {
            return Match.IN_TEXT;
        }
        if (query.indexOf(' ') > 0) {
            String all = String.join(" ", names) + " " + text;
            for (String word : query.split(" ")) {
                if (!all.contains(word)) {
                    return Match.NONE;
                }
            }
            return Match.ALL_WORDS;
        }
        return Match.NONE;
    }
}
