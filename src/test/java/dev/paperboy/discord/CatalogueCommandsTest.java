package dev.paperboy.discord;

import static dev.paperboy.discord.Interactions.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Language;
import dev.paperboy.catalogue.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class CatalogueCommandsTest {

    static final long ALICE = 111L;
    static final long BOB = 222L;
    final InteractionRouter router = CommandRegistry.forCatalogue(SEED).router();

    @Test
    void resourceCoursesGivesTheFiveCoursesAsCardsWithImages() {
        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource",
                Map.of("section", "courses"));
        List<MessageEmbed> embeds = a.data().getEmbeds();
        assertThat(a.ephemeral()).isFalse();
        assertThat(embeds).extracting(MessageEmbed::getTitle)
                .containsExactlyElementsOf(SEED.resourcesIn("courses").stream().map(SEED.in(Language.ENGLISH)::title).toList())
                .hasSize(5);
        assertThat(embeds).allSatisfy(e -> {
            assertThat(e.getImage()).isNotNull();
            assertThat(e.getUrl()).startsWith("http");
            assertThat(e.getDescription()).isNotBlank();
            assertThat(e.getFooter().getText()).contains("LeeMeng");
        });
        assertThat(buttons(a.data().getComponents())).as("one page: no page buttons").isEmpty();
        assertThat(allButtons(a.data().getComponents())).extracting(Button::getCustomId)
                .as("Done and Save under each course")
                .containsExactlyElementsOf(SEED.resourcesIn("courses").stream()
                        .flatMap(r -> java.util.stream.Stream.of("mk:done:r." + r.id(), "mk:save:r." + r.id())).toList());
        assertThat(a.data().getAllowedMentions()).isEmpty();
    }

    @Test
    void paperNlp2018GivesUlmfitElmoGptBertInThatOrder() {
        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper",
                Map.of("area", "nlp", "year", 2018));
        assertThat(a.data().getEmbeds()).extracting(MessageEmbed::getUrl).containsExactly(
                "https://arxiv.org/abs/1801.06146", "https://arxiv.org/abs/1802.05365",
                "https://s3-us-west-2.amazonaws.com/openai-assets/research-covers/language-unsupervised/language_understanding_paper.pdf",
                "https://arxiv.org/abs/1810.04805");
        assertThat(a.data().getEmbeds().get(3).getTitle()).startsWith("BERT");
    }

    @Test
    void paperCvPagesThroughAll24PapersEachExactlyOnce() {
        Interactions.Answer first = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper",
                Map.of("area", "cv"));
        List<String> seen = new ArrayList<>(linksOf(first.data().getEmbeds()));
        List<Button> buttons = buttons(first.data().getComponents());
        int pages = 1;
        while (true) {
            Button next = buttons.get(buttons.size() - 1);
            if (next.isDisabled()) {
                break;
            }
            Interactions.Press press = Interactions.button(router, ALICE, DiscordLocale.ENGLISH_US, next.getCustomId());
            assertThat(press.edit()).as("page %d", pages + 1).isNotNull();
            seen.addAll(linksOf(press.edit().getEmbeds()));
            buttons = buttons(press.edit().getComponents());
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).containsExactlyElementsOf(SEED.chronologicalPapers("cv").stream().map(Paper::url).toList());
    }

    @Test
    void onlyTheAskerTurnsThePages() {
        Interactions.Answer first = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        Button next = buttons(first.data().getComponents()).get(2);
        Interactions.Press press = Interactions.button(router, BOB, DiscordLocale.ENGLISH_US, next.getCustomId());
        assertThat(press.edit()).isNull();
        assertThat(press.reply().getContent()).contains("Only the person who asked");
    }

    @Test
    void pagesTurnFromTheIdAloneAsAfterARestart() {
        Interactions.Answer first = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        String nextId = buttons(first.data().getComponents()).get(2).getCustomId();
        InteractionRouter restarted = CommandRegistry.forCatalogue(SEED).router();
        Interactions.Press press = Interactions.button(restarted, ALICE, DiscordLocale.ENGLISH_US, nextId);
        assertThat(press.edit().getEmbeds()).isNotEmpty();
        assertThat(buttons(press.edit().getComponents()).get(1).getLabel()).startsWith("Page 2 / ");
    }

    @Test
    void autocompleteGivesAtMost25ChoicesOfAtMost100Characters() {
        for (String typed : List.of("", "a", "deep", "深度", "x")) {
            List<Command.Choice> r = Interactions.autocomplete(router, "resource", "query", typed, Map.of());
            List<Command.Choice> p = Interactions.autocomplete(router, "paper", "query", typed, Map.of());
            for (List<Command.Choice> choices : List.of(r, p)) {
                assertThat(choices).hasSizeLessThanOrEqualTo(25);
                assertThat(choices).allSatisfy(c -> {
                    assertThat(c.getName()).hasSizeBetween(1, 100);
                    assertThat(c.getAsString()).hasSizeBetween(1, 100);
                });
            }
        }
        assertThat(Interactions.autocomplete(router, "paper", "query", "res", Map.of("area", "cv")))
                .extracting(Command.Choice::getAsString).first().isEqualTo("ResNet");
        assertThat(Interactions.autocomplete(router, "resource", "query", "colab", Map.of()))
                .extracting(Command.Choice::getAsString).first().isEqualTo("Colaboratory");
    }

    @Test
    void chineseUsersGetChineseInterfaceTextAndTheSameContent() {
        Interactions.Answer en = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of("area", "cv"));
        Interactions.Answer zh = Interactions.slash(router, ALICE, DiscordLocale.CHINESE_TAIWAN, "paper", Map.of("area", "cv"));
        Interactions.Answer fr = Interactions.slash(router, ALICE, DiscordLocale.FRENCH, "paper", Map.of("area", "cv"));
        assertThat(buttons(en.data().getComponents()).get(2).getLabel()).isEqualTo("Next ▶");
        assertThat(buttons(zh.data().getComponents()).get(2).getLabel()).isEqualTo("下一頁 ▶");
        assertThat(buttons(fr.data().getComponents()).get(2).getLabel()).isEqualTo("Next ▶");
        assertThat(zh.data().getEmbeds().get(0).getTitle()).contains("經典論文");
        assertThat(linksOf(zh.data().getEmbeds())).isEqualTo(linksOf(en.data().getEmbeds()));

        Interactions.Answer zhError = Interactions.slash(router, ALICE, DiscordLocale.CHINESE_TAIWAN, "paper",
                Map.of("year", 1950));
        assertThat(zhError.ephemeral()).isTrue();
        assertThat(zhError.data().getContent()).startsWith("沒有 1950 年的論文");
    }

    @Test
    void badInputGetsAnEphemeralAnswerThatHelps() {
        Interactions.Answer section = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource",
                Map.of("section", "recipes"));
        assertThat(section.ephemeral()).isTrue();
        assertThat(section.data().getContent()).contains("recipes").contains("`courses`").contains("`tools`");

        Interactions.Answer area = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper",
                Map.of("area", "rl"));
        assertThat(area.data().getContent()).contains("`nlp`, `cv`").contains("rl");

        Interactions.Answer year = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper",
                Map.of("area", "nlp", "year", 1998));
        assertThat(year.data().getContent()).contains("1998").contains("2003").contains("2018");

        Interactions.Answer nothing = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource",
                Map.of("query", "colaboratoyr"));
        assertThat(nothing.ephemeral()).isTrue();
        assertThat(nothing.data().getContent()).contains("Colaboratory");
    }

    @Test
    void echoedUserTextIsEscapedAndPingsNobody() {
        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource",
                Map.of("query", "@everyone **bold** <@123>"));
        assertThat(a.data().getAllowedMentions()).isEmpty();
        assertThat(a.data().getContent()).contains("\\*\\*bold\\*\\*");
    }

    @Test
    void noOptionsGivesAnOverviewWithCounts() {
        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource", Map.of());
        MessageEmbed e = a.data().getEmbeds().get(0);
        String text = e.getFields().stream().map(MessageEmbed.Field::getValue).reduce("", String::concat);
        assertThat(text).contains("`playground`").contains("— 8 resources").contains("36").contains("NLP 12").contains("CV 24");
    }

    @Test
    void aFailingHandlerIsAnsweredWithAnApology() {
        BotCommand broken = new BotCommand() {
            public String name() {
                return "boom";
            }

            public net.dv8tion.jda.api.interactions.commands.build.SlashCommandData definition() {
                return net.dv8tion.jda.api.interactions.commands.build.Commands.slash("boom", "fails");
            }

            public Reply answer(CommandRequest r, int page) {
                throw new IllegalStateException("bug");
            }
        };
        InteractionRouter r = new InteractionRouter(List.of(broken), Cooldown.disabled());
        Interactions.Answer a = Interactions.slash(r, ALICE, DiscordLocale.ENGLISH_US, "boom", Map.of());
        assertThat(a.ephemeral()).isTrue();
        assertThat(a.data().getContent()).startsWith("Sorry");
    }

    @Test
    void spammingCommandsMeetsTheCooldown() {
        InteractionRouter limited = CommandRegistry.of(CommandRegistry.catalogueCommands(SEED), 2, java.time.Duration.ofMinutes(1)).router();
        Interactions.slash(limited, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        Interactions.slash(limited, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        Interactions.Answer third = Interactions.slash(limited, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        assertThat(third.ephemeral()).isTrue();
        assertThat(third.data().getContent()).startsWith("Slow down");
    }

    static List<String> linksOf(List<MessageEmbed> embeds) {
        List<String> links = new ArrayList<>();
        for (MessageEmbed e : embeds) {
            if (e.getFields().isEmpty() || e.getUrl() != null) {
                links.add(e.getUrl());
            } else {
                for (MessageEmbed.Field f : e.getFields()) {
                    String v = f.getValue();
                    links.add(v.substring(v.indexOf("](") + 2, v.indexOf(')', v.indexOf("]("))));
                }
            }
        }
        return links;
    }

    /** The page buttons: the row whose ids turn pages (the mark buttons' rows come before it). */
    static List<Button> buttons(List<? extends net.dv8tion.jda.api.components.MessageTopLevelComponent> rows) {
        return rows.stream().map(r -> (ActionRow) r).map(ActionRow::getButtons)
                .filter(row -> row.stream().anyMatch(b -> b.getCustomId().startsWith("pg:")))
                .findFirst().orElse(List.of());
    }

    /** Every button of every row. */
    static List<Button> allButtons(List<? extends net.dv8tion.jda.api.components.MessageTopLevelComponent> rows) {
        return rows.stream().map(r -> (ActionRow) r).flatMap(r -> r.getButtons().stream()).toList();
    }

}
