package dev.paperboy.discord;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.interactions.commands.localization.ResourceBundleLocalizationFunction;

/**
 * Names and descriptions of commands, options and choices, from one pair of bundles
 * ({@code commands.properties}, English, and {@code commands_zh_TW.properties}). The English
 * bundle gives the base text too, so no description is written twice.
 */
final class CommandTexts {

    private static final String BUNDLE = "dev/paperboy/discord/commands";
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(BUNDLE, Locale.TRADITIONAL_CHINESE);

    static final LocalizationFunction LOCALIZATION = ResourceBundleLocalizationFunction
            .fromBundle(ENGLISH, DiscordLocale.ENGLISH_US)
            .addBundle(CHINESE, DiscordLocale.CHINESE_TAIWAN)
            .build();

    private CommandTexts() {
    }

    /** The English text of a key, e.g. {@code paper.options.year.description}. */
    static String english(String key) {
        return ENGLISH.getString(key);
    }

    /**
     * A choice whose names come from the bundles by its value
     * ({@code <prefix>.choices.<value>.name}): JDA's function would key choices by their English
     * name, which changes whenever the wording does.
     */
    static Command.Choice choice(String prefix, String value) {
        String key = prefix + ".choices." + value + ".name";
        if (!ENGLISH.containsKey(key)) {
            // an area a later catalogue adds: its key is its name
            return new Command.Choice(value.toUpperCase(Locale.ROOT), value);
        }
        return choice(value, ENGLISH.getString(key), CHINESE.getString(key));
    }

    static Command.Choice choice(String value, String english, String chinese) {
        Command.Choice c = new Command.Choice(english, value);
        c.setNameLocalizations(Map.of(DiscordLocale.ENGLISH_US, english, DiscordLocale.CHINESE_TAIWAN, chinese));
        return c;
    }
}
