package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The set operations the search combines its candidates with, across the 64-item word boundaries. */
class BitmapsTest {

    private static final int SIZE = 200;

    @Test
    void aSetItemIsSetAndItsNeighboursAreNot() {
        long[] b = of(0, 63, 64, 127, 128, 199);
        assertThat(IntStream.range(0, SIZE).filter(i -> Bitmaps.isSet(b, i)).toArray())
                .containsExactly(0, 63, 64, 127, 128, 199);
        assertThat(Bitmaps.count(b)).isEqualTo(6);
    }

    @Test
    void wordsForCoversEveryItemAndNoMore() {
        assertThat(Bitmaps.wordsFor(0)).isZero();
        assertThat(Bitmaps.wordsFor(1)).isEqualTo(1);
        assertThat(Bitmaps.wordsFor(64)).isEqualTo(1);
        assertThat(Bitmaps.wordsFor(65)).isEqualTo(2);
    }

    @Test
    void andOrAndNotCombineInPlace() {
        long[] and = of(1, 63, 64, 150);
        Bitmaps.and(and, of(63, 64, 199));
        assertThat(items(and)).containsExactly(63, 64);

        long[] or = of(1, 64);
        Bitmaps.or(or, of(64, 130));
        assertThat(items(or)).containsExactly(1, 64, 130);

        long[] andNot = of(1, 63, 64, 150);
        Bitmaps.andNot(andNot, of(63, 150, 199));
        assertThat(items(andNot)).containsExactly(1, 64);
    }

    @Test
    void firstReadsTheBitmapsOneAfterTheOtherEachInOrderUpToTheLimit() {
        long[] better = of(70, 3);
        long[] worse = of(199, 1);
        assertThat(Bitmaps.first(10, better, worse)).containsExactly(3, 70, 1, 199);
        assertThat(Bitmaps.first(3, better, worse)).containsExactly(3, 70, 1);
        assertThat(Bitmaps.first(0, better, worse)).isEmpty();
        assertThat(Bitmaps.first(5, new long[Bitmaps.wordsFor(SIZE)])).isEmpty();
    }

    private static long[] of(int... items) {
        long[] b = new long[Bitmaps.wordsFor(SIZE)];
        for (int i : items) {
            Bitmaps.set(b, i);
        }
        return b;
    }

    private static int[] items(long[] b) {
        return Bitmaps.first(Integer.MAX_VALUE, b);
    }
}
