package dev.paperboy.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One process per directory: an exclusive OS lock on {@code <dir>/paperboy.lock}, held while the
 * process lives and released by the OS when it dies, even by {@code kill -9}, so a crash never
 * leaves a stale lock behind. The file holds the owner's pid, for the message of the one refused.
 */
public final class DirectoryLock implements AutoCloseable {

    public static final String FILE = "paperboy.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the directory, creating it if needed.
     *
     * @return the lock, or empty when another process holds it
     * @throws IOException when the directory or the lock file cannot be used at all
     */
    public static Optional<DirectoryLock> tryTake(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(true);
        return Optional.of(new DirectoryLock(channel, lock));
    }

    /** The pid written by the process that holds (or last held) the directory, or "unknown". */
    public static String holder(Path dir) {
        try {
            String text = Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? "unknown" : text;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
