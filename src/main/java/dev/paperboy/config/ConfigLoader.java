package dev.paperboy.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.paperboy.daily.ConfiguredChannel;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.PostOptions;
import dev.paperboy.io.JsonTree;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code config/paperboy.json} (or {@code PAPERBOY_CONFIG}) and the environment once,
 * and reports every bad key together, so an admin fixes the file in one go. The file may hold
 * {@code //} comments: the example documents each key where it stands.
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("config/paperboy.json");
    public static final Path DEFAULT_CATALOGUE = Path.of("data/catalogue.json");
    public static final Path DEFAULT_STATE_DIR = Path.of("data/state");

    private static final Set<String> TOP = Set.of("catalogue", "stateDir", "discordApiUrl", "shards", "cooldown", "daily");
    private static final Set<String> SHARDS = Set.of("total", "ids");
    private static final Set<String> COOLDOWN = Set.of("commands", "seconds");
    private static final Set<String> DAILY = Set.of("postsPerSecond", "thread", "maxFailedDays", "leaseSeconds",
            "channels");
    private static final Set<String> CHANNEL = Set.of("guild", "channel", "time", "timezone", "area", "days", "role",
            "thread");

    private final List<String> problems = new ArrayList<>();
    private final ConfigValues values = new ConfigValues(problems);
    private final String source;

    private ConfigLoader(String source) {
        this.source = source;
    }

    /** The configuration from the file named by {@code PAPERBOY_CONFIG} or the default, then the environment. */
    public static Config load(Map<String, String> env) throws ConfigException {
        String named = env.get("PAPERBOY_CONFIG");
        Path file = named == null || named.isBlank() ? DEFAULT_FILE : Path.of(named);
        JsonNode root;
        try {
            root = JsonTree.parseLenient(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            if (named != null && !named.isBlank()) {
                throw new ConfigException("The configuration file " + file + " (PAPERBOY_CONFIG) does not exist.", List.of());
            }
            root = MissingNode.getInstance(); // no file: the defaults, as documented
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new ConfigException("The configuration file " + file + where + " is not valid JSON: "
                    + e.getOriginalMessage(), List.of());
        } catch (IOException e) {
            throw new ConfigException("The configuration file " + file + " cannot be read: " + e.getMessage(), List.of());
        }
        return new ConfigLoader(file.toString()).read(root, env);
    }

    private Config read(JsonNode root, Map<String, String> env) throws ConfigException {
        if (!root.isMissingNode() && !root.isObject()) {
            throw new ConfigException("The configuration file " + source + " must hold a JSON object.", List.of());
        }
        values.unknownKeys(root, TOP, "");
        Path catalogue = path(env, "PAPERBOY_CATALOGUE", root.path("catalogue"), "catalogue", DEFAULT_CATALOGUE);
        Path stateDir = path(env, "PAPERBOY_STATE_DIR", root.path("stateDir"), "stateDir", DEFAULT_STATE_DIR);
        URI api = apiUrl(env, root.path("discordApiUrl"));

        JsonNode s = root.path("shards");
        values.unknownKeys(s, SHARDS, "shards.");
        int total = values.integer(s.path("total"), "shards.total", -1, -1, 10_000);
        List<Integer> ids = new ArrayList<>();
        if (!s.path("ids").isMissingNode() && !s.path("ids").isNull()) {
            if (!s.path("ids").isArray()) {
                problems.add("shards.ids: expected a list of shard numbers, e.g. [0, 1]");
            } else {
                for (JsonNode id : s.path("ids")) {
                    if (!id.canConvertToInt() || id.asInt() < 0 || (total > 0 && id.asInt() >= total)) {
                        problems.add("shards.ids: " + id + " is not a shard number from 0 to total-1");
                    } else {
                        ids.add(id.asInt());
                    }
                }
                if (!ids.isEmpty() && total <= 0) {
                    problems.add("shards.ids needs shards.total: the ids only mean something out of a known total");
                }
            }
        }

        JsonNode c = root.path("cooldown");
        values.unknownKeys(c, COOLDOWN, "cooldown.");
        int commands = values.integer(c.path("commands"), "cooldown.commands", 5, 0, 1000);
        int seconds = values.integer(c.path("seconds"), "cooldown.seconds", 10, 1, 3600);

        JsonNode d = root.path("daily");
        values.unknownKeys(d, DAILY, "daily.");
        // Discord's limit is the whole bot's: a process running some of the shards takes their share
        double share = ids.isEmpty() || total <= 0 ? 1 : (double) ids.size() / total;
        double pps = values.number(d.path("postsPerSecond"), "daily.postsPerSecond", DailyDefaults.POSTS_PER_SECOND * share,
                0.1, 50);
        int leaseSeconds = values.integer(d.path("leaseSeconds"), "daily.leaseSeconds",
                (int) DailyDefaults.LEASE.toSeconds(), 10, 3600);
        boolean thread = values.bool(d.path("thread"), "daily.thread", false);
        int maxFailedDays = values.integer(d.path("maxFailedDays"), "daily.maxFailedDays", DailyDefaults.MAX_FAILED_DAYS, 1, 365);
        List<ConfiguredChannel> channels = new ArrayList<>();
        JsonNode list = d.path("channels");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            problems.add("daily.channels: expected a list of {guild, channel, time, timezone, area, days, role, thread}");
        } else {
            int i = 0;
            for (JsonNode ch : list) {
                ConfiguredChannel dc = channel(ch, "daily.channels[" + i++ + "]");
                if (dc != null) {
                    channels.add(dc);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("The configuration (" + source + " and the environment) has "
                    + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"), problems);
        }
        return new Config(catalogue, stateDir, api, new Config.Shards(total, ids),
                new Config.Cooldown(commands, Duration.ofSeconds(seconds)),
                new Config.Daily(pps, thread, maxFailedDays, Duration.ofSeconds(leaseSeconds), channels));
    }

    private ConfiguredChannel channel(JsonNode ch, String at) {
        if (!ch.isObject()) {
            problems.add(at + ": expected an object {guild, channel, time, timezone, area, days, role, thread}");
            return null;
        }
        values.unknownKeys(ch, CHANNEL, at + ".");
        int before = problems.size();
        long guild = values.snowflake(ch.path("guild"), at + ".guild");
        long channel = values.snowflake(ch.path("channel"), at + ".channel");
        LocalTime time = values.time(ch.path("time").asText(DailyDefaults.TIME.toString()), at + ".time");
        ZoneId zone = values.zone(ch.path("timezone").asText(DailyDefaults.ZONE.getId()), at + ".timezone");
        String area = ch.path("area").asText(DailyDefaults.AREA);
        if (!area.matches("[a-z0-9][a-z0-9-]{0,24}")) {
            problems.add(at + ".area: \"" + area + "\" is not an area key such as all, nlp or cv");
        }
        Days days = values.days(ch.path("days"), at + ".days");
        JsonNode roleNode = ch.path("role");
        Long role = roleNode.isMissingNode() || roleNode.isNull() ? null : values.snowflake(roleNode, at + ".role");
        JsonNode threadNode = ch.path("thread");
        Boolean thread = threadNode.isMissingNode() || threadNode.isNull() ? null : values.bool(threadNode, at + ".thread", false);
        return problems.size() == before ? new ConfiguredChannel(guild, channel, time, zone, area,
                new PostOptions.Change(days, role, thread)) : null;
    }


    /** {@code HH:MM}, 24-hour; the one format {@code /daily set} takes too. */
    public static LocalTime parseTime(String text) throws DateTimeParseException {
        if (text == null || !text.strip().matches("\\d{1,2}:\\d{2}")) {
            throw new DateTimeParseException("expected HH:MM", String.valueOf(text), 0);
        }
        String t = text.strip();
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }




    private Path path(Map<String, String> env, String var, JsonNode n, String key, Path fallback) {
        String fromEnv = env.get(var);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problems.add(key + ": expected a path as a string");
            return fallback;
        }
        return Path.of(n.asText());
    }

    private URI apiUrl(Map<String, String> env, JsonNode n) {
        String text = env.get("DISCORD_API_URL");
        String from = "DISCORD_API_URL";
        if (text == null || text.isBlank()) {
            text = n.isMissingNode() || n.isNull() ? null : n.asText();
            from = "discordApiUrl";
        }
        if (text == null || text.isBlank()) {
            return Config.DISCORD_API;
        }
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                problems.add(from + ": \"" + text + "\" is not an http(s) address such as https://discord.com/api/v10/");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(from + ": \"" + text + "\" is not a valid address: " + e.getReason());
            return null;
        }
    }




}
