package dev.paperboy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Language;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyEnglishKeyHasAChineseTextAndTheOtherWayRound() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_TW.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        Properties enCommands = load("commands.properties");
        Properties zhCommands = load("commands_zh_TW.properties");
        assertThat(zhCommands.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(enCommands.stringPropertyNames());
    }

    @Test
    void apostrophesSurviveFormatting() {
        assertThat(Messages.ENGLISH.get("daily.status.damaged", "2.json.corrupt-x")).contains("bot's admin");
        assertThat(Messages.ENGLISH.get("daily.save.failed")).contains("bot's admin");
    }

    /**
     * MessageFormat eats a lone apostrophe in a message with arguments, and a message without
     * arguments is shown as written: '' only where there are arguments.
     */
    @Test
    void apostrophesAreDoubledExactlyInTheMessagesThatTakeArguments() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_zh_TW.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                boolean args = text.matches("(?s).*\\{\\d.*");
                String lone = text.replace("''", "");
                assertThat(lone).as(bundle + " " + key + (args ? ": write '' in a message with arguments"
                        : ": write ' in a message without arguments")).doesNotContain(args ? "'" : "''");
            }
        }
    }

    @Test
    void onlyTaiwaneseChineseGetsChinese() {
        assertThat(Messages.of("zh-TW").chinese()).isTrue();
        assertThat(Messages.of("en-US").chinese()).isFalse();
        assertThat(Messages.of("fr").chinese()).isFalse();
        assertThat(Messages.of((String) null).chinese()).isFalse();
    }

    @Test
    void chineseReadersOfBothScriptsReadTheListsTextAndOnlyTaiwanGetsChineseWords() {
        assertThat(Messages.of("zh-TW").language()).isEqualTo(Language.ZH_TW);
        assertThat(Messages.of("zh-CN").language()).isEqualTo(Language.ZH_TW);
        assertThat(Messages.of("zh-CN").chinese()).isFalse();
        assertThat(Messages.of("en-US").language()).isEqualTo(Language.ENGLISH);
        assertThat(Messages.of("ja").language()).isEqualTo(Language.ENGLISH);
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/paperboy/discord/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
