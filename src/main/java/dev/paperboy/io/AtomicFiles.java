package dev.paperboy.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a reader, or a process killed at any instant, finds either the old
 * content or the new one, never a mix: write a temporary file beside the target, force it to
 * disk, rename it over the target, then force the directory so the rename itself survives a
 * power cut.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("could not write " + target + ": " + describe(e), e);
        }
    }

    private static void forceDirectory(Path dir) {
        // Linux allows fsync on a directory opened for reading; other systems may refuse, and
        // there the rename is as durable as the platform makes it.
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort, see above
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("No space left on device")) {
            return "the disk is full";
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
