package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueSource;
import dev.paperboy.catalogue.LocalizedText;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.catalogue.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Domain records to embeds, in the reader's language ({@link Messages#language()}: the list's
 * text or its English). Every text is cut to Discord's limit for its place, so Discord never
 * rejects a reply whatever the catalogue holds.
 */
final class Cards {

    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int AUTHOR = MessageEmbed.AUTHOR_MAX_LENGTH;
    /** The source's name and licence; far under Discord's 2,048 so cards stay within a message's 6,000. */
    static final int FOOTER = 200;
    static final int LIST_NAME = 100;
    static final int LIST_VALUE = 560;
    /**
     * A resource card's summary: long enough for every summary of the list in full, the English
     * ones too (they run half again as long as the Chinese: 1,108 characters for the longest),
     * far under an embed's 4,096. Pages split by the 6,000 characters of a message.
     */
    static final int SUMMARY = 1200;
    static final int NOTE = 600;
    /** How many papers one list embed shows: the list reads like a table of contents. */
    static final int PAPERS_PER_LIST = 8;

    private static final int PAPER_COLOR = 0x5865F2;
    private static final int[] SECTION_COLORS = {0x57F287, 0xFEE75C, 0xEB459E, 0xED4245, 0x3BA55C, 0xFAA61A};

    private final Catalogue catalogue;
    private final String footer;

    Cards(Catalogue catalogue) {
        this.catalogue = catalogue;
        CatalogueSource s = catalogue.source();
        this.footer = s == null ? null : Texts.cut(s.name() + " · " + s.licence(), FOOTER);
    }

    MessageEmbed resource(Resource r, Messages m) {
        LocalizedText text = catalogue.in(m.language());
        String summary = bullets(text.summary(r), marker(text.isEarlierEnglish(r), m));
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(Texts.cut(text.title(r), TITLE), r.url())
                .setDescription(summary)
                .setColor(sectionColor(r.section()))
                .setFooter(footer);
        catalogue.section(r.section()).ifPresent(s -> e.setAuthor(Texts.cut(sectionName(s, m), AUTHOR)));
        if (r.image() != null) {
            e.setImage(r.image());
        }
        return e.build();
    }

    MessageEmbed paper(Paper p, Messages m) {
        return paperBuilder(p, m).build();
    }

    /**
     * The paper of the day: the card, with its place in the list above the title. Its timestamp is the due instant of its day: Discord shows it as the
     * post's date, and it is the marker that tells this post from any other message showing the
     * same paper (a {@code /paper} reply carries none), whatever the language of its text.
     */
    MessageEmbed dailyPaper(Paper p, int position, int total, Instant due, Messages m) {
        return paperBuilder(p, m)
                .setAuthor(Texts.cut(m.get("paper.of.the.day", position, total), AUTHOR))
                .setTimestamp(due)
                .build();
    }

    private EmbedBuilder paperBuilder(Paper p, Messages m) {
        LocalizedText text = catalogue.in(m.language());
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(Texts.cut(p.title(), TITLE), p.url())
                .setColor(PAPER_COLOR)
                .addField(m.get("paper.date"), p.date(), true)
                .addField(m.get("paper.area"), areaName(p), true)
                .setFooter(footer);
        String note = text.note(p);
        if (note != null) {
            e.setDescription(withMarker(Texts.cutMarkdown(note, NOTE), marker(text.isEarlierEnglish(p), m)));
        }
        return e;
    }

    /** One embed listing several papers, one field each, for results too many for cards. */
    MessageEmbed paperList(List<Paper> papers, String heading, Messages m) {
        LocalizedText text = catalogue.in(m.language());
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(Texts.cut(heading, TITLE))
                .setColor(PAPER_COLOR)
                .setFooter(footer);
        for (Paper p : papers) {
            String name = p.date() + " · " + areaName(p) + (p.shortName() != null ? " · " + p.shortName() : "");
            StringBuilder value = new StringBuilder()
                    .append('[').append(linkText(p.title())).append("](").append(p.url()).append(')');
            String note = text.note(p);
            if (note != null) {
                value.append('\n').append(withMarker(Texts.cutMarkdown(firstLine(note), 200),
                        marker(text.isEarlierEnglish(p), m)));
            }
            // 8 fields of at most 660 characters, a title and a footer stay under a message's 6,000
            e.addField(Texts.cut(name, LIST_NAME), Texts.cut(value.toString(), LIST_VALUE), false);
        }
        return e.build();
    }

    MessageEmbed overview(Messages m) {
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(m.get("overview.title"))
                .setDescription(m.get("overview.description"))
                .setColor(PAPER_COLOR)
                .setFooter(footer);
        StringBuilder sections = new StringBuilder();
        for (Section s : catalogue.resourceSections()) {
            sections.append("• `").append(s.key()).append("` ")
                    .append(m.get("overview.section", sectionName(s, m), catalogue.resourcesIn(s.key()).size()))
                    .append('\n');
        }
        e.addField(m.get("resources.section"), Texts.cut(sections.toString(), FIELD_VALUE), false);
        if (!catalogue.papers().isEmpty()) {
            StringBuilder areas = new StringBuilder();
            for (String area : catalogue.areas()) {
                if (areas.length() > 0) {
                    areas.append(", ");
                }
                areas.append(area.toUpperCase(Locale.ROOT)).append(' ').append(catalogue.chronologicalPapers(area).size());
            }
            e.addField(m.get("papers.list.title"),
                    Texts.cut(m.get("overview.papers", catalogue.papers().size(), areas), FIELD_VALUE), false);
        }
        return e.build();
    }

    static String sectionName(Section s, Messages m) {
        if (s.title() == null) {
            return s.key();
        }
        // both names help: the list is in Chinese, many members read English
        return m.chinese() ? s.title().zhTw() + " " + s.title().en() : s.title().en() + " · " + s.title().zhTw();
    }

    private static String areaName(Paper p) {
        String area = p.area().toUpperCase(Locale.ROOT);
        return p.subArea() == null ? area : area + " / " + p.subArea();
    }

    /** The bullets, cut to fit, and the marker (or null) on a line of its own that is never cut off. */
    private static String bullets(List<String> summary, String marker) {
        if (summary.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (String line : summary) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append("• ").append(line);
        }
        return withMarker(Texts.cutMarkdown(s.toString(), SUMMARY), marker);
    }

    /** Said under English written for an earlier text of the list, so the reader knows it may lag. */
    private static String marker(boolean earlierEnglish, Messages m) {
        return earlierEnglish ? m.get("english.earlier") : null;
    }

    private static String withMarker(String text, String marker) {
        return marker == null ? text : text + "\n" + marker;
    }

    private static String linkText(String title) {
        // brackets inside a markdown link's text would end it early
        return title.replace("[", "(").replace("]", ")");
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static int sectionColor(String key) {
        return SECTION_COLORS[Math.floorMod(key.hashCode(), SECTION_COLORS.length)];
    }
}
