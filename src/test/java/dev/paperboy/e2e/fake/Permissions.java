package dev.paperboy.e2e.fake;

/**
 * Discord's permission bits (https://discord.com/developers/docs/topics/permissions), written out
 * here so the fake does not borrow its model of Discord from JDA, the library under test.
 */
public final class Permissions {
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_CHANNELS = 1L << 4;
    public static final long MANAGE_GUILD = 1L << 5;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long MANAGE_THREADS = 1L << 34;
    public static final long CREATE_PUBLIC_THREADS = 1L << 35;
    public static final long CREATE_PRIVATE_THREADS = 1L << 36;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    /** Every bit Discord defines today (up to USE_EXTERNAL_APPS, 1 << 50). */
    public static final long ALL = (1L << 51) - 1;

    private Permissions() {}

    public static boolean has(long permissions, long required) {
        return (permissions & required) == required;
    }
}
