package dev.paperboy.learn;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/** Renders the seed's picture in a JVM of its own and prints the PNG's SHA-256 (see ProgressPictureTest). */
public final class HeadlessRender {

    static final ProgressPicture.Labels LABELS = new ProgressPicture.Labels("7 of 36 papers read",
            Map.of("nlp", "NLP", "cv", "CV"), "read", "saved", "unread");

    private HeadlessRender() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(sha256(ProgressPicture.png(SampleProgress.seed(), LABELS)));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
