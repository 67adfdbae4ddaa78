package dev.paperboy.catalogue;

import java.util.Arrays;

/**
 * One Bloom-filter signature per item, two bits for every character and every pair of
 * neighbouring characters of its strings, stored sliced: one bitmap over all items per signature
 * bit. A string can occur in an item only if the item's signature holds all of the string's
 * bits, so sliced, the items that may contain a query are a few word-wise ANDs of bitmaps away
 * instead of one test per item. The answer is a superset: the caller still asks the items.
 */
final class SlicedSignatures {

    private final int words;
    /** {@code bitmaps[bit]}: the items whose signature has that bit. */
    private final long[][] bitmaps;
    /** The signature of the item being added, reused so that building allocates none per item. */
    private final long[] scratch;

    /**
     * Room for {@code size} items, none signed yet.
     *
     * @param bits the signature's length: a power of two, at least 64
     */
    SlicedSignatures(int bits, int size) {
        this.words = Bitmaps.wordsFor(size);
        this.bitmaps = new long[bits][words];
        this.scratch = new long[bits / 64];
    }

    /** Gives the item the signature of all of {@code strings} together. */
    void add(int item, String[] strings) {
        Arrays.fill(scratch, 0);
        for (String s : strings) {
            sign(s, scratch);
        }
        slice(item);
    }

    /** Gives the item the signature of {@code string}. */
    void add(int item, String string) {
        Arrays.fill(scratch, 0);
        sign(string, scratch);
        slice(item);
    }

    /** The items whose signature holds every bit of {@code s}'s: all those that contain it, and maybe others. */
    long[] having(String s) {
        long[] sig = new long[scratch.length];
        sign(s, sig);
        long[] out = null;
        for (int w = 0; w < sig.length; w++) {
            for (long bits = sig[w]; bits != 0; bits &= bits - 1) {
                long[] items = bitmaps[w * 64 + Long.numberOfTrailingZeros(bits)];
                if (out == null) {
                    out = items.clone();
                } else {
                    Bitmaps.and(out, items);
                }
            }
        }
        return out != null ? out : new long[words]; // an empty text: no signature, nothing to find
    }

    private void slice(int item) {
        for (int w = 0; w < scratch.length; w++) {
            for (long bits = scratch[w]; bits != 0; bits &= bits - 1) {
                Bitmaps.set(bitmaps[w * 64 + Long.numberOfTrailingZeros(bits)], item);
            }
        }
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
}
