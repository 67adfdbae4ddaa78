package dev.paperboy.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's text in one {@link Language}, from {@link Catalogue#in(Language)}: what a card
 * shows as a resource's title and summary and a paper's note. In English, each entry reads its
 * English where there is some, else the list's text (which is English there, or not yet
 * translated).
 *
 * <p>English written for an earlier text of the list ({@code source} no longer matches) is still
 * shown, since a translation lags behind the list, but {@link #isEarlierEnglish marked} so the
 * reader knows; except when the list's links changed since: then the English would send readers
 * to addresses the list no longer gives, and the list's own text is shown instead.
 */
public final class LocalizedText {

    private static final LocalizedText LIST = new LocalizedText(Language.ZH_TW, Map.of(), Map.of(), Set.of(), Set.of());
    private static final Pattern LINK_TARGET = Pattern.compile("]\\(([^)]*)\\)");

    private final Language language;
    private final Map<String, EnglishResource> resources;
    private final Map<String, EnglishPaper> papers;
    private final Set<String> earlierResources;
    private final Set<String> earlierPapers;

    private LocalizedText(Language language, Map<String, EnglishResource> resources, Map<String, EnglishPaper> papers,
                          Set<String> earlierResources, Set<String> earlierPapers) {
        this.language = language;
        this.resources = resources;
        this.papers = papers;
        this.earlierResources = earlierResources;
        this.earlierPapers = earlierPapers;
    }

    /** The list as written. */
    static LocalizedText list() {
        return LIST;
    }

    /** The English of {@code english} chosen once for every resource and paper of the list. */
    static LocalizedText english(List<Resource> resources, List<Paper> papers, English english) {
        Map<String, EnglishResource> shownResources = new HashMap<>();
        Set<String> earlierResources = new HashSet<>();
        for (Resource r : resources) {
            EnglishResource e = english.resource(r.id());
            if (e == null || !e.hasText()) {
                continue;
            }
            boolean current = SourceHash.of(r).equals(e.source());
            String theirs = (e.title() == null ? "" : e.title()) + "\n" + String.join("\n", e.summary());
            if (current || sameLinks(theirs, r.title() + "\n" + String.join("\n", r.summary()))) {
                shownResources.put(r.id(), e);
                if (!current) {
                    earlierResources.add(r.id());
                }
            }
        }
        Map<String, EnglishPaper> shownPapers = new HashMap<>();
        Set<String> earlierPapers = new HashSet<>();
        for (Paper p : papers) {
            EnglishPaper e = english.paper(p.id());
            if (e == null || e.note() == null) {
                continue;
            }
            boolean current = SourceHash.of(p).equals(e.source());
            if (current || sameLinks(e.note(), p.note() == null ? "" : p.note())) {
                shownPapers.put(p.id(), e);
                if (!current) {
                    earlierPapers.add(p.id());
                }
            }
        }
        return new LocalizedText(Language.ENGLISH, Map.copyOf(shownResources), Map.copyOf(shownPapers),
                Set.copyOf(earlierResources), Set.copyOf(earlierPapers));
    }

    public Language language() {
        return language;
    }

    public String title(Resource r) {
        EnglishResource e = resources.get(r.id());
        return e != null && e.title() != null ? e.title() : r.title();
    }

    public List<String> summary(Resource r) {
        EnglishResource e = resources.get(r.id());
        return e != null && !e.summary().isEmpty() ? e.summary() : r.summary();
    }

    /** The note, or null when the paper has none. */
    public String note(Paper p) {
        EnglishPaper e = papers.get(p.id());
        return e != null ? e.note() : p.note();
    }

    /** Whether the text shown is English written before the list's text last changed. */
    public boolean isEarlierEnglish(Resource r) {
        return earlierResources.contains(r.id());
    }

    public boolean isEarlierEnglish(Paper p) {
        return earlierPapers.contains(p.id());
    }

    /** Whether both texts link to the same addresses (markdown link targets, in any order). */
    private static boolean sameLinks(String a, String b) {
        return linkTargets(a).equals(linkTargets(b));
    }

    private static Set<String> linkTargets(String markdown) {
        Set<String> targets = new HashSet<>();
        Matcher m = LINK_TARGET.matcher(markdown);
        while (m.find()) {
            targets.add(m.group(1).strip());
        }
        return targets;
    }
}
