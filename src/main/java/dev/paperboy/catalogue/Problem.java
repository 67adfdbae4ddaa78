package dev.paperboy.catalogue;

/**
 * One thing wrong with a catalogue or its source, said so a person can find and fix it.
 *
 * @param file    the file, or null when the catalogue was built in memory
 * @param line    1-based line in that file, or 0 when unknown
 * @param where   what the problem is about ({@code resources[3] "colab"}), or null
 * @param message what is wrong, and where it helps, what is expected
 */
public record Problem(String file, int line, String where, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
            }
            s.append(": ");
        } else if (line > 0) {
            s.append("line ").append(line).append(": ");
        }
        if (where != null) {
            s.append(where).append(": ");
        }
        return s.append(message).toString();
    }
}
