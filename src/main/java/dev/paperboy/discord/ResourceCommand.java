package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.catalogue.Texts;
import dev.paperboy.learn.Item;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /resource [section] [query]}: the cards of a section, the resources matching words, or an overview. */
final class ResourceCommand implements BotCommand {

    static final String NAME = "resource";
    static final String SECTION = "section";
    static final String QUERY = "query";
    private static final List<String> PAGED = List.of(SECTION, QUERY);

    private final Catalogue catalogue;
    private final Cards cards;

    ResourceCommand(Catalogue catalogue, Cards cards) {
        this.catalogue = catalogue;
        this.cards = cards;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandData definition() {
        OptionData section = new OptionData(OptionType.STRING, SECTION,
                CommandTexts.english("resource.options.section.description"), false);
        for (Section s : catalogue.resourceSections()) {
            section.addChoices(CommandTexts.choice(s.key(), Texts.cut(s.title().en(), 100),
                    Texts.cut(s.title().zhTw(), 100)));
        }
        return Commands.slash(NAME, CommandTexts.english("resource.description"))
                .addOptions(section,
                        new OptionData(OptionType.STRING, QUERY, CommandTexts.english("resource.options.query.description"),
                                false, true).setMaxLength(100))
                .setLocalizationFunction(CommandTexts.LOCALIZATION);
    }

    @Override
    public List<String> pagedOptions() {
        return PAGED;
    }

    @Override
    public Reply answer(CommandRequest request, int page) {
        return render(request.option(SECTION), request.option(QUERY), request.messages(), pageOf(request, page));
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String focusedOption, String typed) {
        if (!QUERY.equals(focusedOption)) {
            return List.of();
        }
        String section = request.option(SECTION);
        return catalogue.suggestResources(typed, catalogue.section(section).isPresent() ? section : null,
                request.messages().language());
    }

    private Reply render(String section, String query, Messages m, PageToken token) {
        if (section == null && query == null) {
            return Reply.of(List.of(cards.overview(m)));
        }
        if (section != null && catalogue.resourceSections().stream().noneMatch(s -> s.key().equals(section))) {
            return Reply.error(m.get("error.unknown.section", UserText.escape(section), sectionKeys()));
        }
        List<Resource> found = query == null ? catalogue.resourcesIn(section)
                : catalogue.searchResources(query).stream()
                        .filter(r -> section == null || r.section().equals(section)).toList();
        if (found.isEmpty()) {
            return nothingFound(query, m);
        }
        List<MessageEmbed> embeds = found.stream().map(r -> cards.resource(r, m)).toList();
        Optional<String> content = Optional.ofNullable(query).map(q -> m.get("resources.found", found.size(), UserText.escape(q)));
        List<List<MarkButtons.Target>> targets = found.stream()
                .map(r -> List.of(new MarkButtons.Target(Item.resource(r.id()), catalogue.in(m.language()).title(r))))
                .toList();
        return Pages.reply(content, embeds, targets, MarkButtons.MAX_TARGETS, token, m);
    }

    private Reply nothingFound(String query, Messages m) {
        // the closest titles by their first word: a typo in the middle still finds its neighbours
        String firstWord = query.strip().split("\\s+")[0];
        String prefix = firstWord.substring(0, Math.min(3, firstWord.length()));
        List<Suggestion> close = catalogue.suggestResources(prefix, null, m.language()).stream().limit(3).toList();
        if (close.isEmpty()) {
            return Reply.error(m.get("error.nothing.resources", UserText.escape(query), sectionKeys()));
        }
        return Reply.error(m.get("error.nothing.resources.close", UserText.escape(query),
                close.stream().map(s -> "“" + UserText.escape(s.name()) + "”").collect(Collectors.joining(", "))));
    }

    private String sectionKeys() {
        return catalogue.resourceSections().stream().map(s -> "`" + s.key() + "`").collect(Collectors.joining(", "));
    }
}
