package dev.paperboy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTokenTest {

    @Test
    void roundTripsWithFreeTextContainingColons() {
        PageToken t = new PageToken("paper", 123456789012345678L, 3, List.of("nlp", "2018", "a:b:c"));
        assertThat(PageToken.parse(t.id(), 3)).contains(t);
    }

    @Test
    void emptyArgumentsSurvive() {
        PageToken t = new PageToken("resource", 1L, 2, List.of("", ""));
        assertThat(PageToken.parse(t.id(), 2)).contains(t);
    }

    @Test
    void neverLongerThanDiscordAllowsEvenWithTheLongestQuery() {
        PageToken t = new PageToken("resource", Long.MAX_VALUE, 9999, List.of("a".repeat(25), "深".repeat(100)));
        assertThat(t.id()).hasSizeLessThanOrEqualTo(100);
        assertThat(PageToken.parse(t.id(), 2).orElseThrow().args().get(1)).startsWith("深深深");
    }

    @Test
    void foreignOrBrokenIdsAreRejected() {
        assertThat(PageToken.parse("other:thing", 2)).isEmpty();
        assertThat(PageToken.parse("pg:paper:notanumber:1:", 3)).isEmpty();
        assertThat(PageToken.commandOf(PageToken.INDICATOR)).isNull();
    }
}
