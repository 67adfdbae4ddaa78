package dev.paperboy.daily;

import java.nio.file.Path;

/**
 * A state file that could not be loaded.
 *
 * @param channelId the channel the file was for (from its name)
 * @param file    the file as it was found
 * @param reason  why it could not be read
 * @param movedTo where it was moved aside, or null when even that failed (then it is left in
 *                place and not used)
 */
public record StoreProblem(long channelId, Path file, String reason, Path movedTo) {

    @Override
    public String toString() {
        return file + ": " + reason + (movedTo != null ? " (moved aside to " + movedTo.getFileName() + ")"
                : " (could not be moved aside; it is ignored)");
    }
}
