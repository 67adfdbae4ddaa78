package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The English of a paper: its titles are English already, so only the note.
 *
 * @param source {@link SourceHash} of the list's text this translates
 * @param note   the English note, markdown, or null where the paper has none or it is English already
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnglishPaper(String source, String note) {

    /** The English of {@code p} as it reads now. */
    public static EnglishPaper translating(Paper p, String note) {
        return new EnglishPaper(SourceHash.of(p), note);
    }
}
