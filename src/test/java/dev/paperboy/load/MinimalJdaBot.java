package dev.paperboy.load;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;

/**
 * The start-up floor of the load run's {@code startup} scenario: the fewest lines that log in
 * with JDA and register three global commands, pointed at Discord (or the fake) the way Paperboy
 * is ({@code DISCORD_TOKEN}, {@code DISCORD_API_URL}: REST base, and the gateway from
 * {@code GET gateway/bot} through the shard manager). It registers at the same moment Paperboy
 * does (shard 0's first guild, or ready), so the two differ only in what Paperboy does besides.
 * Runs until killed. Started from the shaded jar's classpath plus the test classes.
 */
public final class MinimalJdaBot {

    private MinimalJdaBot() {
    }

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("DISCORD_API_URL", "https://discord.com/api/v10/");
        AtomicBoolean registered = new AtomicBoolean();
        ListenerAdapter register = new ListenerAdapter() {
            @Override
            public void onGuildReady(GuildReadyEvent event) {
                register(event.getJDA());
            }

            @Override
            public void onReady(ReadyEvent event) {
                register(event.getJDA());
            }

            private void register(net.dv8tion.jda.api.JDA jda) {
                if (jda.getShardInfo().getShardId() == 0 && !registered.getAndSet(true)) {
                    jda.updateCommands().addCommands(Commands.slash("resource", "Resources"),
                            Commands.slash("paper", "Papers"), Commands.slash("daily", "Paper of the day")).queue();
                }
            }
        };
        DefaultShardManagerBuilder.createLight(System.getenv("DISCORD_TOKEN"), EnumSet.noneOf(GatewayIntent.class))
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(url))
                .addEventListeners(register)
                .build();
    }
}
