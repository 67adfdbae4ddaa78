package dev.paperboy.discord;

/**
 * Buttons that are not page turns: each handler owns the ids that start with its prefix and
 * answers the person who pressed, only them. No JDA event here, so tests press with a plain call.
 */
interface ButtonHandler {

    /** Ids this handler owns start with it, e.g. {@code mk:}. */
    String prefix();

    /** The name the metrics count its presses under. */
    String name();

    /** The answer to {@code userId} pressing {@code id}, in {@code m}'s language. */
    Reply press(long userId, String id, Messages m);
}
