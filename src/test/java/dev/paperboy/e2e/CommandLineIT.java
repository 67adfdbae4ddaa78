package dev.paperboy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.e2e.fake.FakeDiscord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line as an admin uses it: every mistake is a message and an exit status, never a stack trace. */
class CommandLineIT {

    static final Path SEED = Path.of("src/test/resources/readme/seed-2019-01.md");

    @TempDir
    Path dir;

    record Run(int exit, String out) {
    }

    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", RunningBot.JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISCORD_TOKEN");
        pb.environment().remove("PAPERBOY_CATALOGUE");
        pb.environment().remove("PAPERBOY_CONFIG");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
        return new Run(p.exitValue(), out);
    }

    @Test
    void importOfTheSeedWritesTheShippedCatalogueAndSummarizes() throws Exception {
        Path out = dir.resolve("catalogue.json");
        Run r = run(Map.of(), "import", SEED.toString(), "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("courses          5 resources").contains("cv            24 papers")
                .contains(":260: cv \"DCGAN\"").contains("Wrote " + out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(Path.of("data/catalogue.json")));
    }

    @Test
    void anImportThatWouldLoseItemsLeavesTheGoodCatalogueUnlessForced() throws Exception {
        Path out = dir.resolve("catalogue.json");
        Files.copy(Path.of("data/catalogue.json"), out);
        byte[] good = Files.readAllBytes(out);
        String seed = Files.readString(SEED);
        Path lossy = dir.resolve("README.md");
        Files.writeString(lossy, seed.replace("### [Lucid](https://github.com/tensorflow/lucid)", "### Lucid"));

        Run refused = run(Map.of(), "import", lossy.toString(), "-o", out.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("Lucid").contains("left as it was").contains("--force");
        assertThat(Files.readAllBytes(out)).isEqualTo(good);

        Run forced = run(Map.of(), "import", lossy.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exit()).isEqualTo(3);
        assertThat(Files.readString(out)).doesNotContain("\"Lucid\"").contains("\"Colaboratory\"");
    }

    @Test
    void anEmptyOrBinaryReadmeIsRefusedWithAMessage() throws Exception {
        Path out = dir.resolve("catalogue.json");
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        Path binary = Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        for (Path bad : List.of(empty, binary)) {
            Run r = run(Map.of(), "import", bad.toString(), "-o", out.toString());
            assertThat(r.exit()).as(bad.toString()).isEqualTo(1);
            assertThat(r.out()).contains(bad.getFileName().toString()).contains("Nothing written");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void checkListsEveryProblemOfAHandEditedCatalogueWithLines() throws Exception {
        String json = Files.readString(Path.of("data/catalogue.json"))
                .replace("\"url\" : \"https://www.elementsofai.com/\"", "\"url\" : \"www.elementsofai.com\"")
                .replace("\"month\" : 10,", "\"month\" : 13,");
        Path bad = Files.writeString(dir.resolve("bad.json"), json);
        Run r = run(Map.of("PAPERBOY_CATALOGUE", bad.toString()), "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("2 problems").containsPattern("bad\\.json:\\d+: resources\\[\\d+] \"elements-of-artificial-intelligence\": \"url\"")
                .containsPattern("bad\\.json:\\d+: papers\\[\\d+] \"bert\": month 13 is not 1-12");
        assertThat(run(Map.of(), "check").exit()).isZero();
    }

    @Test
    void checkNamesEveryBadConfigurationKey() throws Exception {
        Path config = Files.writeString(dir.resolve("p.json"), "{ \"stateDir\": 5, \"daily\": { \"postsPerSecond\": 500 } }");
        Run r = run(Map.of("PAPERBOY_CONFIG", config.toString()), "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("stateDir: expected a path").contains("daily.postsPerSecond");
    }

    @Test
    void previewPrintsTheReplyAndRefusesAnUnknownCommand() throws Exception {
        Run r = run(Map.of(), "preview", "/paper nlp 2018", "--locale", "zh-TW");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Universal Language Model Fine-tuning").contains("[發表時間] 2018/10");
        Run unknown = run(Map.of(), "preview", "/papers");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("Unknown command /papers").contains("/paper");
    }

    @Test
    void previewCardsFollowTheLocale() throws Exception {
        Run en = run(Map.of(), "preview", "/resource courses", "--locale", "en-US");
        assertThat(en.out()).contains("**Prof. Hung-yi Lee's Machine Learning / Deep Learning Courses**")
                .doesNotContain("李宏毅教授");
        Run zh = run(Map.of(), "preview", "/resource courses", "--locale", "zh-TW");
        assertThat(zh.out()).contains("**李宏毅教授的機器學習 / 深度學習課程**").doesNotContain("Hung-yi Lee");
    }

    @Test
    void importOfALaterListNamesWhatTheEnglishLacksAndLeavesTheEnglishFileAsItWas() throws Exception {
        Path out = dir.resolve("catalogue.json");
        Path english = dir.resolve("catalogue.en.json");
        Files.copy(Path.of("data/catalogue.json"), out);
        Files.copy(Path.of("data/catalogue.en.json"), english);
        byte[] before = Files.readAllBytes(english);

        Run r = run(Map.of(), "import", "src/test/resources/readme/later-version.md", "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("English (" + english + ")")
                .containsPattern("No English yet, 8 .*:\\n(    .*\\n)*    resource \"gan-lab\"  source [0-9a-f]{16}\\n")
                .containsPattern("Changed in the list since translated, 4 .*:\\n(    .*\\n)*    paper \"bert\"  source now ")
                .containsPattern("No longer in the list, 56 .*: .*resource \"colaboratory\"");
        assertThat(Files.readAllBytes(english)).as("the English file is never written by import").isEqualTo(before);

        // BERT's note changed, its links did not: the earlier English is shown, marked
        Run preview = run(Map.of("PAPERBOY_CATALOGUE", out.toString()), "preview", "/paper nlp 2018");
        assertThat(preview.out()).contains("Google's brute-force aesthetic").contains("English written for an earlier text");
    }

    @Test
    void checkListsEntriesWithoutEnglishOrWithEnglishOfAnEarlierTextAndStillPasses() throws Exception {
        Path catalogue = dir.resolve("catalogue.json");
        Files.copy(Path.of("data/catalogue.json"), catalogue);
        String json = Files.readString(Path.of("data/catalogue.en.json"));
        String bertSource = json.substring(json.indexOf("\"bert\""));
        bertSource = bertSource.substring(bertSource.indexOf("\"source\""), bertSource.indexOf(','));
        Files.writeString(dir.resolve("catalogue.en.json"), json.replace("\"lucid\": {", "\"gone-for-good\": {")
                .replace(bertSource, "\"source\": \"0000000000000000\""));
        Run r = run(Map.of("PAPERBOY_CATALOGUE", catalogue.toString()), "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("67 of 69 entries translated and current")
                .containsPattern("No English yet, 1 .*:\\n    resource \"lucid\"  source [0-9a-f]{16}\\n")
                .containsPattern("Changed in the list since translated, 1 .*:\\n    paper \"bert\"  source now [0-9a-f]{16}\\n")
                .containsPattern("No longer in the list, 1 .*: resource \"gone-for-good\"\\n");
        assertThat(run(Map.of(), "check").out()).contains("69 of 69 entries translated and current");
    }

    @Test
    void aBrokenEnglishFileIsNamedWithItsLine() throws Exception {
        Path catalogue = dir.resolve("catalogue.json");
        Files.copy(Path.of("data/catalogue.json"), catalogue);
        Files.writeString(dir.resolve("catalogue.en.json"), "{\n  \"papers\": {\n    \"bert\": { \"source\": 12 }\n  }\n}\n");
        Run r = run(Map.of("PAPERBOY_CATALOGUE", catalogue.toString()), "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("catalogue.en.json") + ":3: paper \"bert\": \"source\" must be 16");
    }

    @Test
    void runningWithoutATokenOrWithAMissingCatalogueSaysWhatToDo() throws Exception {
        Run noToken = run(Map.of(), "run");
        assertThat(noToken.exit()).isEqualTo(1);
        assertThat(noToken.out()).contains("DISCORD_TOKEN is not set");
        Run noCatalogue = run(Map.of("DISCORD_TOKEN", "abc", "PAPERBOY_CATALOGUE", dir.resolve("none.json").toString()));
        assertThat(noCatalogue.exit()).isEqualTo(1);
        assertThat(noCatalogue.out()).contains("does not exist").contains("import");
    }

    @Test
    void aTokenDiscordRefusesIsSaidSoAndNeverPrinted() throws Exception {
        String token = "MTE.wrong-token-for-the-test.x";
        try (FakeDiscord discord = FakeDiscord.start()) {
            Run r = run(Map.of("DISCORD_TOKEN", token, "DISCORD_API_URL", discord.apiBase(),
                    "PAPERBOY_STATE_DIR", dir.resolve("state").toString()));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("refused the token").doesNotContain(token);
        }
    }

    @Test
    void discordUnreachableAtStartIsOneLineSayingWhatToCheckAndExitsNonZero() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Run r = run(Map.of("DISCORD_TOKEN", "abc", "DISCORD_API_URL", "http://127.0.0.1:" + closedPort + "/api/v10/",
                "PAPERBOY_STATE_DIR", dir.resolve("state").toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Could not reach Discord at http://127.0.0.1:" + closedPort)
                .contains("DISCORD_API_URL");
    }

    @Test
    void aDatabaseThatCannotBeReachedOrNamedIsOneLineAndExitsNonZero() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Map<String, String> base = Map.of("DISCORD_TOKEN", "abc", "PAPERBOY_STATE_DIR", dir.resolve("state").toString());
        Map<String, String> unreachable = new java.util.HashMap<>(base);
        unreachable.put("PAPERBOY_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/paperboy?password=s3cret");
        Run r = run(unreachable);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Cannot use the state: cannot open the database PostgreSQL jdbc:postgresql://127.0.0.1:"
                + closedPort + "/paperboy").contains("refused").doesNotContain("s3cret");

        Map<String, String> notPostgres = new java.util.HashMap<>(base);
        notPostgres.put("PAPERBOY_DATABASE_URL", "mysql://db/paperboy");
        Run wrong = run(notPostgres);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).contains("PAPERBOY_DATABASE_URL must be a PostgreSQL JDBC URL");

        Map<String, String> badPort = new java.util.HashMap<>(base);
        badPort.put("PAPERBOY_HTTP_PORT", "eighty");
        Run port = run(badPort);
        assertThat(port.exit()).isEqualTo(1);
        assertThat(port.out()).contains("PAPERBOY_HTTP_PORT must be a port number");
    }

    @Test
    void checkReadsTheDatabaseAndCountsItsSubscriptions() throws Exception {
        Path state = dir.resolve("state");
        try (dev.paperboy.store.Database db = dev.paperboy.store.Database.sqlite(state)) {
            new dev.paperboy.store.JdbcSubscriptionStore(db, "test").put(dev.paperboy.daily.Subscription.create(1, 10,
                    java.time.LocalTime.NOON, java.time.ZoneId.of("UTC"), "all", null));
        }
        Run r = run(Map.of("PAPERBOY_STATE_DIR", state.toString()), "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("State: ok (SQLite " + state.resolve("paperboy.db").toAbsolutePath())
                .contains("1 subscriptions");
    }

    @Test
    void checkNamesADamagedSubscriptionFileWithoutMovingItAndExitsNonZero() throws Exception {
        Path subscriptions = Files.createDirectories(dir.resolve("state/subscriptions"));
        Files.writeString(subscriptions.resolve("42.json"), "{ \"guildId\": ");
        Run r = run(Map.of("PAPERBOY_STATE_DIR", dir.resolve("state").toString()), "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("channel 42").contains("42.json");
        assertThat(subscriptions.resolve("42.json")).as("check changes nothing").exists();
    }
}
