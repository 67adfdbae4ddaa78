package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Texts;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.PostedPaper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * A page of {@code /daily history}: the papers the server got, newest first, each with a jump
 * link to its post. Pages are read from the history by offset, so a page button pressed later
 * shows that page of the history as it is then; the button carries the guild
 * ({@code pg:daily:<owner>:<page>:<guild>}) and only the one who asked can turn it.
 */
final class DailyHistoryPage {

    static final int PER_PAGE = 10;
    private static final int COLOR = 0x5865F2;

    private DailyHistoryPage() {
    }

    static Reply of(DailyScheduler scheduler, Catalogue catalogue, long guildId, long owner, int page, Messages m) {
        int count = scheduler.historyCount(guildId);
        if (count == 0) {
            return Reply.error(m.get("daily.history.none"));
        }
        int pages = (count + PER_PAGE - 1) / PER_PAGE;
        int p = Math.max(1, Math.min(page, pages));
        List<PostedPaper> posts = scheduler.history(guildId, (p - 1) * PER_PAGE, PER_PAGE);
        Map<String, Paper> papers = catalogue.papers().stream()
                .collect(Collectors.toMap(Paper::id, Function.identity(), (a, b) -> a));
        StringBuilder lines = new StringBuilder();
        for (PostedPaper post : posts) {
            Paper paper = papers.get(post.paperId());
            String name = paper == null ? post.paperId() : Texts.cut(paper.displayName(), 80);
            String line = post.messageId() == null
                    ? m.get("daily.history.line.unlinked", post.day(), "<#" + post.channelId() + ">", name)
                    : m.get("daily.history.line", post.day(), "<#" + post.channelId() + ">", name,
                            jumpLink(post));
            lines.append(line).append('\n');
        }
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(m.get("daily.history.title"))
                .setColor(COLOR)
                .setDescription(Texts.cut(lines.toString().strip(), Cards.DESCRIPTION))
                .setFooter(m.get("daily.history.count", count));
        List<Button> buttons = List.of();
        if (pages > 1) {
            PageToken token = new PageToken(DailyCommand.NAME, owner, p, List.of(Long.toUnsignedString(guildId)));
            buttons = List.of(
                    Button.secondary(token.at(p - 1).id(), "◀ " + m.get("page.previous")).withDisabled(p == 1),
                    Button.secondary(PageToken.INDICATOR, m.get("page.indicator", p, pages)).asDisabled(),
                    Button.secondary(token.at(p + 1).id(), m.get("page.next") + " ▶").withDisabled(p == pages));
        }
        return new Reply(Optional.empty(), List.of(e.build()), buttons, true);
    }

    /** Discord's link to a message: opens the channel at the post. */
    static String jumpLink(PostedPaper post) {
        return "https://discord.com/channels/" + Long.toUnsignedString(post.guildId()) + "/"
                + Long.toUnsignedString(post.channelId()) + "/" + post.messageId();
    }
}
