package dev.paperboy.daily;

import java.nio.file.Path;

/**
 * A subscription that could not be loaded: a state file, or a row of the database.
 *
 * @param channelId the channel it was for
 * @param file    the file as it was found; null for a row of the database
 * @param reason  why it could not be read
 * @param movedTo where it was moved aside, or null when even that failed (then it is left in
 *                place and not used)
 */
public record StoreProblem(long channelId, Path file, String reason, Path movedTo) {

 /** A row of the database whose document cannot be read; it is left in place. */
    public static StoreProblem inDatabase(long channelId, String reason) {
        return new StoreProblem(channelId, null, reason, null);
    }

    /** Where it is now, as an admin would look for it. */
    public String where() {
        if (movedTo != null) {
            return movedTo.getFileName().toString();
        }
        return file != null ? file.getFileName().toString() : "database, channel " + Long.toUnsignedString(channelId);
    }

    @Override
    public String toString() {
        if (file == null) {
            return "the database row of channel " + Long.toUnsignedString(channelId) + ": " + reason;
        }
        return file + ": " + reason + (movedTo != null ? " (moved aside to " + movedTo.getFileName() + ")"
                : " (could not be moved aside; it is ignored)");
    }
}
