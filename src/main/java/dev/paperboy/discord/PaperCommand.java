package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.PaperQuery;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.learn.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /paper [area] [year] [query]}: the matching papers, oldest first. */
final class PaperCommand implements BotCommand {

    static final String NAME = "paper";
    static final String AREA = "area";
    static final String YEAR = "year";
    static final String QUERY = "query";
    private static final List<String> PAGED = List.of(AREA, YEAR, QUERY);
    /** Up to this many results show as full cards; more show as a list, a page at a time. */
    static final int MAX_CARDS = 5;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final Catalogue catalogue;
    private final Cards cards;

    PaperCommand(Catalogue catalogue, Cards cards) {
        this.catalogue = catalogue;
        this.cards = cards;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandData definition() {
        OptionData area = new OptionData(OptionType.STRING, AREA, CommandTexts.english("paper.options.area.description"));
        for (String a : catalogue.areas()) {
            area.addChoices(CommandTexts.choice("paper.options.area", a));
        }
        return Commands.slash(NAME, CommandTexts.english("paper.description"))
                .addOptions(area,
                        new OptionData(OptionType.INTEGER, YEAR, CommandTexts.english("paper.options.year.description"))
                                .setRequiredRange(FIRST_YEAR, LAST_YEAR),
                        new OptionData(OptionType.STRING, QUERY, CommandTexts.english("paper.options.query.description"),
                                false, true).setMaxLength(100))
                .setLocalizationFunction(CommandTexts.LOCALIZATION);
    }

    @Override
    public List<String> pagedOptions() {
        return PAGED;
    }

    @Override
    public Reply answer(CommandRequest r, int page) {
        return render(r.option(AREA), r.option(YEAR), r.option(QUERY), r.messages(), pageOf(r, page));
    }

    static MarkButtons.Target target(Paper p) {
        return new MarkButtons.Target(Item.paper(p.id()), p.displayName());
    }

    @Override
    public List<Suggestion> suggest(CommandRequest r, String focusedOption, String typed) {
        if (!QUERY.equals(focusedOption)) {
            return List.of();
        }
        String area = r.option(AREA) != null && catalogue.areas().contains(r.option(AREA)) ? r.option(AREA) : null;
        Integer year = parseYear(r.option(YEAR));
        List<Suggestion> within = catalogue.suggestPapers(typed, area, year);
        // a year typed before the words should narrow, not empty, the list
        return within.isEmpty() && year != null ? catalogue.suggestPapers(typed, area, null) : within;
    }

    private Reply render(String area, String yearText, String query, Messages m, PageToken token) {
        if (area != null && !catalogue.areas().contains(area)) {
            return Reply.error(m.get("error.unknown.area", UserText.escape(area), areaKeys()));
        }
        Integer year = parseYear(yearText);
        if (yearText != null && (year == null || !yearsOf(area).contains(year))) {
            return Reply.error(m.get("error.year", UserText.escape(yearText),
                    yearsOf(area).stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        List<Paper> found = catalogue.findPapers(new PaperQuery(area, year, query));
        if (found.isEmpty()) {
            return nothingFound(area, year, query, m);
        }
        if (found.size() <= MAX_CARDS) {
            return Pages.reply(Optional.empty(), found.stream().map(p -> cards.paper(p, m)).toList(),
                    found.stream().map(p -> List.of(target(p))).toList(), Pages.MAX_EMBEDS, token, m);
        }
        String heading = heading(area, year, query, m) + " — " + m.get("papers.count", found.size());
        List<MessageEmbed> lists = new ArrayList<>();
        List<List<MarkButtons.Target>> targets = new ArrayList<>();
        for (int i = 0; i < found.size(); i += Cards.PAPERS_PER_LIST) {
            List<Paper> listed = found.subList(i, Math.min(found.size(), i + Cards.PAPERS_PER_LIST));
            lists.add(cards.paperList(listed, heading, m));
            targets.add(listed.stream().map(PaperCommand::target).toList());
        }
        return Pages.reply(Optional.empty(), lists, targets, 1, token, m);
    }

    private Reply nothingFound(String area, Integer year, String query, Messages m) {
        String filter = filterText(area, year, query);
        if (query != null) {
            List<Suggestion> close = catalogue.suggestPapers(query.substring(0, Math.min(3, query.length())), area, null);
            if (!close.isEmpty()) {
                return Reply.error(m.get("error.nothing.papers.close", filter, close.stream().limit(3)
                        .map(s -> "“" + UserText.escape(s.name()) + "”").collect(Collectors.joining(", "))));
            }
        }
        List<Paper> all = catalogue.chronologicalPapers();
        if (all.isEmpty()) {
            return Reply.error(m.get("error.nothing.papers", filter, 0, "-", "-"));
        }
        return Reply.error(m.get("error.nothing.papers", filter, all.size(), String.valueOf(all.get(0).year()),
                String.valueOf(all.get(all.size() - 1).year())));
    }

    private String heading(String area, Integer year, String query, Messages m) {
        if (area == null && year == null && query == null) {
            return m.get("papers.list.title");
        }
        return m.get("papers.list.filter", filterText(area, year, query));
    }

    private static String filterText(String area, Integer year, String query) {
        List<String> parts = new ArrayList<>();
        if (area != null) {
            parts.add(area.toUpperCase(Locale.ROOT));
        }
        if (year != null) {
            parts.add(String.valueOf(year));
        }
        if (query != null) {
            parts.add("“" + UserText.escape(query) + "”");
        }
        return String.join(" · ", parts);
    }

    private TreeSet<Integer> yearsOf(String area) {
        return catalogue.chronologicalPapers(area).stream().map(Paper::year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private String areaKeys() {
        return catalogue.areas().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
    }

    private static Integer parseYear(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
