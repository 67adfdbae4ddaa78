package dev.paperboy.discord;

/** Discord refused the bot token at login; JDA's own exception stays inside this package. */
public final class TokenRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TokenRefusedException() {
        super("Discord refused the bot token");
    }
}
