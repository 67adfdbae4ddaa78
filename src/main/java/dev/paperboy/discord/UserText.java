package dev.paperboy.discord;

import dev.paperboy.catalogue.Texts;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** Text a user typed, shown back to them. */
final class UserText {

    /** Longer input is cut: an option value is at most 100 characters anyway. */
    static final int MAX = 100;

    private UserText() {
    }

    /** Markdown escaped, so it shows as typed and cannot format, mention or mask a link. */
    static String escape(String typed) {
        return MarkdownSanitizer.escape(Texts.cut(typed, MAX));
    }
}
