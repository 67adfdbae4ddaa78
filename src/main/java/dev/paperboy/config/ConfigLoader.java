package dev.paperboy.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.paperboy.daily.ConfiguredChannel;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.PostOptions;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code config/paperboy.json} (or {@code PAPERBOY_CONFIG}) and the environment once,
 * and reports every bad key together, so an admin fixes the file in one go. The file may hold
 * {@code //} comments: the example documents each key where it stands.
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("config/paperboy.json");
    public static final Path DEFAULT_CATALOGUE = Path.of("data/catalogue.json");
    public static final Path DEFAULT_STATE_DIR = Path.of("data/state");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Set<String> TOP = Set.of("catalogue", "stateDir", "discordApiUrl", "shards", "cooldown", "daily");
    private static final Set<String> SHARDS = Set.of("total", "ids");
    private static final Set<String> COOLDOWN = Set.of("commands", "seconds");
    private static final Set<String> DAILY = Set.of("postsPerSecond", "thread", "maxFailedDays", "leaseSeconds",
            "channels");
    private static final Set<String> CHANNEL = Set.of("guild", "channel", "time", "timezone", "area", "days", "role",
            "thread");

    private final List<String> problems = new ArrayList<>();
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
            root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || root.isMissingNode()) {
                root = MissingNode.getInstance();
            }
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
        unknownKeys(root, TOP, "");
        Path catalogue = path(env, "PAPERBOY_CATALOGUE", root.path("catalogue"), "catalogue", DEFAULT_CATALOGUE);
        Path stateDir = path(env, "PAPERBOY_STATE_DIR", root.path("stateDir"), "stateDir", DEFAULT_STATE_DIR);
        URI api = apiUrl(env, root.path("discordApiUrl"));

        JsonNode s = root.path("shards");
        unknownKeys(s, SHARDS, "shards.");
        int total = integer(s.path("total"), "shards.total", -1, -1, 10_000);
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
        unknownKeys(c, COOLDOWN, "cooldown.");
        int commands = integer(c.path("commands"), "cooldown.commands", 5, 0, 1000);
        int seconds = integer(c.path("seconds"), "cooldown.seconds", 10, 1, 3600);

        JsonNode d = root.path("daily");
        unknownKeys(d, DAILY, "daily.");
        // Discord's limit is the whole bot's: a process running some of the shards takes their share
        double share = ids.isEmpty() || total <= 0 ? 1 : (double) ids.size() / total;
        double pps = number(d.path("postsPerSecond"), "daily.postsPerSecond", DailyDefaults.POSTS_PER_SECOND * share,
                0.1, 50);
        int leaseSeconds = integer(d.path("leaseSeconds"), "daily.leaseSeconds",
                (int) DailyDefaults.LEASE.toSeconds(), 10, 3600);
        boolean thread = bool(d.path("thread"), "daily.thread", false);
        int maxFailedDays = integer(d.path("maxFailedDays"), "daily.maxFailedDays", DailyDefaults.MAX_FAILED_DAYS, 1, 365);
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
        unknownKeys(ch, CHANNEL, at + ".");
        int before = problems.size();
        long guild = snowflake(ch.path("guild"), at + ".guild");
        long channel = snowflake(ch.path("channel"), at + ".channel");
        LocalTime time = time(ch.path("time").asText(DailyDefaults.TIME.toString()), at + ".time");
        ZoneId zone = zone(ch.path("timezone").asText(DailyDefaults.ZONE.getId()), at + ".timezone");
        String area = ch.path("area").asText(DailyDefaults.AREA);
        if (!area.matches("[a-z0-9][a-z0-9-]{0,24}")) {
            problems.add(at + ".area: \"" + area + "\" is not an area key such as all, nlp or cv");
        }
        Days days = days(ch.path("days"), at + ".days");
        JsonNode roleNode = ch.path("role");
        Long role = roleNode.isMissingNode() || roleNode.isNull() ? null : snowflake(roleNode, at + ".role");
        JsonNode threadNode = ch.path("thread");
        Boolean thread = threadNode.isMissingNode() || threadNode.isNull() ? null : bool(threadNode, at + ".thread", false);
        return problems.size() == before ? new ConfiguredChannel(guild, channel, time, zone, area,
                new PostOptions.Change(days, role, thread)) : null;
    }

    /** {@code every}, {@code weekdays}, {@code mon} ... {@code sun}, the choices of {@code /daily set days:}. */
    private Days days(JsonNode n, String at) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return Days.parse(n.asText());
        } catch (IllegalArgumentException e) {
            problems.add(at + ": \"" + n.asText() + "\" is not one of " + String.join(", ", Days.KEYS));
            return null;
        }
    }

    /** {@code HH:MM}, 24-hour; the one format {@code /daily set} takes too. */
    public static LocalTime parseTime(String text) throws DateTimeParseException {
        if (text == null || !text.strip().matches("\\d{1,2}:\\d{2}")) {
            throw new DateTimeParseException("expected HH:MM", String.valueOf(text), 0);
        }
        String t = text.strip();
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }

    private LocalTime time(String text, String at) {
        try {
            return parseTime(text);
        } catch (DateTimeParseException e) {
            problems.add(at + ": \"" + text + "\" is not a time HH:MM such as 09:00");
            return null;
        }
    }

    private ZoneId zone(String text, String at) {
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            problems.add(at + ": \"" + text + "\" is not an IANA time zone such as Asia/Taipei");
            return null;
        }
    }

    private long snowflake(JsonNode n, String at) {
        String text = n.isMissingNode() || n.isNull() ? null : n.asText();
        if (text == null || !text.matches("\\d{1,20}")) {
            problems.add(at + ": expected a Discord id (digits, as a string), got " + (text == null ? "nothing" : n));
            return 0;
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            problems.add(at + ": " + text + " is too large for a Discord id");
            return 0;
        }
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

    private int integer(JsonNode n, String key, int fallback, int min, int max) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            problems.add(key + ": expected a whole number from " + min + " to " + max + ", got " + n);
            return fallback;
        }
        return n.asInt();
    }

    private double number(JsonNode n, String key, double fallback, double min, double max) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            problems.add(key + ": expected a number from " + min + " to " + max + ", got " + n);
            return fallback;
        }
        return n.asDouble();
    }

    private boolean bool(JsonNode n, String key, boolean fallback) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            problems.add(key + ": expected true or false, got " + n);
            return fallback;
        }
        return n.asBoolean();
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add((prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1))
                    + ": expected an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
