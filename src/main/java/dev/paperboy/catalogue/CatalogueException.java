package dev.paperboy.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue that cannot be used, with every problem found in it. */
public class CatalogueException extends Exception {

    private final transient List<Problem> problems;

    public CatalogueException(String summary, List<Problem> problems) {
        super(summary + (problems.isEmpty() ? "" : problems.stream().map(p -> "  - " + p)
                .collect(Collectors.joining("\n", "\n", ""))));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
