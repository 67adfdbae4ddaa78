package dev.paperboy.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The English text written beside the list ({@code catalogue.en.json}), by stable id: section
 * key, resource id, paper id. It lives in its own file, so an import of a new version of the list
 * never touches it; each entry's {@code source} tells whether the list's text has changed since.
 */
public record English(Map<String, EnglishSection> sections, Map<String, EnglishResource> resources,
                      Map<String, EnglishPaper> papers) {

    /** No English at all: every reader gets the list's text. */
    public static final English NONE = new English(Map.of(), Map.of(), Map.of());

    public English {
        sections = inOrder(sections);
        resources = inOrder(resources);
        papers = inOrder(papers);
    }

    public boolean isEmpty() {
        return sections.isEmpty() && resources.isEmpty() && papers.isEmpty();
    }

    public EnglishSection section(String key) {
        return sections.get(key);
    }

    public EnglishResource resource(String id) {
        return resources.get(id);
    }

    public EnglishPaper paper(String id) {
        return papers.get(id);
    }

    /** The file's order, which is the order people read and report it in. */
    private static <V> Map<String, V> inOrder(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
