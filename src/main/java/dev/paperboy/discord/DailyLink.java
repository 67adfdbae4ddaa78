package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.PaperPoster;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Joins the paper of the day to the connection: the poster that sends through JDA, and the
 * catch-up after every (re)connect — a post whose time passed while the bot was away goes out
 * as soon as the shard is back, once.
 */
public final class DailyLink extends ListenerAdapter {

    private final DiscordPoster poster;
    private DailyScheduler scheduler;

    public DailyLink(Catalogue catalogue, boolean threads) {
        this.poster = new DiscordPoster(new Cards(catalogue), threads);
    }

    public PaperPoster poster() {
        return poster;
    }

    /**
     * Once both exist. The scheduler starts now: it posts only for guilds on connected shards,
     * and each shard's ready or reconnect runs the catch-up for its guilds.
     */
    public void connect(Bot bot, DailyScheduler scheduler) {
        poster.connect(bot.shards());
        this.scheduler = scheduler;
        scheduler.start();
    }

    @Override
    public void onReady(ReadyEvent event) {
        catchUp();
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        catchUp();
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        catchUp();
    }

    private void catchUp() {
        DailyScheduler s = scheduler;
        if (s != null) {
            s.runNow();
        }
    }
}
