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
    void aPageIdReadsBackAsTheRequestThatMadeItUnderTheSameOptionNames() {
        List<String> paged = List.of("area", "year", "query");
        CommandRequest asked = new CommandRequest("paper", null, java.util.Map.of("area", "cv", "query", "gan"),
                Messages.ENGLISH, 42L);
        PageToken page3 = PageToken.of("paper", paged, asked, 3);
        PageToken read = PageToken.parse(page3.id(), paged.size()).orElseThrow();
        CommandRequest back = read.request(paged, Messages.ENGLISH);
        assertThat(back.options()).isEqualTo(asked.options());
        assertThat(back.userId()).isEqualTo(42L);
        assertThat(read.page()).isEqualTo(3);
    }

    @Test
    void foreignOrBrokenIdsAreRejected() {
        assertThat(PageToken.parse("other:thing", 2)).isEmpty();
        assertThat(PageToken.parse("pg:paper:notanumber:1:", 3)).isEmpty();
        assertThat(PageToken.commandOf(PageToken.INDICATOR)).isNull();
    }
}
