package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The binary searches over the sorted names find exactly the items a scan of every name would:
 * the range neither starts late nor ends early, however many names share the query's start.
 */
class SortedNameStartsTest {

    @Test
    void aNameEqualToTheQueryIsExactAndALongerOneIsAPrefix() {
        SortedNameStarts s = new SortedNameStarts(new String[][] {
            {"bert"}, {"bert base", "b"}, {"albert"}, {"be"}, {""}});
        long[] exact = new long[1];
        long[] prefix = new long[1];
        s.markNamesStartingWith("bert", i -> true, exact, prefix);
        assertThat(Bitmaps.first(10, exact)).containsExactly(0);
        assertThat(Bitmaps.first(10, prefix)).containsExactly(1);
    }

    @Test
    void aWordIsFoundByItsStartInsideANameButTheNamesFirstWordIsNot() {
        SortedNameStarts s = new SortedNameStarts(new String[][] {
            {"deep learning"}, {"learning to rank"}, {"c++ primer (v2)"}});
        assertThat(words(s, "learn")).containsExactly(0);
        assertThat(words(s, "deep")).isEmpty();
        assertThat(words(s, "primer")).containsExactly(2);
        assertThat(words(s, "+ primer")).containsExactly(2);
        assertThat(words(s, "v2)")).containsExactly(2);
    }

    @Test
    void theFilterLeavesItemsOut() {
        SortedNameStarts s = new SortedNameStarts(new String[][] {{"lab"}, {"lab"}, {"label"}, {"a lab"}});
        long[] exact = new long[1];
        long[] prefix = new long[1];
        s.markNamesStartingWith("lab", i -> i != 1 && i != 2, exact, prefix);
        assertThat(Bitmaps.first(10, exact)).containsExactly(0);
        assertThat(Bitmaps.first(10, prefix)).isEmpty();
        assertThat(words(s, "lab", i -> i != 3)).isEmpty();
    }

    @Test
    void namesAndWordsStartingWithTheQueryAreThoseAScanFinds() {
        Random random = new Random(13);
        int size = 400;
        String[][] names = new String[size][];
        for (int item = 0; item < size; item++) {
            names[item] = new String[random.nextInt(4)];
            for (int n = 0; n < names[item].length; n++) {
                names[item][n] = name(random);
            }
        }
        SortedNameStarts s = new SortedNameStarts(names);
        IntPredicate even = i -> i % 2 == 0;
        for (int q = 0; q < 400; q++) {
            String from = name(random);
            String query = from.substring(0, Math.min(from.length(), 1 + random.nextInt(3))).strip();
            if (query.isEmpty()) {
                continue;
            }
            IntPredicate filter = q % 3 == 0 ? even : i -> true;
            long[] exact = new long[Bitmaps.wordsFor(size)];
            long[] prefix = new long[Bitmaps.wordsFor(size)];
            s.markNamesStartingWith(query, filter, exact, prefix);
            long[] word = new long[Bitmaps.wordsFor(size)];
            s.markWordsStartingWith(query, filter, word);
            for (int item = 0; item < size; item++) {
                boolean allowed = filter.test(item);
                String[] itemNames = names[item];
                boolean isExact = Arrays.stream(itemNames).anyMatch(query::equals);
                boolean isPrefix = Arrays.stream(itemNames).anyMatch(n -> !n.equals(query) && n.startsWith(query));
                boolean isWord = Arrays.stream(itemNames).anyMatch(n -> startsAnInnerWord(n, query));
                assertThat(Bitmaps.isSet(exact, item)).as("exact %s, item %d", query, item).isEqualTo(allowed && isExact);
                assertThat(Bitmaps.isSet(prefix, item)).as("prefix %s, item %d", query, item)
                        .isEqualTo(allowed && isPrefix);
                assertThat(Bitmaps.isSet(word, item)).as("word %s, item %d", query, item).isEqualTo(allowed && isWord);
            }
        }
    }

    @Test
    void anItemWithMoreNamesThanAnEntryCanNumberIsRefused() {
        String[] many = new String[128];
        Arrays.fill(many, "x");
        assertThatThrownBy(() -> new SortedNameStarts(new String[][] {{"a"}, many}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("too many names for one item: 128");
    }

    private static int[] words(SortedNameStarts s, String query) {
        return words(s, query, i -> true);
    }

    private static int[] words(SortedNameStarts s, String query, IntPredicate filter) {
        long[] word = new long[1];
        s.markWordsStartingWith(query, filter, word);
        return Bitmaps.first(10, word);
    }

    /** A word start after the first character: right after a character that is not a letter or digit. */
    private static boolean startsAnInnerWord(String name, String query) {
        for (int at = 1; at < name.length(); at++) {
            if (!Character.isLetterOrDigit(name.charAt(at - 1)) && name.startsWith(query, at)) {
                return true;
            }
        }
        return false;
    }

    /** Short names over few characters, so that many share a start; empty ones among them. */
    private static String name(Random random) {
        String letters = "aab b-c 深";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }
}
