package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What one import found wrong, by how much it costs: an error loses an item, a warning fixed or
 * guessed something and kept the item, a note records something skipped on purpose.
 */
final class Findings {

    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    void error(int line, String where, String message) {
        errors.add(new Problem(file, line, where, message));
    }

    void warn(int line, String where, String message) {
        warnings.add(new Problem(file, line, where, message));
    }

    void note(int line, String where, String message) {
        notes.add(new Problem(file, line, where, message));
    }

    List<Problem> errors() {
        return List.copyOf(errors);
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    List<Problem> notes() {
        return List.copyOf(notes);
    }
}
