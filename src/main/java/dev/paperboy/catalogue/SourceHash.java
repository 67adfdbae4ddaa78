package dev.paperboy.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of the list's text an English entry translates: the first 16 lower-case hex
 * characters of SHA-256 over UTF-8. An entry whose fingerprint no longer matches was translated
 * from text the list has since changed. The texts hashed are fixed by catalogue.en.json's format.
 */
final class SourceHash {

    private SourceHash() {
    }

    /** The heading and the "who this is for" notes. */
    static String of(Section s) {
        return hash((s.title() == null ? "" : s.title().zhTw()) + "\n" + String.join("\n", s.audience()));
    }

    /** The title and the summary bullets. */
    static String of(Resource r) {
        return hash(r.title() + "\n" + String.join("\n", r.summary()));
    }

    /** The title and the note. */
    static String of(Paper p) {
        return hash(p.title() + "\n" + (p.note() == null ? "" : p.note()));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
