package dev.paperboy.discord;

import dev.paperboy.catalogue.Texts;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.Failure;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The card of {@code /daily status} for one channel, in the reader's language: the schedule,
 * what comes next, and anything that keeps a post from going out (a pause, the last failure, a
 * missing permission seen now, a damaged state file).
 */
final class DailyStatusCard {

    private static final int OK = 0x57F287;
    private static final int TROUBLE = 0xED4245;

    private DailyStatusCard() {
    }

    /**
     * @param missing     permissions the bot lacks in the channel right now, by name; empty when all is well
     * @param roleProblem why the role will not be pinged (deleted, not mentionable), or null
     */
    static MessageEmbed of(SubscriptionStatus s, List<String> missing, String roleProblem, Messages m) {
        boolean trouble = s.paused() || s.lastFailure() != null || !missing.isEmpty() || roleProblem != null;
        EmbedBuilder e = new EmbedBuilder()
                .setTitle(m.get("daily.status.title"))
                .setColor(trouble ? TROUBLE : OK)
                .addField(m.get("daily.status.channel"), "<#" + s.channelId() + ">"
                        + (s.fromConfig() ? " (" + m.get("daily.status.from.config") + ")" : ""), true)
                .addField(m.get("daily.status.schedule"), daysName(s.options().days(), m) + " · " + s.time() + " "
                        + s.zone().getId() + " · " + areaName(s.area(), m), true)
                .addField(m.get("daily.status.role"), roleName(s, m), true)
                .addField(m.get("daily.status.thread"), m.get(s.thread() ? "daily.thread.on" : "daily.thread.off"),
                        true);
        if (roleProblem != null) {
            e.addField(m.get("daily.status.role.problem"), Texts.cut(roleProblem, Cards.FIELD_VALUE), false);
        }
        if (s.nextPost() != null) {
            e.addField(m.get("daily.status.next"), when(s.nextPost()), false);
        }
        if (s.unsettled() != null) {
            e.addField(m.get("daily.status.unsettled"), Texts.cut(m.get("daily.status.unsettled.text",
                    s.unsettledDay(), link(s.unsettled().displayName(), s.unsettled().url())), Cards.FIELD_VALUE), false);
        }
        if (s.nextPaper() != null) {
            e.addField(m.get("daily.status.next.paper"), Texts.cut(s.nextLabel() + " · "
                    + link(s.nextPaper().displayName(), s.nextPaper().url()), Cards.FIELD_VALUE), false);
        } else if (s.noPaper() != null) {
            e.addField(m.get("daily.status.next.paper"), Texts.cut(m.get("daily.no.paper", s.area()),
                    Cards.FIELD_VALUE), false);
        }
        if (s.lastPostedDay() != null) {
            e.addField(m.get("daily.status.last"), s.lastPostedDay().toString(), true);
        }
        if (!missing.isEmpty()) {
            e.addField(m.get("daily.status.permissions"), Texts.cut(m.get("daily.status.permissions.text",
                    String.join(", ", missing)), Cards.FIELD_VALUE), false);
        }
        if (s.lastFailure() != null) {
            e.addField(m.get("daily.status.failure"), Texts.cut(failure(s.lastFailure(), m), Cards.FIELD_VALUE), false);
        }
        if (s.paused()) {
            e.setDescription(m.get("daily.pause." + s.pause().why().name().toLowerCase(Locale.ROOT), s.failedDays()));
        }
        return e.build();
    }

    /** A channel of this server whose state file could not be read. */
    static MessageEmbed damaged(StoreProblem p, Messages m) {
        return new EmbedBuilder()
                .setTitle(m.get("daily.status.title"))
                .setColor(TROUBLE)
                .addField(m.get("daily.status.channel"), "<#" + p.channelId() + ">", true)
                .setDescription(m.get("daily.status.damaged", p.where()))
                .build();
    }

    /** The failure in the reader's language, then its particulars as Discord or the bot said them. */
    static String failure(Failure f, Messages m) {
        return when(f.at()) + "\n" + m.get("daily.failure." + f.cause().name().toLowerCase(Locale.ROOT), f.day())
                + "\n`" + Texts.cut(f.detail().replace('`', '\''), 300) + "`";
    }

    /** "every day", "Monday to Friday", "every Monday" in the reader's language. */
    static String daysName(Days days, Messages m) {
        return m.get("daily.days." + days.key());
    }

    /** The role pinged with each post (a mention, pinging nobody in a reply), or "none". */
    static String roleName(SubscriptionStatus s, Messages m) {
        Long role = s.options().roleId();
        return role == null ? m.get("daily.role.none") : DiscordPoster.pingLine(role);
    }

    /** One line for {@code /daily set}'s answer: the role ping and the thread. */
    static String extras(SubscriptionStatus s, Messages m) {
        return m.get("daily.set.extras", roleName(s, m), m.get(s.thread() ? "daily.thread.on" : "daily.thread.off"));
    }

    static String areaName(String area, Messages m) {
        return Subscription.ALL.equals(area) ? m.get("daily.area.all") : area.toUpperCase(Locale.ROOT);
    }

    /** A Discord timestamp: every reader sees it in their own time zone and language. */
    static String when(Instant instant) {
        if (instant == null) {
            return "-";
        }
        long seconds = instant.getEpochSecond();
        return "<t:" + seconds + ":F> (<t:" + seconds + ":R>)";
    }

    private static String link(String text, String url) {
        return "[" + text.replace("[", "(").replace("]", ")") + "](" + url + ")";
    }
}
