package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.PaperPoster;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Joins the paper of the day to the connection: the poster that sends through JDA, and the
 * catch-up after every (re)connect — a post whose time passed while the bot was away goes out
 * as soon as the shard is back, once.
 */
public final class DailyLink extends ListenerAdapter {

    private final DiscordPoster poster;
    private volatile DailyScheduler scheduler;

    public DailyLink(Catalogue catalogue) {
        this.poster = new DiscordPoster(new Cards(catalogue));
    }

    public PaperPoster poster() {
        return poster;
    }

    /**
     * Once both exist, before the bot's listeners hear Discord. The scheduler starts a second after
     * the bot's start-up requests are done ({@link Bot#registered()}, at most 10 s): the first pass
     * may be a fan-out at the full pace, and Discord's limit of 50 requests a second counts the
     * command registration too. It posts only for guilds on connected shards, and each shard's
     * ready or reconnect runs the catch-up for its guilds.
     */
    public void connect(Bot bot, DailyScheduler scheduler) {
        poster.connect(bot.shards());
        this.scheduler = scheduler;
        // a second after: Discord counts requests in any rolling second, and the start's own
        // requests (the registration, JDA's look-ups) came just before
        bot.registered().completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .whenCompleteAsync((done, e) -> scheduler.start(), CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
    }

    /**
     * A shard connected: at start, after a resume or a new session. JDA fires its ready and
     * resume events just before it marks the shard connected, and only connected shards post,
     * so the catch-up waits for this.
     */
    @Override
    public void onStatusChange(StatusChangeEvent event) {
        if (event.getNewStatus() == JDA.Status.CONNECTED) {
            whenStarted(DailyScheduler::runNow);
        }
    }

    /**
     * A shard has all its servers: the bot may have been added back to some while it was down.
     * One pass for the shard, not one per server.
     */
    @Override
    public void onReady(ReadyEvent event) {
        Set<Long> guilds = event.getJDA().getGuildCache().applyStream(
                s -> s.map(Guild::getIdLong).collect(Collectors.toSet()));
        whenStarted(s -> s.guildsBack(guilds));
    }

    /** Removed from a server (not an outage: JDA sends GuildUnavailableEvent for those). */
    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        whenStarted(s -> s.guildGone(event.getGuild().getIdLong()));
    }

    /** Added (back) to a server. */
    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        whenStarted(s -> s.guildBack(event.getGuild().getIdLong()));
    }

    @Override
    public void onChannelDelete(ChannelDeleteEvent event) {
        if (event.getChannelType() == ChannelType.TEXT) {
            whenStarted(s -> s.channelGone(event.getChannel().getIdLong()));
        }
    }

    /** Discord's events can come before {@link #connect}: until then there is nothing to tell. */
    private void whenStarted(Consumer<DailyScheduler> action) {
        DailyScheduler s = scheduler;
        if (s != null) {
            action.accept(s);
        }
    }
}
