package dev.paperboy.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Every item's names, and the words inside them, sorted: the names and words that start with a
 * query form one range, two binary searches wide, so the best matches (exact, prefix, word
 * start) are found without asking any item. An entry is a long, (item, name, offset), pointing
 * into the names rather than copying them: about 8 bytes per word of the names.
 */
final class SortedNameStarts {

    private static final int OFFSET_BITS = 24;
    private static final int NAME_INDEX_BITS = 7;

    private final String[][] names;
    /** Whole names as (item, name, 0), sorted by the name. */
    private final long[] starts;
    /** Word starts inside names as (item, name, offset), sorted by the name from the offset on. */
    private final long[] inner;

    /** @param names each item's names, normalized; read, never copied, so not to be changed */
    SortedNameStarts(String[][] names) {
        this.names = names;
        List<Long> whole = new ArrayList<>();
        List<Long> wordStarts = new ArrayList<>();
        for (int item = 0; item < names.length; item++) {
            String[] itemNames = names[item];
            if (itemNames.length >= 1 << NAME_INDEX_BITS) {
                throw new IllegalArgumentException("too many names for one item: " + itemNames.length);
            }
            for (int n = 0; n < itemNames.length; n++) {
                String name = itemNames[n];
                if (name.isEmpty()) {
                    continue;
                }
                whole.add(pack(item, n, 0));
                int longest = Math.min(name.length(), 1 << OFFSET_BITS);
                for (int at = 1; at < longest; at++) {
                    if (!Character.isLetterOrDigit(name.charAt(at - 1))) {
                        wordStarts.add(pack(item, n, at));
                    }
                }
            }
        }
        this.starts = sorted(whole);
        this.inner = sorted(wordStarts);
    }

    /**
     * Marks the items with a name starting with the query: those with a name equal to it in
     * {@code exact}, the others in {@code prefix}.
     */
    void markNamesStartingWith(String query, IntPredicate filter, long[] exact, long[] prefix) {
        collect(starts, query, filter, exact, prefix);
    }

    /** Marks the items with a word inside a name, after its first, starting with the query. */
    void markWordsStartingWith(String query, IntPredicate filter, long[] word) {
        collect(inner, query, filter, null, word);
    }

    private static long pack(int item, int name, int offset) {
        return ((long) item << 32) | ((long) name << OFFSET_BITS) | offset;
    }

    private static int itemOf(long entry) {
        return (int) (entry >>> 32);
    }

    private String nameOf(long entry) {
        return names[itemOf(entry)][(int) (entry >>> OFFSET_BITS) & ((1 << NAME_INDEX_BITS) - 1)];
    }

    private static int offsetOf(long entry) {
        return (int) (entry & ((1 << OFFSET_BITS) - 1));
    }

    private long[] sorted(List<Long> entries) {
        Long[] boxed = entries.toArray(new Long[0]);
        Arrays.sort(boxed, (a, b) -> compareSuffixes(nameOf(a), offsetOf(a), nameOf(b), offsetOf(b)));
        long[] out = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static int compareSuffixes(String a, int aFrom, String b, int bFrom) {
        int n = Math.min(a.length() - aFrom, b.length() - bFrom);
        for (int i = 0; i < n; i++) {
            char x = a.charAt(aFrom + i);
            char y = b.charAt(bFrom + i);
            if (x != y) {
                return x - y;
            }
        }
        return (a.length() - aFrom) - (b.length() - bFrom);
    }

    /** The suffix's first {@code query.length()} characters against the query: 0 when it starts with it. */
    private static int compareStart(String s, int from, String query) {
        int n = Math.min(s.length() - from, query.length());
        for (int i = 0; i < n; i++) {
            char x = s.charAt(from + i);
            char y = query.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return n < query.length() ? -1 : 0;
    }

    /** The first entry whose suffix starts with the query ({@code after} false), or comes after all those. */
    private int bound(long[] entries, String query, boolean after) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareStart(nameOf(entries[mid]), offsetOf(entries[mid]), query);
            if (c < 0 || (after && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Marks the items with a suffix starting with the query: whole names equal to it in
     * {@code exact}, the others in {@code rest}.
     */
    private void collect(long[] entries, String query, IntPredicate filter, long[] exact, long[] rest) {
        int to = bound(entries, query, true);
        for (int i = bound(entries, query, false); i < to; i++) {
            long entry = entries[i];
            int item = itemOf(entry);
            if (!filter.test(item)) {
                continue;
            }
            long[] into = exact != null && nameOf(entry).length() == query.length() ? exact : rest;
            Bitmaps.set(into, item);
        }
    }
}
