package dev.paperboy.discord;

import static dev.paperboy.discord.Interactions.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueSource;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

/** Every reply the catalogue commands can give, on every page, within every limit Discord enforces. */
class DiscordLimitsTest {

    @Test
    void everySectionAreaAndAreaYearReplyOnEveryPageIsWithinDiscordLimits() {
        int replies = checkAll(SEED);
        assertThat(replies).isGreaterThan(SEED.resourceSections().size() + SEED.areas().size());
    }

    @Test
    void anOversizedCatalogueStillGivesRepliesDiscordAccepts() {
        String longText = "深度學習 deep learning ".repeat(400);
        List<Resource> resources = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            resources.add(new Resource("r" + i, "courses", "Course " + i + " " + longText, "https://e.org/" + i,
                    "https://e.org/i.png", List.of(longText, longText, longText)));
            papers.add(new Paper("p" + i, "nlp", "sub-" + longText.length(), 2000 + i % 3, 1 + i % 12,
                    "Paper " + i + " " + longText, "P" + i + longText, "https://e.org/p" + i, longText));
        }
        Catalogue big = Catalogue.of(new CatalogueSource(longText, "https://e.org", longText),
                SEED.sections(), resources, papers);
        checkAll(big);
    }

    private static int checkAll(Catalogue catalogue) {
        InteractionRouter router = CommandRegistry.forCatalogue(catalogue).router();
        List<Map<String, Object>> requests = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (Section s : catalogue.resourceSections()) {
            requests.add(Map.of("section", s.key()));
            commands.add("resource");
        }
        requests.add(Map.of());
        commands.add("resource");
        requests.add(Map.of("query", "deep"));
        commands.add("resource");
        requests.add(Map.of());
        commands.add("paper");
        for (String area : catalogue.areas()) {
            requests.add(Map.of("area", area));
            commands.add("paper");
            for (int year : new TreeSet<>(catalogue.chronologicalPapers(area).stream().map(Paper::year).toList())) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("area", area);
                o.put("year", year);
                requests.add(o);
                commands.add("paper");
            }
        }
        int replies = 0;
        for (DiscordLocale locale : List.of(DiscordLocale.ENGLISH_US, DiscordLocale.CHINESE_TAIWAN)) {
            for (int i = 0; i < requests.size(); i++) {
                Interactions.Answer a = Interactions.slash(router, 1L, locale, commands.get(i), requests.get(i));
                String what = "/" + commands.get(i) + " " + requests.get(i) + " " + locale;
                assertThat(a.ephemeral()).as(what).isFalse();
                List<MessageEmbed> embeds = a.data().getEmbeds();
                List<Button> buttons = CatalogueCommandsTest.buttons(a.data().getComponents());
                checkMessage(what + " page 1", a.data().getContent(), embeds, buttons);
                checkRows(what + " page 1", a.data().getComponents());
                replies++;
                int page = 1;
                while (!buttons.isEmpty() && !buttons.get(2).isDisabled()) {
                    Interactions.Press p = Interactions.button(router, 1L, locale, buttons.get(2).getCustomId());
                    page++;
                    buttons = CatalogueCommandsTest.buttons(p.edit().getComponents());
                    checkMessage(what + " page " + page, p.edit().getContent(), p.edit().getEmbeds(), buttons);
                    checkRows(what + " page " + page, p.edit().getComponents());
                    replies++;
                }
            }
        }
        return replies;
    }

    /** Discord's limits on components: at most 5 rows of at most 5 buttons, ids unique in the message. */
    static void checkRows(String what, List<? extends net.dv8tion.jda.api.components.MessageTopLevelComponent> rows) {
        assertThat(rows).as(what + " rows").hasSizeLessThanOrEqualTo(5);
        for (var row : rows) {
            assertThat(((net.dv8tion.jda.api.components.actionrow.ActionRow) row).getButtons()).as(what + " row")
                    .hasSizeBetween(1, 5);
        }
        List<Button> all = CatalogueCommandsTest.allButtons(rows);
        assertThat(all.stream().map(Button::getCustomId).distinct().count()).as(what + " unique ids in the message")
                .isEqualTo(all.size());
        for (Button b : all) {
            assertThat(b.getCustomId()).as(what + " custom id").hasSizeBetween(1, 100);
            assertThat(b.getLabel()).as(what + " label").hasSizeBetween(1, 80);
        }
    }

    static void checkMessage(String what, String content, List<MessageEmbed> embeds, List<Button> buttons) {
        assertThat(content == null ? "" : content).as(what + " content").hasSizeLessThanOrEqualTo(2000);
        assertThat(embeds).as(what + " embeds").hasSizeBetween(1, 10);
        assertThat(embeds.stream().mapToInt(MessageEmbed::getLength).sum()).as(what + " characters").isLessThanOrEqualTo(6000);
        for (MessageEmbed e : embeds) {
            assertThat(e.isSendable()).as(what + " sendable").isTrue();
            if (e.getTitle() != null) {
                assertThat(e.getTitle()).as(what + " title").hasSizeLessThanOrEqualTo(256);
            }
            if (e.getDescription() != null) {
                assertThat(e.getDescription()).as(what + " description").hasSizeLessThanOrEqualTo(4096);
            }
            if (e.getAuthor() != null) {
                assertThat(e.getAuthor().getName()).as(what + " author").hasSizeLessThanOrEqualTo(256);
            }
            if (e.getFooter() != null) {
                assertThat(e.getFooter().getText()).as(what + " footer").hasSizeLessThanOrEqualTo(2048);
            }
            assertThat(e.getFields()).as(what + " fields").hasSizeLessThanOrEqualTo(25);
            for (MessageEmbed.Field f : e.getFields()) {
                assertThat(f.getName()).as(what + " field name").hasSizeBetween(1, 256);
                assertThat(f.getValue()).as(what + " field value").hasSizeBetween(1, 1024);
            }
        }
        assertThat(buttons).as(what + " buttons").hasSizeLessThanOrEqualTo(5);
        assertThat(buttons.stream().map(Button::getCustomId).distinct().count()).as(what + " unique ids")
                .isEqualTo(buttons.size());
        for (Button b : buttons) {
            assertThat(b.getCustomId()).as(what + " custom id").hasSizeBetween(1, 100);
            assertThat(b.getLabel()).as(what + " label").hasSizeBetween(1, 80);
        }
    }
}
