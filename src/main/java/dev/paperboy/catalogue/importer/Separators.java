package dev.paperboy.catalogue.importer;

import java.util.regex.Pattern;

/** The dashes and colons people put between a link and the words about it. */
final class Separators {

    private static final Pattern LEADING = Pattern.compile("^[\\s\\-–—:：,，、|]+");

    private Separators() {
    }

    static String stripLeading(String text) {
        return LEADING.matcher(text).replaceFirst("").strip();
    }
}
