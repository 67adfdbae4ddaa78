package dev.paperboy.catalogue;

/** How well a query matches a name; lower is better. Ranking order for search and autocomplete. */
enum Match {
    EXACT, PREFIX, WORD, SUBSTRING, IN_TEXT, ALL_WORDS, NONE;

    /**
     * @param query normalized query, non-empty
     * @param names normalized names (title, short name, id), best first
     * @param text  normalized body text (summary, note)
     */
    static Match of(String query, String[] names, String text) {
        return of(query, names, text, ALL_WORDS);
    }

    /**
     * As {@link #of(String, String[], String)} when the answer is {@code worst} or better, else
     * {@link #NONE}: the checks for worse matches are skipped, which is what makes a search that
     * already has enough good matches cheap.
     */
    static Match of(String query, String[] names, String text, Match worst) {
        Match best = NONE;
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            Match m;
            if (name.equals(query)) {
                return EXACT;
            } else if (name.startsWith(query)) {
                m = PREFIX;
            } else if (worst.compareTo(WORD) >= 0 && SearchText.startsAWord(name, query)) {
                m = WORD;
            } else if (worst.compareTo(SUBSTRING) >= 0 && name.contains(query)) {
                m = SUBSTRING;
            } else {
                continue;
            }
            if (m.compareTo(best) < 0) {
                best = m;
            }
        }
        if (best != NONE) {
            return best.compareTo(worst) <= 0 ? best : NONE;
        }
        if (worst.compareTo(IN_TEXT) >= 0 && text.contains(query)) {
            return IN_TEXT;
        }
        if (worst.compareTo(ALL_WORDS) >= 0 && query.indexOf(' ') > 0) {
            // every word somewhere in the names or the text; a word has no space, so it cannot
            // straddle two of them
            for (String word : query.split(" ")) {
                if (!text.contains(word) && !inAny(names, word)) {
                    return NONE;
                }
            }
            return ALL_WORDS;
        }
        return NONE;
    }

    private static boolean inAny(String[] names, String word) {
        for (String name : names) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
