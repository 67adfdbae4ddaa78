package dev.paperboy.discord;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Interface text in the user's language: zh-TW users get Chinese, everyone else English.
 * Catalogue content is never translated; only the words around it.
 */
public final class Messages {

    private static final String BUNDLE = "dev.paperboy.discord.messages";
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    public static final Messages CHINESE = new Messages(Locale.TRADITIONAL_CHINESE);

    private final ResourceBundle bundle;
    private final boolean chinese;

    private Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.chinese = locale.equals(Locale.TRADITIONAL_CHINESE);
    }

    public static Messages of(DiscordLocale locale) {
        return locale == DiscordLocale.CHINESE_TAIWAN ? CHINESE : ENGLISH;
    }

    /** For the command line: {@code zh-TW} or anything else. */
    public static Messages of(String localeTag) {
        return of(DiscordLocale.from(localeTag == null ? "en-US" : localeTag));
    }

    public boolean chinese() {
        return chinese;
    }

    public DiscordLocale locale() {
        return chinese ? DiscordLocale.CHINESE_TAIWAN : DiscordLocale.ENGLISH_US;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
