package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.config.ConfigLoader;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.Rejected;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscribed;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStatus;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /daily set | stop | status}: the paper of the day of this server. For members with
 * Manage Server: Discord hides it from others (default member permissions), and the bot checks
 * again when it runs, since a server can override who sees a command.
 */
final class DailyCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(DailyCommand.class);

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
                default -> status(event.getGuild(), m);
            };
        } catch (StoreException e) {
            log.error("/daily {} in guild {}: {}", event.getSubcommandName(), event.getGuild().getId(), e.getMessage());
            reply = Reply.error(m.get("daily.save.failed"));
        }
        event.getHook().editOriginal(reply.toEditData()).queue();
    }

    /** What {@code /daily set} asks for, checked: a text channel the bot can work in, a time, a zone. */
    record SetRequest(TextChannel channel, LocalTime time, ZoneId zone, String area) {

        /** The request, or the reason it cannot be, in the user's language. */
        static Either parse(SlashCommandInteractionEvent event, boolean threads, Messages m) {
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
            List<String> missing = missingPermissions(channel, threads, m);
            if (!missing.isEmpty()) {
                return Either.no(m.get("daily.bot.missing", channel.getAsMention(), String.join(", ", missing)));
            }
            return new Either(new SetRequest(channel, time, zone, option(event, AREA, DailyDefaults.AREA)), null);
        }
    }

    /** A parsed request, or why there is none. */
    record Either(SetRequest request, String rejection) {
        static Either no(String why) {
            return new Either(null, why);
        }
    }

    private Reply set(SlashCommandInteractionEvent event, Messages m) {
        Either parsed = SetRequest.parse(event, threads, m);
        if (parsed.request() == null) {
            return Reply.error(parsed.rejection());
        }
        SetRequest r = parsed.request();
        Subscribed done;
        try {
            done = scheduler.subscribe(event.getGuild().getIdLong(), r.channel().getIdLong(), r.time(), r.zone(),
                    r.area(), event.getUser().getIdLong());
        } catch (Rejected e) {
            return Reply.error(switch (e.reason()) {
                case UNKNOWN_AREA -> m.get("daily.rejected.area", UserText.escape(e.value()), String.join(", ",
                        catalogue.areas()));
                case OTHER_SERVER -> m.get("daily.rejected.other.server");
            });
        }
        SubscriptionStatus s = done.status();
        String key = switch (done.change()) {
            case CREATED -> "daily.set.created";
            case CHANGED -> "daily.set.changed";
            case RESUMED -> "daily.set.resumed";
            case MOVED -> "daily.set.moved";
        };
        String text = m.get(key, r.channel().getAsMention(), s.time(), s.zone().getId(),
                DailyStatusCard.areaName(s.area(), m),
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

    private Reply status(Guild guild, Messages m) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (SubscriptionStatus s : scheduler.status(guild.getIdLong())) {
            TextChannel channel = guild.getTextChannelById(s.channelId());
            List<String> missing = channel == null ? List.of() : missingPermissions(channel, threads, m);
            embeds.add(DailyStatusCard.of(s, missing, m));
        }
        for (StoreProblem p : scheduler.problems()) {
            if (guild.getGuildChannelById(p.channelId()) != null) {
                embeds.add(DailyStatusCard.damaged(p, m));
            }
        }
        if (embeds.isEmpty()) {
            return Reply.error(m.get("daily.none"));
        }
        return Reply.of(embeds.subList(0, Math.min(embeds.size(), Pages.MAX_EMBEDS))).asEphemeral();
    }

    /** The permissions the bot lacks in the channel to post the paper of the day, by name. */
    static List<String> missingPermissions(TextChannel channel, boolean threads, Messages m) {
        EnumSet<Permission> needed = EnumSet.copyOf(DiscordPoster.NEEDED);
        if (threads) {
            needed.addAll(DiscordPoster.NEEDED_FOR_THREADS);
        }
        Member self = channel.getGuild().getSelfMember();
        return needed.stream().filter(p -> !self.hasPermission(channel, p))
                .map(p -> m.get("permission." + p.name())).toList();
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
            return m.get("daily.no.paper", s.area());
        }
        return m.get("daily.next", DailyStatusCard.when(s.nextPost()), s.nextLabel(), s.nextPaper().date(),
                s.nextPaper().displayName());
    }

    private static String option(SlashCommandInteractionEvent event, String name, String fallback) {
        OptionMapping o = event.getOption(name);
        return o == null || o.getAsString().isBlank() ? fallback : o.getAsString().strip();
    }
}
