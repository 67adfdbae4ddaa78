package dev.paperboy.discord;

import dev.paperboy.config.ConfigLoader;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.PostOptions;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * What {@code /daily set} asks for, checked: a text channel the bot can work in, a time, a zone,
 * and the study group's options. An option left out of {@code days}, {@code role}, {@code thread}
 * keeps what the subscription has; {@code role:@everyone} stops the ping (the bot never pings
 * everyone).
 */
record DailySetRequest(TextChannel channel, LocalTime time, ZoneId zone, String area, PostOptions.Change options) {

    static final String CHANNEL = "channel";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    static final String AREA = "area";
    static final String DAYS = "days";
    static final String ROLE = "role";
    static final String THREAD = "thread";

    /** A parsed request, or why there is none, in the user's language. */
    record Either(DailySetRequest request, String rejection) {
        static Either no(String why) {
            return new Either(null, why);
        }
    }

    /**
     * @param threadNow whether the channel's posts open a thread now (its subscription's choice, or
     *                  the config file's default): the permissions to check when {@code thread} is not given
     */
    static Either parse(SlashCommandInteractionEvent event, boolean threadNow, Messages m) {
        OptionMapping channelOption = event.getOption(CHANNEL);
        GuildChannelUnion chosen = channelOption == null ? null : channelOption.getAsChannel();
        if (chosen == null || chosen.getType() != ChannelType.TEXT) {
            return Either.no(m.get("daily.bad.channel"));
        }
        TextChannel channel = chosen.asTextChannel();
        String timeText = option(event, TIME, DailyDefaults.TIME.toString());
        String zoneText = option(event, TIMEZONE, DailyDefaults.ZONE.getId());
        LocalTime time;
        try {
            time = ConfigLoader.parseTime(timeText);
        } catch (DateTimeParseException e) {
            return Either.no(m.get("daily.bad.time", UserText.escape(timeText)));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            return Either.no(m.get("daily.bad.zone", UserText.escape(zoneText)));
        }
        Days days = null;
        String daysText = option(event, DAYS, null);
        if (daysText != null) {
            try {
                days = Days.parse(daysText);
            } catch (IllegalArgumentException e) {
                return Either.no(m.get("daily.bad.days", UserText.escape(daysText), String.join(", ", Days.KEYS)));
            }
        }
        OptionMapping threadOption = event.getOption(THREAD);
        Boolean thread = threadOption == null ? null : threadOption.getAsBoolean();
        boolean threads = thread != null ? thread : threadNow;
        List<String> missing = DailyCommand.missingPermissions(channel, threads, m);
        if (!missing.isEmpty()) {
            return Either.no(m.get("daily.bot.missing", channel.getAsMention(), String.join(", ", missing)));
        }
        Long roleId = null;
        OptionMapping roleOption = event.getOption(ROLE);
        if (roleOption != null) {
            Role role = roleOption.getAsRole();
            if (role.isPublicRole()) {
                roleId = PostOptions.Change.NO_ROLE;
            } else if (!canMention(role, channel)) {
                return Either.no(m.get("daily.role.cannot.mention", role.getAsMention(),
                        m.get("permission." + Permission.MESSAGE_MENTION_EVERYONE.name())));
            } else {
                roleId = role.getIdLong();
            }
        }
        return new Either(new DailySetRequest(channel, time, zone, option(event, AREA, DailyDefaults.AREA),
                new PostOptions.Change(days, roleId, thread)), null);
    }

    /** A role the bot's ping reaches: mentionable, or the bot may mention every role in the channel. */
    static boolean canMention(Role role, TextChannel channel) {
        Member self = channel.getGuild().getSelfMember();
        return role.isMentionable() || self.hasPermission(channel, Permission.MESSAGE_MENTION_EVERYONE);
    }

    private static String option(SlashCommandInteractionEvent event, String name, String fallback) {
        OptionMapping o = event.getOption(name);
        return o == null || o.getAsString().isBlank() ? fallback : o.getAsString().strip();
    }
}
