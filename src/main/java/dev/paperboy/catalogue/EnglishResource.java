package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The English of a resource.
 *
 * @param source  {@link SourceHash} of the list's text this translates
 * @param title   the English title, or null where the list's title is English already
 * @param summary the English bullets, markdown; empty where the list's are English already
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnglishResource(String source, String title, List<String> summary) {

    public EnglishResource {
        summary = lines(summary);
    }

    /** The English of {@code r} as it reads now. */
    public static EnglishResource translating(Resource r, String title, List<String> summary) {
        return new EnglishResource(SourceHash.of(r), title, summary);
    }

    /** Whether it says anything of its own, rather than "checked: the list's text is English". */
    boolean hasText() {
        return title != null || !summary.isEmpty();
    }

    /** Unmodifiable, null lines kept so that the file's check can name them. */
    static List<String> lines(List<String> lines) {
        return lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }
}
