package dev.paperboy.catalogue.importer;

import java.util.Locale;
import java.util.Set;

/**
 * The list keeps a slot open with a "To Be Updated" cell and a to-be-updated.jpg picture;
 * such a slot is not a resource, and its picture is nobody's image.
 */
final class Placeholders {

    private static final Set<String> PHRASES = Set.of("to be updated", "to be added", "tbd", "tbu", "todo",
            "coming soon", "待更新", "待補", "敬請期待");

    private Placeholders() {
    }

    static boolean isPlaceholderText(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s。：！…]+", " ").strip();
        return PHRASES.contains(t);
    }

    static boolean isPlaceholderImage(String src) {
        String name = src.substring(src.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.startsWith("to-be-updated") || name.startsWith("placeholder");
    }
}
