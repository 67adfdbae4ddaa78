package dev.paperboy.discord;

import static dev.paperboy.discord.Interactions.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.English;
import dev.paperboy.catalogue.Language;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.catalogue.Shipped;
import dev.paperboy.daily.DailyPost;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Cards, lists and the paper of the day in the reader's language: English around English, the list's text for Chinese. */
class EnglishCardsTest {

    final InteractionRouter router = CommandRegistry.forCatalogue(SEED).router();

    @Test
    void anEnglishResourceCoursesReplyHasNoChineseOutsideNamesAndLinks() {
        Interactions.Answer a = Interactions.slash(router, 1L, DiscordLocale.ENGLISH_US, "resource", Map.of("section", "courses"));
        assertThat(a.data().getEmbeds()).hasSize(5);
        assertThat(chineseIn(a)).isEmpty();
        assertThat(a.data().getEmbeds()).extracting(MessageEmbed::getTitle)
                .contains("Prof. Hung-yi Lee's Machine Learning / Deep Learning Courses");
    }

    @Test
    void anEnglishPaperNlp2018ReplyHasNoChineseOutsideNamesAndLinks() {
        Interactions.Answer a = Interactions.slash(router, 1L, DiscordLocale.ENGLISH_US, "paper", Map.of("area", "nlp", "year", 2018));
        assertThat(a.data().getEmbeds()).hasSize(4);
        assertThat(chineseIn(a)).isEmpty();
        assertThat(a.data().getEmbeds().get(3).getDescription()).startsWith("Google's brute-force aesthetic");
    }

    @Test
    void chineseReadersGetTheListsTextOnTheSameCardsTraditionalAndSimplified() {
        Resource lee = SEED.resourcesIn("courses").get(0);
        for (DiscordLocale locale : List.of(DiscordLocale.CHINESE_TAIWAN, DiscordLocale.CHINESE_CHINA)) {
            Interactions.Answer a = Interactions.slash(router, 1L, locale, "resource", Map.of("section", "courses"));
            assertThat(a.data().getEmbeds()).extracting(MessageEmbed::getTitle).as(locale.getLocale())
                    .containsExactlyElementsOf(SEED.resourcesIn("courses").stream().map(Resource::title).toList());
            assertThat(a.data().getEmbeds().get(0).getDescription()).startsWith("• " + lee.summary().get(0).substring(0, 10));
        }
        Interactions.Answer en = Interactions.slash(router, 1L, DiscordLocale.ENGLISH_US, "resource", Map.of("section", "courses"));
        Interactions.Answer zh = Interactions.slash(router, 1L, DiscordLocale.CHINESE_TAIWAN, "resource", Map.of("section", "courses"));
        assertThat(zh.data().getEmbeds()).extracting(MessageEmbed::getUrl)
                .containsExactlyElementsOf(en.data().getEmbeds().stream().map(MessageEmbed::getUrl).toList());
    }

    @Test
    void theListOfPapersShowsTheEnglishNotesToEnglishReaders() {
        Interactions.Answer en = Interactions.slash(router, 1L, DiscordLocale.ENGLISH_US, "paper", Map.of("area", "nlp"));
        Interactions.Answer zh = Interactions.slash(router, 1L, DiscordLocale.CHINESE_TAIWAN, "paper", Map.of("area", "nlp"));
        String enText = fieldsOf(en.data().getEmbeds());
        assertThat(enText).contains("Proposes an unsupervised pre-training method");
        assertThat(fieldsOf(zh.data().getEmbeds())).contains("推出一套無監督式的預訓練方法");
        assertThat(chineseIn(en)).isEmpty();
    }

    @Test
    void englishForAnEarlierTextOfTheListIsShownWithAMarkerUntilTheListsLinksChange() {
        Resource colab = SEED.resources().stream().filter(r -> r.id().equals("colaboratory")).findFirst().orElseThrow();
        String drive = "[Google Drive](https://colab.research.google.com/notebooks/io.ipynb)";
        assertThat(colab.summary().get(1)).contains(drive);
        String shipped = SEED.english().resource("colaboratory").summary().get(0);

        Resource reworded = changed(colab, "也能連結 " + drive + "，同步筆記本");
        Cards cards = new Cards(withList(colab, reworded));
        assertThat(cards.resource(reworded, Messages.ENGLISH).getDescription())
                .startsWith("• " + shipped.substring(0, 40)).endsWith("\n" + Messages.ENGLISH.get("english.earlier"));
        assertThat(cards.resource(reworded, Messages.CHINESE).getDescription()).contains("同步筆記本")
                .doesNotContain(Messages.CHINESE.get("english.earlier"));

        // the list now links elsewhere: the earlier English would send readers to the old address
        Resource relinked = changed(colab, "也能連結 [Google Drive](https://drive.google.com/)");
        assertThat(new Cards(withList(colab, relinked)).resource(relinked, Messages.ENGLISH).getDescription())
                .contains("https://drive.google.com/").doesNotContain(Messages.ENGLISH.get("english.earlier"));
    }

    private static Resource changed(Resource r, String secondBullet) {
        return new Resource(r.id(), r.section(), r.title(), r.url(), r.image(), List.of(r.summary().get(0), secondBullet));
    }

    /** The seed with {@code was} replaced by {@code now}, and the seed's English. */
    private static Catalogue withList(Resource was, Resource now) {
        List<Resource> resources = new ArrayList<>(SEED.resources());
        resources.set(resources.indexOf(was), now);
        return Catalogue.of(SEED.source(), SEED.sections(), resources, SEED.papers()).withEnglish(SEED.english());
    }

    @Test
    void thePaperOfTheDayReadsInTheGuildsLanguage() throws Exception {
        Paper bert = SEED.papers().stream().filter(p -> p.id().equals("bert")).findFirst().orElseThrow();
        assertThat(dailyCard(bert, DiscordLocale.ENGLISH_UK).getDescription())
                .isEqualTo(SEED.in(Language.ENGLISH).note(bert)).startsWith("Google's");
        assertThat(dailyCard(bert, DiscordLocale.CHINESE_TAIWAN).getDescription()).isEqualTo(bert.note());
        assertThat(dailyCard(bert, DiscordLocale.CHINESE_CHINA).getDescription()).isEqualTo(bert.note());
    }

    @Test
    void aCatalogueWithoutEnglishShowsEnglishReadersTheListsText() {
        Catalogue listOnly = SEED.withEnglish(English.NONE);
        Paper bert = listOnly.papers().stream().filter(p -> p.id().equals("bert")).findFirst().orElseThrow();
        assertThat(new Cards(listOnly).paper(bert, Messages.ENGLISH).getDescription()).isEqualTo(bert.note());
    }

    /** The card DiscordPoster sends to a guild of {@code locale}, through JDA's interfaces. */
    private static MessageEmbed dailyCard(Paper paper, DiscordLocale locale) throws Exception {
        ShardManager shards = mock(ShardManager.class);
        Guild guild = mock(Guild.class);
        TextChannel channel = mock(TextChannel.class);
        // every permission granted
        SelfMember self = mock(SelfMember.class, i -> i.getMethod().getReturnType() == boolean.class ? Boolean.TRUE
                : RETURNS_DEFAULTS.answer(i));
        MessageCreateAction action = mock(MessageCreateAction.class);
        Message sent = mock(Message.class);
        when(shards.getGuildById(1L)).thenReturn(guild);
        when(guild.getTextChannelById(2L)).thenReturn(channel);
        when(guild.getSelfMember()).thenReturn(self);
        when(guild.getLocale()).thenReturn(locale);
        when(channel.getGuild()).thenReturn(guild);
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        when(channel.sendMessage(data.capture())).thenReturn(action);
        when(action.setNonce(any())).thenReturn(action);
        when(action.timeout(anyLong(), any(TimeUnit.class))).thenReturn(action);
        when(action.complete(false)).thenReturn(sent);
        when(sent.getId()).thenReturn("3");
        DiscordPoster poster = new DiscordPoster(new Cards(SEED));
        poster.connect(shards);
        poster.post(new DailyPost(1L, 2L, paper, 1, 36, "n", LocalDate.of(2026, 1, 1), Instant.EPOCH, Instant.EPOCH,
                null, false));
        return data.getValue().getEmbeds().get(0);
    }

    /** The Chinese a reader sees in an answer, outside link targets and the sections' Chinese names. */
    private static List<String> chineseIn(Interactions.Answer a) {
        List<String> texts = new ArrayList<>();
        texts.add(a.data().getContent());
        for (MessageEmbed e : a.data().getEmbeds()) {
            texts.add(e.getTitle());
            texts.add(e.getDescription());
            texts.add(e.getAuthor() == null ? null : e.getAuthor().getName());
            texts.add(e.getFooter() == null ? null : e.getFooter().getText());
            e.getFields().forEach(f -> {
                texts.add(f.getName());
                texts.add(f.getValue());
            });
        }
        CatalogueCommandsTest.buttons(a.data().getComponents()).stream().map(Button::getLabel).forEach(texts::add);
        List<String> chinese = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String seen = text;
            for (Section s : SEED.sections()) {
                seen = seen.replace(s.title().zhTw(), "");
            }
            if (Shipped.hasChineseOutsideLinks(seen)) {
                chinese.add(text);
            }
        }
        return chinese;
    }

    private static String fieldsOf(List<MessageEmbed> embeds) {
        StringBuilder s = new StringBuilder();
        embeds.forEach(e -> e.getFields().forEach(f -> s.append(f.getValue()).append('\n')));
        return s.toString();
    }
}
