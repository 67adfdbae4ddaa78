package dev.paperboy.catalogue.importer;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out ids in the list's order, suffixing {@code -2}, {@code -3} on a collision: the same
 * README always gives the same ids, so saved pages and daily positions survive a re-import.
 */
final class UniqueIds {

    private final Set<String> taken = new HashSet<>();

    String claim(String base) {
        if (taken.add(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String id = Slugs.cut(base, Slugs.MAX_ID - suffix.length()) + suffix;
            if (taken.add(id)) {
                return id;
            }
        }
    }
}
