package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The English of a section.
 *
 * @param source   {@link SourceHash} of the list's text this translates
 * @param audience the "who this is for" notes, markdown; empty where the list's are English already
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnglishSection(String source, List<String> audience) {

    public EnglishSection {
        audience = EnglishResource.lines(audience);
    }

    /** The English of {@code s} as it reads now. */
    public static EnglishSection translating(Section s, List<String> audience) {
        return new EnglishSection(SourceHash.of(s), audience);
    }
}
