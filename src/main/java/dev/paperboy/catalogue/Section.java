package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A part of the catalogue: resources (courses, tools, ...) or the papers.
 *
 * @param key      stable key, lower case ({@code courses}); used in commands and component ids
 * @param title    the list's heading and an English name
 * @param audience the "who this is for" notes, markdown
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Section(String key, SectionTitle title, List<String> audience) {

    public static final String PAPERS = "papers";

    public Section {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    public boolean holdsPapers() {
        return PAPERS.equals(key);
    }
}
