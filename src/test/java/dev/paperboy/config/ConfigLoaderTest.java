package dev.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paperboy.daily.ConfiguredChannel;
import dev.paperboy.daily.DailyDefaults;
import dev.paperboy.daily.Days;
import dev.paperboy.daily.PostOptions;
import java.time.DayOfWeek;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void noFileGivesTheDocumentedDefaults() throws Exception {
        Config c = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", "", "X", "y"));
        assertThat(c.catalogue()).isEqualTo(Path.of("data/catalogue.json"));
        assertThat(c.stateDir()).isEqualTo(Path.of("data/state"));
        assertThat(c.discordApiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(c.daily().channels()).isEmpty();
        assertThat(c.cooldown().commands()).isEqualTo(5);
    }

    @Test
    void theExampleFileIsValidAndDocumentsEveryKey() throws Exception {
        Config c = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", "config/paperboy.example.json"));
        assertThat(c.daily().channels()).hasSize(1);
        String example = Files.readString(Path.of("config/paperboy.example.json"));
        for (String key : new String[] {"catalogue", "stateDir", "discordApiUrl", "shards", "total", "ids", "cooldown",
            "commands", "seconds", "daily", "postsPerSecond", "thread", "maxFailedDays", "leaseSeconds", "channels",
            "guild", "channel", "time", "timezone", "area", "days", "role"}) {
            assertThat(example).contains("\"" + key + "\"");
        }
    }

    @Test
    void theComposeExampleRunsShardZeroAndOneOfTwoEachAtHalfTheDefaultPace() throws Exception {
        Config zero = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", "config/compose/shard-0.json"));
        Config one = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", "config/compose/shard-1.json"));

        assertThat(zero.shards()).isEqualTo(new Config.Shards(2, List.of(0)));
        assertThat(one.shards()).isEqualTo(new Config.Shards(2, List.of(1)));
        assertThat(zero.daily().postsPerSecond()).isEqualTo(DailyDefaults.POSTS_PER_SECOND / 2);
    }

    @Test
    void aPaceSetInTheFileIsKeptWhateverShardsTheProcessRuns() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{ \"shards\": { \"total\": 4, \"ids\": [3] }, \"daily\": { \"postsPerSecond\": 30 } }");

        assertThat(ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString())).daily().postsPerSecond())
                .isEqualTo(30);
    }

    @Test
    void aProcessRunningEveryShardTakesTheWholeDefaultPaceAndTheDefaultLease() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{ \"shards\": { \"total\": 4, \"ids\": [] } }");

        Config c = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString()));
        assertThat(c.daily().postsPerSecond()).isEqualTo(DailyDefaults.POSTS_PER_SECOND);
        assertThat(c.daily().lease()).isEqualTo(DailyDefaults.LEASE);
    }

    @Test
    void environmentOverridesTheFile() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{ \"catalogue\": \"a.json\", \"stateDir\": \"s\", \"discordApiUrl\": \"https://x.org/api\" }");
        Config c = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString(), "PAPERBOY_CATALOGUE", "b.json",
                "PAPERBOY_STATE_DIR", "t", "DISCORD_API_URL", "http://127.0.0.1:9/api/v10"));
        assertThat(c.catalogue()).isEqualTo(Path.of("b.json"));
        assertThat(c.stateDir()).isEqualTo(Path.of("t"));
        assertThat(c.discordApiUrl()).isEqualTo(URI.create("http://127.0.0.1:9/api/v10/"));
    }

    @Test
    void everyBadKeyIsNamedAtOnce() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {
                  // comments are allowed
                  "catalog": "typo.json",
                  "cooldown": { "commands": -1 },
                  "daily": { "thread": "yes", "channels": [
                    { "guild": "1", "channel": "2", "time": "25:00", "timezone": "Mars/Olympus" },
                    { "guild": "x", "channel": "3", "area": "NLP!" },
                    { "guild": "1", "channel": "4", "days": "weekends", "role": "@study", "thread": 1 } ] }
                }
                """);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString(), "DISCORD_API_URL", "ftp://x")));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "catalog: unknown key (known here: catalogue, cooldown, daily, discordApiUrl, shards, stateDir)",
                "DISCORD_API_URL: \"ftp://x\" is not an http(s) address such as https://discord.com/api/v10/",
                "cooldown.commands: expected a whole number from 0 to 1000, got -1",
                "daily.thread: expected true or false, got \"yes\"",
                "daily.channels[0].time: \"25:00\" is not a time HH:MM such as 09:00",
                "daily.channels[0].timezone: \"Mars/Olympus\" is not an IANA time zone such as Asia/Taipei",
                "daily.channels[1].guild: expected a Discord id (digits, as a string), got \"x\"",
                "daily.channels[1].area: \"NLP!\" is not an area key such as all, nlp or cv",
                "daily.channels[2].days: \"weekends\" is not one of every, weekdays, mon, tue, wed, thu, fri, sat, sun",
                "daily.channels[2].role: expected a Discord id (digits, as a string), got \"@study\"",
                "daily.channels[2].thread: expected true or false, got 1");
    }

    @Test
    void preconfiguredChannelsGetDefaults() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"daily\": {\"channels\": [{\"guild\": \"11\", \"channel\": \"22\"}]}}");
        ConfiguredChannel ch = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString())).daily().channels().get(0);
        assertThat(ch).isEqualTo(new ConfiguredChannel(11, 22, LocalTime.of(9, 0), ZoneId.of("Asia/Taipei"), "all"));
    }

    @Test
    void preconfiguredChannelsTakeDaysRoleAndThreadLikeDailySet() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {"daily": {"channels": [{"guild": "11", "channel": "22", "days": "wed", "role": "33", "thread": true}]}}
                """);
        ConfiguredChannel ch = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString())).daily().channels().get(0);
        assertThat(ch.options()).isEqualTo(new PostOptions.Change(Days.weekly(DayOfWeek.WEDNESDAY), 33L, true));
    }

    @Test
    void aNamedFileThatIsMissingIsAnError() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Map.of("PAPERBOY_CONFIG", dir.resolve("nope.json").toString())));
        assertThat(e.getMessage()).contains("does not exist");
    }

    @Test
    void aSyntaxErrorIsNamedWithItsLine() throws Exception {
        String message = refusal("{\n  \"cooldown\": { \"commands\": 3 },\n  \"daily\": { \"thread\": tru }\n}\n");
        assertThat(message).startsWith("The configuration file " + dir.resolve("p.json") + ":3 is not valid JSON: ");
    }

    @Test
    void textAfterTheDocumentIsRefusedRatherThanIgnored() throws Exception {
        String message = refusal("{\"cooldown\": {\"commands\": 3}}\n{\"cooldown\": {\"commands\": 9}}\n");
        assertThat(message).contains(":2 is not valid JSON").contains("after the end of the document");
    }

    /** The message with which a config file of {@code content} is refused. */
    private String refusal(String content) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, content);
        return catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString()))).getMessage();
    }

    @Test
    void aFileOfCommentsAloneGivesTheDefaults() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "// everything as documented\n");
        assertThat(ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString())).cooldown().commands()).isEqualTo(5);
    }

    @Test
    void numbersOfEveryShapeAreCheckedAsNumbersAndTrailingCommasAreAllowed() throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {
                  "shards": { "total": 4, "ids": [3, 99999999999999999999999], },
                  "cooldown": { "seconds": 1e2, },
                  "daily": { "postsPerSecond": 12.5, "maxFailedDays": 5000000000 },
                }
                """);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString())));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "shards.ids: 99999999999999999999999 is not a shard number from 0 to total-1",
                "cooldown.seconds: expected a whole number from 1 to 3600, got 100.0",
                "daily.maxFailedDays: expected a whole number from 1 to 365, got 5000000000");
        Files.writeString(file, "{\"shards\": {\"total\": 4, \"ids\": [3]}, \"daily\": {\"postsPerSecond\": 12.5}}");
        Config c = ConfigLoader.load(Map.of("PAPERBOY_CONFIG", file.toString()));
        assertThat(c.shards().ids()).containsExactly(3);
        assertThat(c.daily().postsPerSecond()).isEqualTo(12.5);
    }
}
