package dev.paperboy.catalogue;

/**
 * Sets of items as bitmaps: item {@code i} is bit {@code i & 63} of word {@code i >>> 6}. The
 * search combines whole sets of candidates (signature bits, name matches, items already placed)
 * 64 items a word at a time, and reads the answer off in the list's order, which is the order of
 * the bits.
 */
final class Bitmaps {

    private Bitmaps() {
    }

    /** The words of a bitmap over {@code size} items. */
    static int wordsFor(int size) {
        return (size + 63) >>> 6;
    }

    static void set(long[] bitmap, int item) {
        bitmap[item >>> 6] |= 1L << (item & 63);
    }

    static boolean isSet(long[] bitmap, int item) {
        return (bitmap[item >>> 6] & 1L << (item & 63)) != 0;
    }

    static void and(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= other[i];
        }
    }

    static void or(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= other[i];
        }
    }

    static void andNot(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= ~other[i];
        }
    }

    static int count(long[] bitmap) {
        int n = 0;
        for (long w : bitmap) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The set items of the bitmaps, one bitmap after the other, each in order; at most {@code limit}. */
    static int[] first(int limit, long[]... bitmaps) {
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
