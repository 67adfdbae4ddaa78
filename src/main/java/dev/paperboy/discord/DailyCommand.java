package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.catalogue.Texts;
import dev.paperboy.config.ConfigLoader;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.Subscribed;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /daily set | stop | status}: the paper of the day of this server. For members with
 * Manage Server: Discord hides it from others (default member permissions), and the bot checks
 * again when it runs, since a server can override who sees a command.
 */
final class DailyCommand implements BotCommand {

    static final String NAME = "daily";
    static final String SET = "set";
    static final String STOP = "stop";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    static final String AREA = "area";
    private static final List<String> COMMON_ZONES = List.of("Asia/Taipei", "Asia/Hong_Kong", "Asia/Shanghai",
            "Asia/Tokyo", "Asia/Singapore", "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "Australia/Sydney", "UTC");
    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());

    private final Catalogue catalogue;
    private final DailyScheduler scheduler;
    private final boolean threads;

    DailyCommand(Catalogue catalogue, DailyScheduler scheduler, boolean threads) {
        this.catalogue = catalogue;
        this.scheduler = scheduler;
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandData definition() {
        OptionData area = new OptionData(OptionType.STRING, AREA, CommandTexts.english("daily.set.options.area.description"))
                .addChoices(CommandTexts.choice("daily.set.options.area", Subscription.ALL));
        for (String a : catalogue.areas()) {
            area.addChoices(CommandTexts.choice("daily.set.options.area", a));
        }
        SubcommandData set = new SubcommandData(SET, CommandTexts.english("daily.set.description")).addOptions(
                new OptionData(OptionType.CHANNEL, CHANNEL, CommandTexts.english("daily.set.options.channel.description"), true)
                        .setChannelTypes(ChannelType.TEXT),
                new OptionData(OptionType.STRING, TIME, CommandTexts.english("daily.set.options.time.description"))
                        .setMaxLength(5),
                new OptionData(OptionType.STRING, TIMEZONE, CommandTexts.english("daily.set.options.timezone.description"),
                        false, true).setMaxLength(64),
                area);
        return Commands.slash(NAME, CommandTexts.english("daily.description"))
                .addSubcommands(set,
                        new SubcommandData(STOP, CommandTexts.english("daily.stop.description")),
                        new SubcommandData(STATUS, CommandTexts.english("daily.status.description")))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD)
                .setLocalizationFunction(CommandTexts.LOCALIZATION);
    }

    /** Outside a server (the {@code preview} command) there is nothing to set. */
    @Override
    public Reply answer(CommandRequest request, int page) {
        return Reply.error(request.messages().get("error.guild.only"));
    }

    @Override
    public void onSlash(SlashCommandInteractionEvent event, CommandRequest request) {
        Messages m = request.messages();
        Member member = event.getMember();
        if (event.getGuild() == null || member == null) {
            event.reply(answer(request, 1).toCreateData()).setEphemeral(true).queue();
            return;
        }
        if (!member.hasPermission(Permission.MANAGE_SERVER)) {
            event.reply(Reply.error(m.get("daily.need.manage")).toCreateData()).setEphemeral(true).queue();
            return;
        }
        // a change may wait for a post in flight to the same channel: answer within Discord's 3 s first
        event.deferReply(true).queue();
        Reply reply;
        try {
            reply = switch (String.valueOf(event.getSubcommandName())) {
                case SET -> set(event, m);
                case STOP -> stop(event.getGuild().getIdLong(), m);
                default -> status(event.getGuild().getIdLong(), m);
            };
        } catch (StoreException e) {
            reply = Reply.error(m.get("daily.save.failed", e.getMessage()));
        }
        event.getHook().editOriginal(reply.toEditData()).queue();
    }

    private Reply set(SlashCommandInteractionEvent event, Messages m) {
        OptionMapping channelOption = event.getOption(CHANNEL);
        GuildChannelUnion chosen = channelOption == null ? null : channelOption.getAsChannel();
        if (chosen == null || chosen.getType() != ChannelType.TEXT) {
            return Reply.error(m.get("daily.bad.channel"));
        }
        TextChannel channel = chosen.asTextChannel();
        String timeText = option(event, TIME, DailyDefaults.TIME.toString());
        String zoneText = option(event, TIMEZONE, DailyDefaults.ZONE.getId());
        String area = option(event, AREA, DailyDefaults.AREA);
        LocalTime time;
        try {
            time = ConfigLoader.parseTime(timeText);
        } catch (DateTimeParseException e) {
            return Reply.error(m.get("daily.bad.time", UserText.escape(timeText)));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            return Reply.error(m.get("daily.bad.zone", UserText.escape(zoneText)));
        }
        EnumSet<Permission> needed = EnumSet.copyOf(DiscordPoster.NEEDED);
        if (threads) {
            needed.addAll(DiscordPoster.NEEDED_FOR_THREADS);
        }
        List<String> missing = needed.stream()
                .filter(p -> !event.getGuild().getSelfMember().hasPermission(channel, p))
                .map(Permission::getName).toList();
        if (!missing.isEmpty()) {
            return Reply.error(m.get("daily.bot.missing", channel.getAsMention(), String.join(", ", missing)));
        }
        Subscribed done;
        try {
            done = scheduler.subscribe(event.getGuild().getIdLong(), channel.getIdLong(), time, zone, area,
                    event.getUser().getIdLong());
        } catch (IllegalArgumentException e) {
            return Reply.error(e.getMessage());
        }
        SubscriptionStatus s = done.status();
        String key = switch (done.change()) {
            case CREATED -> "daily.set.created";
            case CHANGED -> "daily.set.changed";
            case RESUMED -> "daily.set.resumed";
            case MOVED -> "daily.set.moved";
        };
        String text = m.get(key, channel.getAsMention(), s.time(), s.zone().getId(), areaName(s.area(), m),
                done.previousChannelId() == null ? "" : "<#" + done.previousChannelId() + ">")
                + "\n" + next(s, m);
        return Reply.notice(text);
    }

    private Reply stop(long guildId, Messages m) {
        List<Long> stopped = scheduler.stop(guildId);
        if (stopped.isEmpty()) {
            return Reply.error(m.get("daily.nothing.to.stop"));
        }
        return Reply.notice(m.get("daily.stopped", String.join(", ", stopped.stream().map(id -> "<#" + id + ">").toList())));
    }

    private Reply status(long guildId, Messages m) {
        List<SubscriptionStatus> all = scheduler.status(guildId);
        if (all.isEmpty()) {
            return Reply.error(m.get("daily.none"));
        }
        List<MessageEmbed> embeds = new ArrayList<>();
        for (SubscriptionStatus s : all.subList(0, Math.min(all.size(), Pages.MAX_EMBEDS))) {
            EmbedBuilder e = new EmbedBuilder()
                    .setTitle(m.get("daily.status.title"))
                    .setColor(s.paused() || s.lastFailure() != null ? 0xED4245 : 0x57F287)
                    .addField(m.get("daily.status.channel"), "<#" + s.channelId() + ">"
                            + (s.fromConfig() ? " (" + m.get("daily.status.from.config") + ")" : ""), true)
                    .addField(m.get("daily.status.schedule"), s.time() + " " + s.zone().getId() + " · "
                            + areaName(s.area(), m), true);
            if (s.nextPost() != null) {
                e.addField(m.get("daily.status.next"), when(s.nextPost()), false);
            }
            if (s.nextPaper() != null) {
                e.addField(m.get("daily.status.next.paper"), Texts.cut(s.nextLabel() + " · [" + s.nextPaper().displayName()
                        + "](" + s.nextPaper().url() + ")", Cards.FIELD_VALUE), false);
            } else if (s.problem() != null) {
                e.addField(m.get("daily.status.next.paper"), Texts.cut(s.problem(), Cards.FIELD_VALUE), false);
            }
            if (s.lastPostedDay() != null) {
                e.addField(m.get("daily.status.last"), s.lastPostedDay().toString(), true);
            }
            if (s.lastFailure() != null) {
                e.addField(m.get("daily.status.failure"), Texts.cut(when(s.lastFailure().at()) + "\n"
                        + s.lastFailure().reason(), Cards.FIELD_VALUE), false);
            }
            if (s.paused()) {
                e.setDescription(m.get("daily.status.paused", s.failedDays()));
            }
            embeds.add(e.build());
        }
        return Reply.of(embeds).asEphemeral();
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String focusedOption, String typed) {
        if (!TIMEZONE.equals(focusedOption)) {
            return List.of();
        }
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (q.isEmpty()) {
            return COMMON_ZONES.stream().map(z -> new Suggestion(z, z)).toList();
        }
        List<String> prefix = new ArrayList<>();
        List<String> part = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        for (String zone : ZONES) {
            String z = zone.toLowerCase(Locale.ROOT);
            if (z.startsWith(q)) {
                prefix.add(zone);
            } else if (z.contains("/" + q)) {
                part.add(zone);
            } else if (z.contains(q)) {
                inside.add(zone);
            }
        }
        prefix.addAll(part);
        prefix.addAll(inside);
        return prefix.stream().limit(Suggestion.MAX_COUNT).map(z -> new Suggestion(z, z)).toList();
    }

    private String next(SubscriptionStatus s, Messages m) {
        if (s.nextPaper() == null) {
            return m.get("daily.next.none", s.problem());
        }
        return m.get("daily.next", when(s.nextPost()), s.nextLabel(), s.nextPaper().date(), s.nextPaper().displayName());
    }

    /** A Discord timestamp: every reader sees it in their own time zone and language. */
    private static String when(Instant instant) {
        if (instant == null) {
            return "-";
        }
        long seconds = instant.getEpochSecond();
        return "<t:" + seconds + ":F> (<t:" + seconds + ":R>)";
    }

    private static String areaName(String area, Messages m) {
        return Subscription.ALL.equals(area) ? m.get("daily.area.all") : area.toUpperCase(Locale.ROOT);
    }

    private static String option(SlashCommandInteractionEvent event, String name, String fallback) {
        OptionMapping o = event.getOption(name);
        return o == null || o.getAsString().isBlank() ? fallback : o.getAsString().strip();
    }
}
