package dev.paperboy.cli;

import java.io.PrintWriter;
import java.util.Map;

/** The bot token: from {@code DISCORD_TOKEN} only, checked for shape, never printed. */
final class Token {

    private Token() {
    }

    static String fromEnvironment(Map<String, String> env, PrintWriter err) {
        String token = env.get("DISCORD_TOKEN");
        if (token == null || token.isBlank()) {
            err.println("DISCORD_TOKEN is not set. Put the bot token from the Discord developer portal in the "
                    + "environment (never in a file that is committed).");
            return null;
        }
        if (!token.strip().equals(token) || token.chars().anyMatch(Character::isWhitespace)) {
            err.println("DISCORD_TOKEN contains white space; copy the token again without spaces or line breaks.");
            return null;
        }
        return token;
    }
}
