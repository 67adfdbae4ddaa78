package dev.paperboy.config;

import java.util.List;

/** A configuration that cannot be used, with every problem in it. */
public class ConfigException extends Exception {

    private final transient List<String> problems;

    public ConfigException(String summary, List<String> problems) {
        super(summary + String.join("", problems.stream().map(p -> "\n  - " + p).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
