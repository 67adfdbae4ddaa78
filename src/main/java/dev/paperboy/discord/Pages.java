package dev.paperboy.discord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Splits results into messages Discord accepts (10 embeds, 6,000 characters of embeds) and adds
 * the page buttons. The split depends only on the results, so page N is the same page N when
 * a button is pressed days later.
 */
final class Pages {

    static final int MAX_EMBEDS = Message.MAX_EMBED_COUNT;
    static final int MAX_CHARACTERS = MessageEmbed.EMBED_MAX_LENGTH_BOT;

    private Pages() {
    }

    /** Greedy packing in order: a page takes embeds while both limits hold. */
    static List<List<MessageEmbed>> pack(List<MessageEmbed> embeds, int maxPerPage) {
        List<List<MessageEmbed>> pages = new ArrayList<>();
        List<MessageEmbed> page = new ArrayList<>();
        int characters = 0;
        for (MessageEmbed e : embeds) {
            int length = e.getLength();
            if (!page.isEmpty() && (page.size() == Math.min(maxPerPage, MAX_EMBEDS) || characters + length > MAX_CHARACTERS)) {
                pages.add(page);
                page = new ArrayList<>();
                characters = 0;
            }
            page.add(e);
            characters += length;
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * Page {@code token.page()} (1-based) of the results, with buttons when there is more than one.
     * A page number past the end (the catalogue shrank since) shows the last page.
     */
    static Reply reply(Optional<String> content, List<MessageEmbed> embeds, int maxPerPage, PageToken token, Messages m) {
        return reply(content, embeds, List.of(), maxPerPage, token, m);
    }

    /**
     * The same, with the mark buttons of the items each embed shows ({@code targets}, one list per
     * embed, or empty for none) under the page that shows them.
     */
    static Reply reply(Optional<String> content, List<MessageEmbed> embeds, List<List<MarkButtons.Target>> targets,
                       int maxPerPage, PageToken token, Messages m) {
        List<List<MessageEmbed>> pages = pack(embeds, maxPerPage);
        if (pages.isEmpty()) {
            return new Reply(content, List.of(), List.of(), false);
        }
        int page = Math.max(1, Math.min(token.page(), pages.size()));
        List<MessageEmbed> shown = withoutSharedUrls(pages.get(page - 1));
        List<List<Button>> marks = targets.isEmpty() ? List.of()
                : MarkButtons.rows(targetsOf(pages, page, targets), m);
        if (pages.size() == 1) {
            return new Reply(content, shown, List.of(), false).withMarkRows(marks);
        }
        List<Button> buttons = List.of(
                Button.secondary(token.at(page - 1).id(), "◀ " + m.get("page.previous")).withDisabled(page == 1),
                Button.secondary(PageToken.INDICATOR, m.get("page.indicator", page, pages.size()))
                        .asDisabled(),
                Button.secondary(token.at(page + 1).id(), m.get("page.next") + " ▶").withDisabled(page == pages.size()));
        return new Reply(content, shown, buttons, false).withMarkRows(marks);
    }

    /** The targets of the embeds on page {@code page}: pages hold the embeds in order. */
    private static List<MarkButtons.Target> targetsOf(List<List<MessageEmbed>> pages, int page,
                                                      List<List<MarkButtons.Target>> targets) {
        int first = 0;
        for (int i = 0; i < page - 1; i++) {
            first += pages.get(i).size();
        }
        List<MarkButtons.Target> out = new ArrayList<>();
        for (int i = first; i < first + pages.get(page - 1).size() && i < targets.size(); i++) {
            out.addAll(targets.get(i));
        }
        return out;
    }

    /** Discord shows embeds that share a url as one; keep the first's link and drop the others'. */
    private static List<MessageEmbed> withoutSharedUrls(List<MessageEmbed> page) {
        Set<String> seen = new HashSet<>();
        List<MessageEmbed> out = new ArrayList<>(page.size());
        for (MessageEmbed e : page) {
            if (e.getUrl() == null || seen.add(e.getUrl())) {
                out.add(e);
            } else {
                out.add(new EmbedBuilder(e).setUrl(null).build());
            }
        }
        return out;
    }
}
