package dev.paperboy.catalogue;

/**
 * One autocomplete choice: what the user sees and what the option receives, each at most
 * {@link #MAX_LENGTH} characters (Discord's limit for choices).
 */
public record Suggestion(String name, String value) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_COUNT = 25;

    public Suggestion {
        name = Texts.cut(name, MAX_LENGTH);
        value = Texts.cut(value, MAX_LENGTH);
    }
}
