package dev.paperboy.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ItemTest {

    /** The rule the hand-written check stands for, as the catalogue states it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    @Test
    void theHandWrittenIdCheckAgreesWithTheCataloguesPatternOnEdgeCases() {
        List<String> ids = List.of("lenet-5", "a", "-", "0", "z9-", "A", "lenet_5", "lenet 5", "ü", "é", "",
                "a".repeat(64), "a".repeat(65), "p.x", "x/y", "ａ", "９", "\u0000", "a\n");
        for (String id : ids) {
            assertThat(Item.isId(id)).as(id).isEqualTo(ID.matcher(id).matches());
        }
        assertThat(Item.isId(null)).isFalse();
    }

    @Test
    void keysParseBackToTheirItemsAndAnythingElseIsNotAnItem() {
        assertThat(Item.parse("p.lenet-5")).isEqualTo(Item.paper("lenet-5"));
        assertThat(Item.parse("r.deep-playground")).isEqualTo(Item.resource("deep-playground"));
        assertThat(Item.paper("bert").key()).isEqualTo("p.bert");
        for (String key : new String[] {null, "", "p.", "p", "x.bert", "p.BERT", "pbert", "p.bert!", "r." + "a".repeat(65)}) {
            assertThat(Item.parse(key)).as(String.valueOf(key)).isNull();
        }
        assertThatThrownBy(() -> Item.paper("Bert")).isInstanceOf(IllegalArgumentException.class);
    }
}
