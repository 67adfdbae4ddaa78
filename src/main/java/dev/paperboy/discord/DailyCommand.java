package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.Rejected;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscribed;
import dev.paperboy.daily.Subscription;
import dev.paperboy.daily.SubscriptionStatus;
import java.time.ZoneId;
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
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
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
 * {@code /daily set | stop | status | history | preview}: the paper of the day of this server.
 * For members with Manage Server: Discord hides it from others (default member permissions), and
 * the bot checks again when it runs, since a server can override who sees a command.
 */
final class DailyCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(DailyCommand.class);

    static final String NAME = "daily";
    static final String SET = "set";
    static final String STOP = "stop";
    static final String STATUS = "status";
    static final String HISTORY = "history";
    static final String PREVIEW = "preview";
    /** What a history page button carries. */
    static final String GUILD = "guild";
    private static final List<String> COMMON_ZONES = List.of("Asia/Taipei", "Asia/Hong_Kong", "Asia/Shanghai",
            "Asia/Tokyo", "Asia/Singapore", "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "Australia/Sydney", "UTC");
    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());

    private final Catalogue catalogue;
    private final Cards cards;
    private final DailyScheduler scheduler;
    private final boolean threadByDefault;

    /** @param threadByDefault the config file's {@code daily.thread}: a thread for subscriptions that did not choose */
    DailyCommand(Catalogue catalogue, DailyScheduler scheduler, boolean threadByDefault) {
        this.catalogue = catalogue;
        this.cards = new Cards(catalogue);
        this.scheduler = scheduler;
        this.threadByDefault = threadByDefault;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandData definition() {
        OptionData area = new OptionData(OptionType.STRING, DailySetRequest.AREA,
                CommandTexts.english("daily.set.options.area.description"))
                .addChoices(CommandTexts.choice("daily.set.options.area", Subscription.ALL));
        for (String a : catalogue.areas()) {
            area.addChoices(CommandTexts.choice("daily.set.options.area", a));
        }
        OptionData days = new OptionData(OptionType.STRING, DailySetRequest.DAYS,
                CommandTexts.english("daily.set.options.days.description"));
        for (String key : Days.KEYS) {
            days.addChoices(CommandTexts.choice("daily.set.options.days", key));
        }
        SubcommandData set = new SubcommandData(SET, CommandTexts.english("daily.set.description")).addOptions(
                new OptionData(OptionType.CHANNEL, DailySetRequest.CHANNEL,
                        CommandTexts.english("daily.set.options.channel.description"), true)
                        .setChannelTypes(ChannelType.TEXT),
                new OptionData(OptionType.STRING, DailySetRequest.TIME,
                        CommandTexts.english("daily.set.options.time.description")).setMaxLength(5),
                new OptionData(OptionType.STRING, DailySetRequest.TIMEZONE,
                        CommandTexts.english("daily.set.options.timezone.description"), false, true).setMaxLength(64),
                area,
                days,
                new OptionData(OptionType.ROLE, DailySetRequest.ROLE,
                        CommandTexts.english("daily.set.options.role.description")),
                new OptionData(OptionType.BOOLEAN, DailySetRequest.THREAD,
                        CommandTexts.english("daily.set.options.thread.description")));
        return Commands.slash(NAME, CommandTexts.english("daily.description"))
                .addSubcommands(set,
                        new SubcommandData(STOP, CommandTexts.english("daily.stop.description")),
                        new SubcommandData(STATUS, CommandTexts.english("daily.status.description")),
                        new SubcommandData(HISTORY, CommandTexts.english("daily.history.description")),
                        new SubcommandData(PREVIEW, CommandTexts.english("daily.preview.description")))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD)
                .setLocalizationFunction(CommandTexts.LOCALIZATION);
    }

    /** A page of {@code /daily history} carries its guild; outside a server there is nothing else to answer. */
    @Override
    public List<String> pagedOptions() {
        return List.of(GUILD);
    }

    @Override
    public Reply answer(CommandRequest request, int page) {
        String guild = request.option(GUILD);
        if (guild != null && guild.matches("\\d{1,20}")) {
            return DailyHistoryPage.of(scheduler, catalogue, Long.parseUnsignedLong(guild), request.userId(), page,
                    request.messages());
        }
        return Reply.error(request.messages().get("error.guild.only"));
    }

    @Override
    public void onSlash(SlashCommandInteractionEvent event, CommandRequest request) {
        Messages m = request.messages();
        Member member = event.getMember();
        if (event.getGuild() == null || member == null) {
            event.reply(Reply.error(m.get("error.guild.only")).toCreateData()).setEphemeral(true).queue();
            return;
        }
        if (!member.hasPermission(Permission.MANAGE_SERVER)) {
            event.reply(Reply.error(m.get("daily.need.manage")).toCreateData()).setEphemeral(true).queue();
            return;
        }
        // a change may wait for a post in flight to the same channel: answer within Discord's 3 s first
        event.deferReply(true).queue();
        Guild guild = event.getGuild();
        Reply reply;
        try {
            reply = switch (String.valueOf(event.getSubcommandName())) {
                case SET -> set(event, m);
                case STOP -> stop(guild.getIdLong(), m);
                case HISTORY -> DailyHistoryPage.of(scheduler, catalogue, guild.getIdLong(), request.userId(), 1, m);
                case PREVIEW -> DailyPreview.of(scheduler, cards, guild, m);
                default -> status(guild, m);
            };
        } catch (StoreException e) {
            log.error("/daily {} in guild {}: {}", event.getSubcommandName(), guild.getId(), e.getMessage());
            reply = Reply.error(m.get("daily.save.failed"));
        }
        event.getHook().editOriginal(reply.toEditData()).queue();
    }

    private Reply set(SlashCommandInteractionEvent event, Messages m) {
        long guildId = event.getGuild().getIdLong();
        OptionMapping channelOption = event.getOption(DailySetRequest.CHANNEL);
        long channelId = channelOption == null ? 0 : channelOption.getAsLong();
        boolean threadNow = scheduler.status(guildId).stream().filter(s -> s.channelId() == channelId)
                .findFirst().map(SubscriptionStatus::thread).orElse(threadByDefault);
        DailySetRequest.Either parsed = DailySetRequest.parse(event, threadNow, m);
        if (parsed.request() == null) {
            return Reply.error(parsed.rejection());
        }
        DailySetRequest r = parsed.request();
        Subscribed done;
        try {
            done = scheduler.subscribe(guildId, r.channel().getIdLong(), r.time(), r.zone(), r.area(), r.options(),
                    event.getUser().getIdLong());
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
                done.previousChannelId() == null ? "" : "<#" + done.previousChannelId() + ">",
                DailyStatusCard.daysName(s.options().days(), m))
                + "\n" + DailyStatusCard.extras(s, m)
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
            List<String> missing = channel == null ? List.of() : missingPermissions(channel, s.thread(), m);
            embeds.add(DailyStatusCard.of(s, missing, roleProblem(guild, channel, s.options().roleId(), m), m));
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

    /** Why the role of a subscription will not be pinged, or null when it will (or there is none). */
    static String roleProblem(Guild guild, TextChannel channel, Long roleId, Messages m) {
        if (roleId == null) {
            return null;
        }
        Role role = guild.getRoleById(roleId);
        if (role == null) {
            return m.get("daily.status.role.gone");
        }
        if (channel != null && !DailySetRequest.canMention(role, channel)) {
            return m.get("daily.status.role.unmentionable", role.getAsMention(),
                    m.get("permission." + Permission.MESSAGE_MENTION_EVERYONE.name()));
        }
        return null;
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
        if (!DailySetRequest.TIMEZONE.equals(focusedOption)) {
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
}
