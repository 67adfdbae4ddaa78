package dev.paperboy.catalogue;

import static dev.paperboy.catalogue.Bitmaps.and;
import static dev.paperboy.catalogue.Bitmaps.andNot;
import static dev.paperboy.catalogue.Bitmaps.count;
import static dev.paperboy.catalogue.Bitmaps.first;
import static dev.paperboy.catalogue.Bitmaps.isSet;
import static dev.paperboy.catalogue.Bitmaps.or;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Search over a list of items, each with normalized names (title, short name, id) and a
 * normalized body text: exactly the answer of asking {@link Match#of} about every item and
 * ranking by match quality, then by the list's order — without asking every item.
 *
 * <ul>
 *   <li>Names, and the words inside names, are kept sorted ({@link SortedNameStarts}), so the
 *       exact, prefix and word-start matches of a query are two binary searches away. A
 *       keystroke that has enough of those (most do on a large catalogue) looks no further.</li>
 *   <li>Every item has a signature of the characters and character pairs of its names (256
 *       bits) and of its text (512 bits), stored sliced ({@link SlicedSignatures}). An item can
 *       match only if its signature holds all of the query's bits, so the candidates are a few
 *       word-wise ANDs of bitmaps away, and {@link Match#of} is asked of those only, in the
 *       list's order, until the weaker matches cannot reach the answer any more.</li>
 * </ul>
 *
 * What is left here is the ranking: which of the two answers which kind of match, and when to
 * stop asking.
 *
 * Memory: 96 bytes of signature and about 8 bytes per word of the names, per item.
 */
final class SearchIndex {

    private static final int NAME_BITS = 256;
    private static final int TEXT_BITS = 512;

    private final int size;
    private final int words;
    private final String[][] names;
    private final String[] texts;
    private final SortedNameStarts nameStarts;
    private final SlicedSignatures nameSignatures;
    private final SlicedSignatures textSignatures;

    SearchIndex(List<String[]> names, List<String> texts) {
        if (names.size() != texts.size()) {
            throw new IllegalArgumentException("names and texts differ in length");
        }
        this.size = names.size();
        this.words = Bitmaps.wordsFor(size);
        this.names = names.toArray(new String[0][]);
        this.texts = texts.toArray(new String[0]);
        this.nameStarts = new SortedNameStarts(this.names);
        this.nameSignatures = new SlicedSignatures(NAME_BITS, size);
        this.textSignatures = new SlicedSignatures(TEXT_BITS, size);
        for (int item = 0; item < size; item++) {
            nameSignatures.add(item, this.names[item]);
            textSignatures.add(item, this.texts[item]);
        }
    }

    /**
     * The items matching {@code query}, best first, ties in the list's order; at most {@code limit}.
     *
     * @param query  normalized, not empty
     * @param filter which items may be in the answer
     */
    int[] ranked(String query, IntPredicate filter, int limit) {
        if (limit == Integer.MAX_VALUE) {
            return scan(query(query), filter, new long[words], Match.EXACT, limit);
        }
        long[] exact = new long[words];
        long[] prefix = new long[words];
        nameStarts.markNamesStartingWith(query, filter, exact, prefix);
        andNot(prefix, exact);
        int have = count(exact) + count(prefix);
        if (have >= limit) {
            return first(limit, exact, prefix);
        }
        long[] word = new long[words];
        nameStarts.markWordsStartingWith(query, filter, word);
        andNot(word, exact);
        andNot(word, prefix);
        have += count(word);
        if (have >= limit) {
            return first(limit, exact, prefix, word);
        }
        long[] known = word.clone();
        or(known, exact);
        or(known, prefix);
        int[] head = first(have, exact, prefix, word);
        int[] rest = scan(query(query), filter, known, Match.SUBSTRING, limit - have);
        int[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    /** A query's candidates, for {@link #matches}. */
    Query query(String text) {
        return new Query(text);
    }

    /** Whether the item matches the query at all. */
    boolean matches(int item, Query q) {
        return q.mayMatch(item, Match.ALL_WORDS) && Match.of(q.text, names[item], texts[item]) != Match.NONE;
    }

    /** A query and the items its signature allows, by the kind of match they allow. */
    final class Query {
        final String text;
        /** Items with the whole query's bits in their names: exact, prefix, word start, substring. */
        private final long[] inNames;
        /** ... in their text: in text. */
        private final long[] inText;
        /** ... every word's bits in the names or the text: all words; null for one word. */
        private final long[] allWords;

        private Query(String text) {
            this.text = text;
            inNames = nameSignatures.having(text);
            inText = textSignatures.having(text);
            if (text.indexOf(' ') > 0) {
                long[] all = null;
                for (String word : text.split(" ")) {
                    long[] either = nameSignatures.having(word);
                    or(either, textSignatures.having(word));
                    if (all == null) {
                        all = either;
                    } else {
                        and(all, either);
                    }
                }
                allWords = all;
            } else {
                allWords = null;
            }
        }

        /** Whether the signatures allow a match of {@code worst} or better. */
        boolean mayMatch(int item, Match worst) {
            return isSet(inNames, item)
                    || worst.compareTo(Match.IN_TEXT) >= 0 && isSet(inText, item)
                    || worst.compareTo(Match.ALL_WORDS) >= 0 && allWords != null && isSet(allWords, item);
        }

        /** The first item at or after {@code from} that may match at all, or -1. */
        int next(int from, long[] known) {
            int w = from >>> 6;
            if (w >= words) {
                return -1;
            }
            long bits = candidates(w) & ~known[w] & (-1L << (from & 63));
            while (true) {
                if (bits != 0) {
                    int item = (w << 6) + Long.numberOfTrailingZeros(bits);
                    return item < size ? item : -1;
                }
                if (++w >= words) {
                    return -1;
                }
                bits = candidates(w) & ~known[w];
            }
        }

        private long candidates(int w) {
            return inNames[w] | inText[w] | (allWords == null ? 0 : allWords[w]);
        }
    }

    // --- the scan for the weaker matches ---------------------------------------------------------

    /**
     * The candidates not in {@code known}, in the list's order, asked with {@link Match#of}:
     * buckets from {@code firstLevel} on, each kept to {@code limit}; stops as soon as the
     * buckets hold the answer.
     */
    private int[] scan(Query q, IntPredicate filter, long[] known, Match firstLevel, int limit) {
        int levels = Match.NONE.ordinal();
        int[][] buckets = new int[levels][];
        int[] counts = new int[levels];
        Match worst = Match.ALL_WORDS;
        for (int item = q.next(0, known); item >= 0; item = q.next(item + 1, known)) {
            if (!q.mayMatch(item, worst) || !filter.test(item)) {
                continue;
            }
            Match m = Match.of(q.text, names[item], texts[item], worst);
            if (m == Match.NONE) {
                continue;
            }
            int level = m.ordinal();
            if (buckets[level] == null) {
                buckets[level] = new int[Math.min(limit, 16)];
            } else if (counts[level] == buckets[level].length) {
                buckets[level] = Arrays.copyOf(buckets[level], (int) Math.min(limit, 2L * counts[level]));
            }
            buckets[level][counts[level]++] = item;
            // a match worse than the first level that fills the answer can never enter it, nor a
            // later one of that level: ask only for better ones from here on
            int sum = 0;
            for (int l = firstLevel.ordinal(); l < levels; l++) {
                sum += counts[l];
                if (sum >= limit) {
                    if (l == firstLevel.ordinal()) {
                        return flatten(buckets, counts, limit);
                    }
                    worst = Match.values()[l - 1];
                    break;
                }
            }
        }
        return flatten(buckets, counts, limit);
    }

    private static int[] flatten(int[][] buckets, int[] counts, int limit) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] out = new int[Math.min(total, limit)];
        int n = 0;
        for (int l = 0; l < counts.length && n < out.length; l++) {
            for (int i = 0; i < counts[l] && n < out.length; i++) {
                out[n++] = buckets[l][i];
            }
        }
        return out;
    }
}
