package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.English;
import dev.paperboy.catalogue.EnglishCoverage;
import dev.paperboy.catalogue.Problem;
import java.util.List;

/**
 * What an import gave.
 *
 * <ul>
 *   <li>{@code catalogue}: every item that could be kept; it always passes
 *       {@code CatalogueValidator}, so it can be written. Null when nothing usable was found
 *       (empty, binary or oversized file, no sections).</li>
 *   <li>{@code warnings}: things fixed or guessed with the item kept (DCGAN's month 13 taken from
 *       its arXiv id, a picture matched by position only).</li>
 *   <li>{@code errors}: items lost (a card without a link, a paper without a date, an invalid
 *       address), or the reason there is no catalogue.</li>
 *   <li>{@code notes}: things skipped on purpose (placeholder cells, headings that are not
 *       sections such as the table of contents or the to-do list).</li>
 * </ul>
 *
 * A tool that replaces a catalogue should do so only when {@link #ok()}, or when the user
 * accepts the losses (a {@code --force}) and {@code catalogue} is not null.
 */
public record ImportResult(Catalogue catalogue, List<Problem> warnings, List<Problem> errors, List<Problem> notes) {

    public ImportResult {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** A catalogue was built and nothing was lost on the way. */
    public boolean ok() {
        return catalogue != null && errors.isEmpty();
    }

    /** Counts per section and per area, then what was skipped, warnings and errors; for a terminal. */
    public String summary() {
        return ImportSummary.of(this, List.of());
    }

    /**
     * As {@link #summary()}, and how the English in {@code englishFile} covers the new catalogue:
     * entries with no English yet (new in the list), entries the list changed since they were
     * translated, English for entries no longer in the list. The English file is only read.
     */
    public String summary(English english, String englishFile) {
        return ImportSummary.of(this, catalogue == null ? List.of()
                : EnglishCoverage.describe(catalogue, english, englishFile));
    }
}
