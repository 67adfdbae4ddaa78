package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a file into README text, or into one precise problem: missing, too large, binary,
 * not UTF-8, empty. Reads at most {@link #MAX_BYTES} + 1 bytes, so a huge file or a device
 * such as /dev/zero costs a bounded read, never a hang or an out-of-memory.
 */
final class ReadmeBytes {

    /**
     * The list's README is about 30 KB; 5 MB is over a hundred times that and parses in well
     * under a second, while anything larger is not a README of this list.
     */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Either the text or the problem that stops the import. */
    record Text(String text, Problem problem) {
    }

    private ReadmeBytes() {
    }

    static Text read(Path file) throws IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return failed(name, 0, "is a directory, not a README file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return failed(name, 0, "does not exist");
        } catch (AccessDeniedException e) {
            return failed(name, 0, "cannot be read: permission denied");
        }
        if (bytes.length > MAX_BYTES) {
            long size = sizeOr(file, bytes.length);
            return failed(name, 0, "is " + megabytes(size) + (bytes.length == size ? " or more" : "")
                    + "; the importer reads README files of at most " + megabytes(MAX_BYTES)
                    + " (the list's README is about 30 KB). Is this the right file?");
        }
        return decode(bytes, name);
    }

    static Text decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return failed(name, 1, "is UTF-16 text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(name, lineAt(bytes, i), "is a binary file, not markdown (a NUL byte at byte offset " + i + ")");
            }
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return failed(name, lineAt(bytes, at), String.format(Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X at byte offset %d); save it as UTF-8", bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            return failed(name, 0, bytes.length == 0 ? "is empty" : "holds only blank lines");
        }
        return new Text(text, null);
    }

    private static Text failed(String name, int line, String message) {
        return new Text(null, new Problem(name, line, null, "the file " + message));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long sizeOr(Path file, long fallback) {
        try {
            return Math.max(Files.size(file), fallback);
        } catch (IOException e) {
            return fallback;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
