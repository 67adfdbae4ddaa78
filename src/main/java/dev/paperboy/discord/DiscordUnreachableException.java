package dev.paperboy.discord;

/** Discord (or what DISCORD_API_URL names) could not be reached at start; the message says what to check. */
public final class DiscordUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DiscordUnreachableException(String message) {
        super(message);
    }
}
