package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The signatures may let through an item that does not contain the string, never leave out one
 * that does: the search asks only the items they let through.
 */
class SlicedSignaturesTest {

    @Test
    void everyItemContainingTheStringIsAmongThoseHavingItsSignature() {
        Random random = new Random(3);
        int size = 300;
        List<String[]> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        SlicedSignatures byNames = new SlicedSignatures(256, size);
        SlicedSignatures byText = new SlicedSignatures(512, size);
        for (int item = 0; item < size; item++) {
            String[] n = {word(random, 12), word(random, 6)};
            String t = word(random, 40);
            names.add(n);
            texts.add(t);
            byNames.add(item, n);
            byText.add(item, t);
        }
        for (int q = 0; q < 500; q++) {
            String text = texts.get(random.nextInt(size));
            int from = random.nextInt(text.length());
            String query = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(5)));
            long[] inNames = byNames.having(query);
            long[] inText = byText.having(query);
            for (int item = 0; item < size; item++) {
                if (names.get(item)[0].contains(query) || names.get(item)[1].contains(query)) {
                    assertThat(Bitmaps.isSet(inNames, item)).as("%s in the names of %d", query, item).isTrue();
                }
                if (texts.get(item).contains(query)) {
                    assertThat(Bitmaps.isSet(inText, item)).as("%s in the text of %d", query, item).isTrue();
                }
            }
        }
    }

    @Test
    void anItemWithNoneOfTheStringsCharactersIsLeftOut() {
        SlicedSignatures s = new SlicedSignatures(256, 2);
        s.add(0, "aaaa");
        s.add(1, "深度學習");
        assertThat(Bitmaps.first(10, s.having("aa"))).containsExactly(0);
        assertThat(Bitmaps.first(10, s.having("學習"))).containsExactly(1);
        assertThat(Bitmaps.first(10, s.having("zq"))).isEmpty();
    }

    @Test
    void theEmptyStringHasNoSignatureAndFindsNothing() {
        SlicedSignatures s = new SlicedSignatures(256, 70);
        for (int item = 0; item < 70; item++) {
            s.add(item, "anything");
        }
        assertThat(s.having("")).hasSize(Bitmaps.wordsFor(70)).containsOnly(0L);
    }

    private static String word(Random random, int maxLength) {
        String letters = "abcdefgh -深度學";
        StringBuilder s = new StringBuilder();
        for (int i = 1 + random.nextInt(maxLength); i > 0; i--) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }
}
