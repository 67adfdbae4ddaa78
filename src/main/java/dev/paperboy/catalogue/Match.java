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
            } else if (SearchText.startsAWord(name, query)) {
                m = WORD;
            } else if (name.contains(query)) {
                m = SUBSTRING;
            } else {
                continue;
            }
            if (m.compareTo(best) < 0) {
                best = m;
            }
        }
        if (best != NONE) {
            return best;
        }
        if (text.contains(query)) {
            return IN_TEXT;
        }
        if (query.indexOf(' ') > 0) {
            String all = String.join(" ", names) + " " + text;
            for (String word : query.split(" ")) {
                if (!all.contains(word)) {
                    return NONE;
                }
            }
            return ALL_WORDS;
        }
        return NONE;
    }
}
