package dev.paperboy.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Search over a list of items, each with normalized names (title, short name, id) and a
 * normalized body text: exactly the answer of asking {@link Match#of} about every item and
 * ranking by match quality, then by the list's order — without asking every item.
 *
 * <ul>
 *   <li>Names, and the words inside names, are kept sorted ({@link #starts}, {@link #inner}), so
 *       the exact, prefix and word-start matches of a query are two binary searches away. A
 *       keystroke that has enough of those (most do on a large catalogue) looks no further.</li>
 *   <li>Every item has a signature (a Bloom filter, two bits per entry) of the characters and
 *       character pairs of its names (256 bits) and of its text (512 bits), stored sliced: one
 *       bitmap over all items per signature bit. An item can match only if its signature holds
 *       all of the query's bits, so the candidates are a few word-wise ANDs of bitmaps away, and
 *       {@link Match#of} is asked of those only, in the list's order, until the weaker matches
 *       cannot reach the answer any more.</li>
 * </ul>
 *
 * Memory: 96 bytes of signature and about 8 bytes per word of the names, per item.
 */
final class SearchIndex {

    private static final int NAME_BITS = 256;
    private static final int TEXT_BITS = 512;
    private static final int OFFSET_BITS = 24;
    private static final int NAME_INDEX_BITS = 7;

    private final int size;
    private final int words;
    private final String[][] names;
    private final String[] texts;
    /** {@code nameBitmaps[bit]}: the items whose names' signature has that bit. */
    private final long[][] nameBitmaps;
    private final long[][] textBitmaps;
    /** Whole names as (item, name, 0), sorted by the name. */
    private final long[] starts;
    /** Word starts inside names as (item, name, offset), sorted by the name from the offset on. */
    private final long[] inner;

    SearchIndex(List<String[]> names, List<String> texts) {
        if (names.size() != texts.size()) {
            throw new IllegalArgumentException("names and texts differ in length");
        }
        this.size = names.size();
        this.words = (size + 63) >>> 6;
        this.names = names.toArray(new String[0][]);
        this.texts = texts.toArray(new String[0]);
        this.nameBitmaps = new long[NAME_BITS][words];
        this.textBitmaps = new long[TEXT_BITS][words];
        List<Long> whole = new ArrayList<>();
        List<Long> wordStarts = new ArrayList<>();
        long[] nameSig = new long[NAME_BITS / 64];
        long[] textSig = new long[TEXT_BITS / 64];
        for (int item = 0; item < size; item++) {
            String[] itemNames = this.names[item];
            if (itemNames.length >= 1 << NAME_INDEX_BITS) {
                throw new IllegalArgumentException("too many names for one item: " + itemNames.length);
            }
            Arrays.fill(nameSig, 0);
            for (int n = 0; n < itemNames.length; n++) {
                String name = itemNames[n];
                sign(name, nameSig);
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
            Arrays.fill(textSig, 0);
            sign(this.texts[item], textSig);
            slice(nameSig, nameBitmaps, item);
            slice(textSig, textBitmaps, item);
        }
        this.starts = sorted(whole);
        this.inner = sorted(wordStarts);
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
        collect(starts, query, filter, exact, prefix);
        andNot(prefix, exact);
        int have = count(exact) + count(prefix);
        if (have >= limit) {
            return first(limit, exact, prefix);
        }
        long[] word = new long[words];
        collect(inner, query, filter, null, word);
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
            inNames = having(nameBitmaps, signature(text, NAME_BITS));
            inText = having(textBitmaps, signature(text, TEXT_BITS));
            if (text.indexOf(' ') > 0) {
                long[] all = null;
                for (String word : text.split(" ")) {
                    long[] either = having(nameBitmaps, signature(word, NAME_BITS));
                    or(either, having(textBitmaps, signature(word, TEXT_BITS)));
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

    // --- signatures --------------------------------------------------------------------------------

    private static long[] signature(String s, int bits) {
        long[] sig = new long[bits / 64];
        sign(s, sig);
        return sig;
    }

    /** Every character and every pair of neighbours, two bits each. */
    private static void sign(String s, long[] sig) {
        int mask = sig.length * 64 - 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            set(sig, mix(c), mask);
            if (i + 1 < s.length()) {
                set(sig, mix(1L << 32 | (long) c << 16 | s.charAt(i + 1)), mask);
            }
        }
    }

    private static void set(long[] sig, long hash, int mask) {
        int a = (int) hash & mask;
        int b = (int) (hash >>> 32) & mask;
        sig[a >>> 6] |= 1L << (a & 63);
        sig[b >>> 6] |= 1L << (b & 63);
    }

    /** SplitMix64's finalizer: neighbouring characters land on unrelated bits. */
    private static long mix(long key) {
        long h = key + 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static void slice(long[] sig, long[][] bitmaps, int item) {
        for (int w = 0; w < sig.length; w++) {
            for (long bits = sig[w]; bits != 0; bits &= bits - 1) {
                bitmaps[w * 64 + Long.numberOfTrailingZeros(bits)][item >>> 6] |= 1L << (item & 63);
            }
        }
    }

    /** The items having every bit of {@code sig}. */
    private long[] having(long[][] bitmaps, long[] sig) {
        long[] out = null;
        for (int w = 0; w < sig.length; w++) {
            for (long bits = sig[w]; bits != 0; bits &= bits - 1) {
                long[] items = bitmaps[w * 64 + Long.numberOfTrailingZeros(bits)];
                if (out == null) {
                    out = items.clone();
                } else {
                    and(out, items);
                }
            }
        }
        return out != null ? out : new long[words]; // an empty text: no signature, nothing to find
    }

    // --- the sorted names --------------------------------------------------------------------------

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

    /** Marks the items with a suffix starting with the query: whole names equal to it in {@code exact}, the others in {@code rest}. */
    private void collect(long[] entries, String query, IntPredicate filter, long[] exact, long[] rest) {
        int to = bound(entries, query, true);
        for (int i = bound(entries, query, false); i < to; i++) {
            long entry = entries[i];
            int item = itemOf(entry);
            if (!filter.test(item)) {
                continue;
            }
            long[] into = exact != null && nameOf(entry).length() == query.length() ? exact : rest;
            into[item >>> 6] |= 1L << (item & 63);
        }
    }

    // --- bitmaps -----------------------------------------------------------------------------------

    private static boolean isSet(long[] bitmap, int item) {
        return (bitmap[item >>> 6] & 1L << (item & 63)) != 0;
    }

    private static void and(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= other[i];
        }
    }

    private static void or(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= other[i];
        }
    }

    private static void andNot(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= ~other[i];
        }
    }

    private static int count(long[] bitmap) {
        int n = 0;
        for (long w : bitmap) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The set items of the bitmaps, one bitmap after the other, each in order; at most {@code limit}. */
    private static int[] first(int limit, long[]... bitmaps) {
        int total = 0;
        for (long[] b : bitmaps) {
            total += count(b);
        }
        int[] out = new int[Math.min(limit, total)];
        int n = 0;
        for (long[] b : bitmaps) {
            for (int w = 0; w < b.length && n < out.length; w++) {
                for (long bits = b[w]; bits != 0 && n < out.length; bits &= bits - 1) {
                    out[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                }
            }
        }
        return out;
    }
}
