package dev.paperboy.discord;

import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.PaperPoster.Presence;
import dev.paperboy.daily.PostFailure;
import dev.paperboy.daily.PostResult;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the paper of the day through JDA and turns Discord's answers into the failure kinds the
 * scheduler understands. JDA sends every message with {@code enforce_nonce}, so a repeat of the
 * same post (same nonce) within Discord's window returns the first message instead of a second.
 *
 * <p>The one mention a post may make is its subscription's role: the ping line names it and the
 * allowed mentions name exactly that role, nothing else. A role deleted since is left out (the
 * post goes without a ping; {@code /daily status} says so).
 */
final class DiscordPoster implements PaperPoster {

    private static final Logger log = LoggerFactory.getLogger(DiscordPoster.class);
    /** Read Message History too: after a failed send, the channel is read to learn whether the post went out. */
    static final EnumSet<Permission> NEEDED = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);
    static final EnumSet<Permission> NEEDED_FOR_THREADS = EnumSet.of(Permission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS);
    /** Discord's largest page of channel history. */
    static final int PAGE = 100;
    /**
     * How far the search for a post reads, from the first attempt on: 50 pages, 5,000 messages,
     * more than the busiest study group writes in the minutes between a failed send and its
     * check. Past it the answer is "cannot tell", which the scheduler takes as a missed day
     * rather than risk a second post.
     */
    static final int MAX_PAGES = 50;
    /** Clocks differ: start the search a little before the first attempt by our clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Cards cards;
    private volatile ShardManager shards;

    DiscordPoster(Cards cards) {
        this.cards = cards;
    }

    /** Called once the shard manager exists; posts before that fail as transient. */
    void connect(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public PostResult post(DailyPost post) throws PostFailure {
        TextChannel channel = channel(post);
        Role role = post.roleId() == null ? null : channel.getGuild().getRoleById(post.roleId());
        if (post.roleId() != null && role == null) {
            log.info("Paper of the day in guild {} channel {}: the role {} to ping is gone; posting without a ping",
                    post.guildId(), post.channelId(), post.roleId());
        }
        try {
            Message sent = channel.sendMessage(message(cards, post, role == null ? null : role.getIdLong(),
                            Messages.of(channel.getGuild().getLocale())))
                    .setNonce(post.nonce())
                    .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .complete(false);
            return new PostResult(sent.getId());
        } catch (RuntimeException | RateLimitedException e) {
            throw failure("post in #" + channel.getName(), e);
        }
    }

    /**
     * The post as it is sent (and as {@code /daily preview} shows it): the ping line when there is
     * a role, whose allowed mentions name that role and nothing else, and the card in {@code m}.
     */
    static MessageCreateData message(Cards cards, DailyPost post, Long roleId, Messages m) {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .setEmbeds(cards.dailyPaper(post.paper(), post.number(), post.total(), post.due(), m))
                // anyone in the channel may mark the paper read or saved for themselves
                .setComponents(MarkButtons.rows(List.of(PaperCommand.target(post.paper())), m).stream()
                        .map(ActionRow::of).toList());
        if (roleId != null) {
            b.setContent(pingLine(roleId)).mentionRoles(roleId);
        }
        return b.build();
    }

    static String pingLine(long roleId) {
        return "<@&" + Long.toUnsignedString(roleId) + ">";
    }

    /**
     * Idempotent: Discord allows one thread per message and answers a second creation with
     * {@link ErrorResponse#THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS}, which means the thread is there.
     */
    @Override
    public void openThread(DailyPost post, String messageId) throws PostFailure {
        TextChannel channel = channel(post);
        try {
            channel.createThreadChannel(post.threadName(), Long.parseUnsignedLong(messageId))
                    .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .complete(false);
            log.debug("Opened the thread under paper {} (message {})", post.paper().id(), messageId);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
                throw failure("open a thread in #" + channel.getName(), e);
            }
            log.info("The thread under the paper of the day (message {}) was already open", messageId);
        } catch (RuntimeException | RateLimitedException e) {
            throw failure("open a thread in #" + channel.getName(), e);
        }
    }

    /**
     * Pages through the channel from the first attempt on, oldest first, for the bot's daily
     * message of this paper and day: the embed's link and its timestamp (the day's due instant),
     * in a plain message (an interaction reply is never the daily post).
     */
    @Override
    public Presence find(DailyPost post) throws PostFailure {
        TextChannel channel = channel(post, EnumSet.of(Permission.VIEW_CHANNEL));
        if (!channel.getGuild().getSelfMember().hasPermission(channel, Permission.MESSAGE_HISTORY)) {
            return Presence.UNKNOWN;
        }
        long self = channel.getJDA().getSelfUser().getIdLong();
        long after = TimeUtil.getDiscordTimestamp(post.attempted().minus(CLOCK_SKEW).toEpochMilli());
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                List<Message> messages = channel.getHistoryAfter(after, PAGE)
                        .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .complete(false)
                        .getRetrievedHistory();
                Message found = messages.stream().filter(msg -> isDailyPost(msg, self, post)).findFirst().orElse(null);
                if (found != null) {
                    return Presence.posted(found.getId());
                }
                if (messages.size() < PAGE) {
                    return Presence.NOT_POSTED;
                }
                after = messages.stream().mapToLong(Message::getIdLong).max().orElseThrow();
            }
            log.warn("Could not find the paper of the day for {} in #{} within {} messages of its first attempt",
                    post.day(), channel.getName(), MAX_PAGES * PAGE);
            return Presence.UNKNOWN;
        } catch (RuntimeException | RateLimitedException e) {
            throw failure("read the messages of #" + channel.getName(), e);
        }
    }

    private static boolean isDailyPost(Message msg, long self, DailyPost post) {
        return msg.getAuthor().getIdLong() == self && msg.getType() == MessageType.DEFAULT
                && msg.getEmbeds().stream().anyMatch(e -> Objects.equals(e.getUrl(), post.paper().url())
                        && e.getTimestamp() != null && e.getTimestamp().toInstant().equals(post.due()));
    }

    private TextChannel channel(DailyPost post) throws PostFailure {
        return channel(post, NEEDED);
    }

    private TextChannel channel(DailyPost post, EnumSet<Permission> needed) throws PostFailure {
        ShardManager s = shards;
        if (s == null) {
            throw new PostFailure(PostFailure.Kind.TRANSIENT, "not connected to Discord yet");
        }
        Guild guild = s.getGuildById(post.guildId());
        if (guild == null) {
            JDA shard = s.getShardById((int) ((post.guildId() >>> 22) % s.getShardsTotal()));
            if (shard == null || shard.getStatus() != JDA.Status.CONNECTED || shard.isUnavailable(post.guildId())) {
                throw new PostFailure(PostFailure.Kind.TRANSIENT, "the server " + post.guildId()
                        + " is not available now");
            }
            throw new PostFailure(PostFailure.Kind.GUILD_GONE, "the bot is no longer in the server " + post.guildId());
        }
        TextChannel channel = guild.getTextChannelById(post.channelId());
        if (channel == null) {
            throw new PostFailure(PostFailure.Kind.CHANNEL_GONE, "the channel " + post.channelId()
                    + " no longer exists (or is not a text channel)");
        }
        Member self = guild.getSelfMember();
        EnumSet<Permission> missing = EnumSet.noneOf(Permission.class);
        for (Permission p : needed) {
            if (!self.hasPermission(channel, p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw new PostFailure(PostFailure.Kind.NO_PERMISSION, "missing permission in #" + channel.getName() + ": "
                    + String.join(", ", missing.stream().map(Permission::getName).toList()));
        }
        return channel;
    }

    static PostFailure failure(String what, Throwable e) {
        if (e instanceof RateLimitedException r) {
            return PostFailure.rateLimited("rate limited: could not " + what, Duration.ofMillis(r.getRetryAfter()));
        }
        if (e instanceof InsufficientPermissionException p) {
            return new PostFailure(PostFailure.Kind.NO_PERMISSION, "missing permission " + p.getPermission().getName()
                    + ": could not " + what);
        }
        if (e instanceof ErrorResponseException r) {
            ErrorResponse code = r.getErrorResponse();
            if (code == ErrorResponse.UNKNOWN_CHANNEL) {
                return new PostFailure(PostFailure.Kind.CHANNEL_GONE, "the channel was deleted: could not " + what);
            }
            if (code == ErrorResponse.MISSING_ACCESS || code == ErrorResponse.MISSING_PERMISSIONS) {
                return new PostFailure(PostFailure.Kind.NO_PERMISSION, "Discord says " + r.getMeaning()
                        + ": could not " + what);
            }
            return new PostFailure(PostFailure.Kind.TRANSIENT, "Discord answered " + r.getErrorCode() + " "
                    + r.getMeaning() + ": could not " + what, null, e);
        }
        return new PostFailure(PostFailure.Kind.TRANSIENT, e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()) + ": could not " + what, null, e);
    }
}
