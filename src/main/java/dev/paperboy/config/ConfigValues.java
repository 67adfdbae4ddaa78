package dev.paperboy.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.daily.Days;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed values of the config file, each read with its key: a bad one adds a problem naming the
 * key and what was expected, and gives the fallback, so every problem is found in one pass.
 */
final class ConfigValues {

    private final List<String> problems;

    ConfigValues(List<String> problems) {
        this.problems = problems;
    }

    /** {@code every}, {@code weekdays}, {@code mon} ... {@code sun}, the choices of {@code /daily set days:}. */
    Days days(JsonNode n, String at) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        try {
            return Days.parse(n.asText());
        } catch (IllegalArgumentException e) {
            problems.add(at + ": \"" + n.asText() + "\" is not one of " + String.join(", ", Days.KEYS));
            return null;
        }
    }

    LocalTime time(String text, String at) {
        try {
            return ConfigLoader.parseTime(text);
        } catch (DateTimeParseException e) {
            problems.add(at + ": \"" + text + "\" is not a time HH:MM such as 09:00");
            return null;
        }
    }

    ZoneId zone(String text, String at) {
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            problems.add(at + ": \"" + text + "\" is not an IANA time zone such as Asia/Taipei");
            return null;
        }
    }

    long snowflake(JsonNode n, String at) {
        String text = n.isMissingNode() || n.isNull() ? null : n.asText();
        if (text == null || !text.matches("\\d{1,20}")) {
            problems.add(at + ": expected a Discord id (digits, as a string), got " + (text == null ? "nothing" : n));
            return 0;
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            problems.add(at + ": " + text + " is too large for a Discord id");
            return 0;
        }
    }

    int integer(JsonNode n, String key, int fallback, int min, int max) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            problems.add(key + ": expected a whole number from " + min + " to " + max + ", got " + n);
            return fallback;
        }
        return n.asInt();
    }

    double number(JsonNode n, String key, double fallback, double min, double max) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            problems.add(key + ": expected a number from " + min + " to " + max + ", got " + n);
            return fallback;
        }
        return n.asDouble();
    }

    boolean bool(JsonNode n, String key, boolean fallback) {
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            problems.add(key + ": expected true or false, got " + n);
            return fallback;
        }
        return n.asBoolean();
    }

    void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add((prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1))
                    + ": expected an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown key (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
