package dev.paperboy.discord;

import dev.paperboy.config.Config;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's connection to Discord: JDA's shard manager, light. Slash commands need no
 * gateway intent beyond GUILDS, which JDA always asks for and which keeps the channels cached (the daily posts and the
 * permission checks of {@code /daily set} read them).
 */
public final class Bot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final ShardManager shards;
    private final ListenerGate gate;
    private final CompletableFuture<Void> registered = new CompletableFuture<>();

    private Bot(ShardManager shards, ListenerGate gate, boolean runsShardZero) {
        this.shards = shards;
        this.gate = gate;
        if (!runsShardZero) {
            registered.complete(null); // shard 0's process registers the commands, not this one
        }
    }

    /**
     * Logs in with no listener yet and returns at once; shards connect in the background, and
     * what Discord sends waits until {@link #open}. A start calls it before reading its catalogue,
     * so the shards connect meanwhile. Shard 0 registers the commands globally once they exist, so
     * several processes of one bot register once.
     *
     * @throws TokenRefusedException       when Discord refuses the token
     * @throws DiscordUnreachableException when Discord cannot be reached
     */
    public static Bot login(Config config, String token) {
        // a default for every message JDA sends, including any we forget to set: nobody is pinged
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        // Discord's ordinary refusals (a 500, an expired interaction) are one line; our bugs keep their trace
        RestAction.setDefaultFailure(Bot::logFailure);
        ListenerGate gate = new ListenerGate();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                // frames stay plain JSON: a slash-command bot's gateway traffic is small
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(config.discordApiUrl().toString()))
                .setEnableShutdownHook(false)
                .addEventListeners(gate);
        if (config.shards().total() > 0) {
            builder.setShardsTotal(config.shards().total());
            if (!config.shards().ids().isEmpty()) {
                builder.setShards(config.shards().ids());
            }
        }
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (InvalidTokenException e) {
            throw new TokenRefusedException();
        } catch (RuntimeException e) {
            Throwable io = e;
            while (io != null && !(io instanceof IOException)) {
                io = io.getCause();
            }
            if (io == null) {
                throw e; // not the network: our bug or JDA's, with its stack trace
            }
            throw new DiscordUnreachableException("Could not reach Discord at " + config.discordApiUrl() + " ("
                    + (io instanceof UnknownHostException ? "unknown host " + io.getMessage() : io.toString())
                    + "). Check the machine's network and DNS, and DISCORD_API_URL if it is set.");
        }
        log.info("Connecting to Discord at {} with {} shard(s)", config.discordApiUrl(), shards.getShardsTotal());
        return new Bot(shards, gate, config.shards().ids().isEmpty() || config.shards().ids().contains(0));
    }

    /** Completes when this process has registered the commands (or tried to), or at once when it need not. */
    public CompletableFuture<Void> registered() {
        return registered;
    }

    /** The commands and the other listeners start hearing Discord, beginning with what came since the login. */
    public void open(CommandRegistry commands, List<Object> otherListeners) {
        InteractionRouter router = commands.router();
        List<EventListener> listeners = new ArrayList<>();
        for (Object o : otherListeners) {
            listeners.add((EventListener) o);
        }
        listeners.add(router);
        // first: the registration needs nothing the others do, and they need not delay it
        listeners.add(0, new CommandRegistration(router.definitions(), registered));
        gate.open(listeners);
    }

    /**
     * Loads the classes of the login (the shard manager's builder, OkHttp, Jackson's databind, the
     * WebSocket client) on a thread of its own, for a start that reads its catalogue meanwhile: a
     * cold start spends most of its time loading and first running classes. Nothing is connected
     * or started; a failure here costs nothing but the head start.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                DefaultShardManagerBuilder.createLight("warm-up", EnumSet.noneOf(GatewayIntent.class))
                        .setCompression(Compression.NONE)
                        .setRestConfig(new RestConfig());
                new okhttp3.OkHttpClient.Builder().build();
                // Jackson's databind, which reads Discord's answers (the start's own files need only its parser)
                DataObject.fromJson("{}");
                new com.neovisionaries.ws.client.WebSocketFactory();
            } catch (Throwable e) {
                log.debug("Start-up warm-up: {}", e.toString());
            }
        }, "paperboy-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** What a request queued without its own failure handler logs when it fails. */
    static void logFailure(Throwable e) {
        if (e instanceof ErrorResponseException r) {
            log.warn("Discord answered {} {} ({}) to a request", r.getErrorCode(), r.getMeaning(),
                    r.getResponse() == null ? "no response" : "HTTP " + r.getResponse().code);
        } else if (e instanceof IOException || e instanceof TimeoutException || e instanceof RateLimitedException
                || e instanceof InsufficientPermissionException) {
            log.warn("A request to Discord failed: {}", e.toString());
        } else {
            log.error("A request to Discord failed", e);
        }
    }

    public ShardManager shards() {
        return shards;
    }

    /**
     * Whether this process runs the shard of a guild and that shard is connected: it posts only
     * for those. A shard that is reconnecting is skipped, not failed; its reconnect runs a catch-up.
     */
    public boolean isLocalGuild(long guildId) {
        int total = shards.getShardsTotal();
        JDA shard = shards.getShardById((int) ((guildId >>> 22) % total));
        return shard != null && shard.getStatus() == JDA.Status.CONNECTED;
    }

    /** Whether every shard of this process is connected: what the health check reports. */
    public boolean connected() {
        return !shards.getShards().isEmpty()
                && shards.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Each shard of this process that is not connected, as "shard 1 is RECONNECT_QUEUED", and the
     * shards still waiting to start: why {@code /health} says 503. Empty when all are connected.
     */
    public List<String> shardProblems() {
        List<String> problems = new ArrayList<>();
        shards.getShards().stream()
                .sorted(Comparator.comparingInt(j -> j.getShardInfo().getShardId()))
                .filter(j -> j.getStatus() != JDA.Status.CONNECTED)
                .forEach(j -> problems.add("shard " + j.getShardInfo().getShardId() + " is " + j.getStatus()));
        int queued = shards.getShardsQueued();
        if (queued > 0) {
            problems.add(queued + " shard(s) wait to start");
        }
        if (problems.isEmpty() && shards.getShards().isEmpty()) {
            problems.add("no shard runs in this process");
        }
        return problems;
    }

    /** The gateway's heartbeat round trip averaged over this process's shards; negative while unknown. */
    public double averageGatewayPingMillis() {
        return shards.getAverageGatewayPing();
    }

    @Override
    public void close() {
        shards.shutdown();
        for (JDA jda : shards.getShards()) {
            try {
                if (!jda.awaitShutdown(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        log.info("Disconnected from Discord");
    }

    /**
     * Registers the commands once per session of shard 0, as soon as Discord has answered the
     * login: at its first guild (READY has been read by then, with the application id the route
     * needs), or at ready for a bot in no guild. Not at ready alone: JDA fires that only after
     * every guild of the shard has arrived, seconds later for a full shard, and registration
     * needs none of them.
     */
    private static final class CommandRegistration extends ListenerAdapter {

        private final List<SlashCommandData> definitions;
        private final CompletableFuture<Void> done;
        private final AtomicReference<JDA> registered = new AtomicReference<>();

        /** {@code definitions} built before the gate opens, so a guild's arrival only sends them. */
        CommandRegistration(List<SlashCommandData> definitions, CompletableFuture<Void> done) {
            this.definitions = definitions;
            this.done = done;
        }

        @Override
        public void onGuildReady(GuildReadyEvent event) {
            register(event.getJDA());
        }

        @Override
        public void onReady(ReadyEvent event) {
            register(event.getJDA());
        }

        private void register(JDA jda) {
            if (jda.getShardInfo().getShardId() != 0 || registered.getAndSet(jda) == jda) {
                return;
            }
            Set<String> names = definitions.stream().map(d -> "/" + d.getName()).collect(Collectors.toSet());
            jda.updateCommands().addCommands(definitions).queue(
                    commands -> {
                        log.info("Registered {} slash commands: {}", commands.size(), names);
                        done.complete(null);
                    },
                    error -> {
                        log.error("Could not register the slash commands: {}", error.toString());
                        done.complete(null);
                    });
        }
    }
}
