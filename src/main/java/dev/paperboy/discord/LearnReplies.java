package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Texts;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.LearnPath;
import dev.paperboy.learn.Learner;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.NextStep;
import dev.paperboy.learn.Progress;
import dev.paperboy.learn.ProgressPicture;
import dev.paperboy.learn.ProgressText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;

/** The answers of {@code /learn}, built from a learner's marks, with no Discord event in sight. */
final class LearnReplies {

    static final String PICTURE = "progress.png";
    static final int SAVED_PER_PAGE = 10;
    /** Discord reads an attachment's description aloud, up to this many characters. */
    static final int ALT_TEXT = 1024;
    private static final int COLOR = 0x5BC0EB;

    private final Catalogue catalogue;

    LearnReplies(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code /learn next [area]}: the next paper with why, the next resource, and their buttons. */
    Reply next(Learner learner, String area, Messages m) {
        NextStep step = LearnPath.next(catalogue, learner, area);
        StringBuilder text = new StringBuilder();
        if (step.start()) {
            text.append(m.get("learn.next.start")).append("\n\n");
        }
        List<MarkButtons.Target> targets = new ArrayList<>();
        String areaName = area == null ? null : areaName(area, m);
        if (step.allRead()) {
            text.append(m.get("learn.next.all.read", step.total(),
                    areaName == null ? "" : m.get("learn.next.all.read.area", areaName)));
            for (Paper p : step.newest()) {
                text.append('\n').append(m.get("learn.next.newest", UserText.escape(p.displayName()), p.url(), p.date()));
            }
        } else {
            Paper p = step.paper();
            text.append(m.get("learn.next.paper", UserText.escape(p.displayName()), p.url(), p.date(),
                    areaName(p.area(), m))).append('\n');
            text.append(areaName == null ? m.get("learn.next.why", step.read(), step.total())
                    : m.get("learn.next.why.area", step.read(), step.total(), areaName));
            targets.add(PaperCommand.target(p));
        }
        text.append("\n\n");
        Resource r = step.resource();
        if (r == null) {
            text.append(m.get("learn.next.all.done"));
        } else {
            String section = catalogue.section(r.section()).map(s -> Cards.sectionName(s, m)).orElse(r.section());
            String title = catalogue.in(m.language()).title(r);
            text.append(m.get("learn.next.resource", UserText.escape(title), r.url(), section));
            targets.add(new MarkButtons.Target(Item.resource(r.id()), title));
        }
        EmbedBuilder e = new EmbedBuilder().setTitle(m.get("learn.next.title")).setColor(COLOR)
                .setDescription(Texts.cut(text.toString(), Cards.DESCRIPTION));
        return new Reply(Optional.empty(), List.of(e.build()), List.of(), true)
                .withMarkRows(MarkButtons.rows(targets, m));
    }

    /** {@code /learn progress [user]}: the picture, its figures in text (also its alt text). */
    Reply progress(long userId, Learner learner, Messages m) {
        Progress progress = LearnPath.progress(catalogue, learner);
        Map<String, String> areas = new HashMap<>();
        for (String area : catalogue.areas()) {
            areas.put(area, areaName(area, m));
        }
        ProgressPicture.Labels labels = new ProgressPicture.Labels(
                m.get("learn.progress.picture.title", progress.read(), progress.papers().size()), areas,
                m.get("learn.legend.read"), m.get("learn.legend.saved"), m.get("learn.legend.unread"));
        ProgressText.Words words = new ProgressText.Words(m.get("learn.progress.overall"), m.get("learn.progress.area"),
                m.get("learn.progress.by.year"), m.get("learn.progress.year"), m.get("learn.progress.separator"));
        ProgressText figures = ProgressText.of(progress);
        String alt = figures.format(words, labels, ALT_TEXT);
        String shown = figures.format(words, labels, Cards.DESCRIPTION - 100);
        EmbedBuilder e = new EmbedBuilder().setTitle(m.get("learn.progress.title")).setColor(COLOR)
                .setDescription(m.get("learn.progress.of", Long.toUnsignedString(userId)) + "\n" + shown)
                .setImage("attachment://" + PICTURE);
        return Reply.of(List.of(e.build()))
                .withFiles(List.of(new Reply.Attachment(PICTURE, ProgressPicture.png(progress, labels), alt)));
    }

    /** {@code /learn saved}, page {@code page}: newest first, an item gone from the list named as such. */
    Reply saved(long userId, Learner learner, int page, Messages m) {
        List<Mark> saved = learner.saved();
        if (saved.isEmpty()) {
            return Reply.notice(m.get("learn.saved.empty"));
        }
        int pages = (saved.size() + SAVED_PER_PAGE - 1) / SAVED_PER_PAGE;
        int p = Math.max(1, Math.min(page, pages));
        List<Mark> shown = saved.subList((p - 1) * SAVED_PER_PAGE, Math.min(saved.size(), p * SAVED_PER_PAGE));
        StringBuilder lines = new StringBuilder();
        List<MarkButtons.Target> targets = new ArrayList<>();
        for (Mark mark : shown) {
            lines.append("• ").append(line(mark.item(), m)).append('\n');
            targets.add(new MarkButtons.Target(mark.item(), plainName(mark.item(), m)));
        }
        EmbedBuilder e = new EmbedBuilder().setTitle(m.get("learn.saved.title")).setColor(COLOR)
                .setDescription(Texts.cut(lines.toString().strip(), Cards.DESCRIPTION))
                .setFooter(m.get("learn.saved.count", saved.size()));
        List<Button> buttons = List.of();
        if (pages > 1) {
            PageToken token = new PageToken(LearnCommand.NAME, userId, p, List.of(LearnCommand.SAVED));
            buttons = List.of(
                    Button.secondary(token.at(p - 1).id(), "◀ " + m.get("page.previous")).withDisabled(p == 1),
                    Button.secondary(PageToken.INDICATOR, m.get("page.indicator", p, pages)).asDisabled(),
                    Button.secondary(token.at(p + 1).id(), m.get("page.next") + " ▶").withDisabled(p == pages));
        }
        return new Reply(Optional.empty(), List.of(e.build()), buttons, true)
                .withMarkRows(MarkButtons.rows(targets.subList(0, Math.min(targets.size(), MarkButtons.MAX_TARGETS)),
                        m));
    }

    private String line(Item item, Messages m) {
        if (item.type() == Item.Type.PAPER) {
            return catalogue.paper(item.id())
                    .map(p -> "[" + UserText.escape(p.displayName()) + "](" + p.url() + ") · " + p.date())
                    .orElseGet(() -> m.get("mark.gone", item.id()));
        }
        return catalogue.resource(item.id())
                .map(r -> "[" + UserText.escape(catalogue.in(m.language()).title(r)) + "](" + r.url() + ")")
                .orElseGet(() -> m.get("mark.gone", item.id()));
    }

    private String plainName(Item item, Messages m) {
        return MarkHandler.nameOf(catalogue, item, m);
    }

    static String areaName(String area, Messages m) {
        String key = "learn.area." + area;
        return m.has(key) ? m.get(key) : area.toUpperCase(java.util.Locale.ROOT);
    }
}
