package dev.paperboy.discord;

import dev.paperboy.catalogue.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Interface text in the user's language: zh-TW users get Chinese, everyone else English. With it
 * goes the {@link Language} of the catalogue's text for the same reader, which differs for zh-CN:
 * the words around the cards are in English (we write zh-TW and en-US), the cards in the list's
 * Chinese, which a zh-CN reader reads better than our English.
 */
public final class Messages {

    private static final String BUNDLE = "dev.paperboy.discord.messages";
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH, Language.ENGLISH);
    public static final Messages CHINESE = new Messages(Locale.TRADITIONAL_CHINESE, Language.ZH_TW);
    /** zh-CN: English words around the list's own text. */
    static final Messages ENGLISH_AROUND_THE_LIST = new Messages(Locale.ENGLISH, Language.ZH_TW);

    private final ResourceBundle bundle;
    private final boolean chinese;
    private final Language language;

    private Messages(Locale locale, Language language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.chinese = locale.equals(Locale.TRADITIONAL_CHINESE);
        this.language = language;
    }

    public static Messages of(DiscordLocale locale) {
        if (locale == DiscordLocale.CHINESE_TAIWAN) {
            return CHINESE;
        }
        return Language.forLocale(locale.getLocale()) == Language.ZH_TW ? ENGLISH_AROUND_THE_LIST : ENGLISH;
    }

    /** For the command line: {@code zh-TW} or anything else. */
    public static Messages of(String localeTag) {
        return of(DiscordLocale.from(localeTag == null ? "en-US" : localeTag));
    }

    /** Whether the interface text is Chinese. */
    public boolean chinese() {
        return chinese;
    }

    /** The catalogue's text this reader gets. */
    public Language language() {
        return language;
    }

    public DiscordLocale locale() {
        return chinese ? DiscordLocale.CHINESE_TAIWAN : DiscordLocale.ENGLISH_US;
    }

    /** Whether there is a text for {@code key} (an area a later catalogue adds has none). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
