package dev.paperboy.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of a hand-edited JSON file, read from its tree into the catalogue's records. A value
 * of the wrong type is a problem naming its path ({@code papers[0].year}) and line, and reads as
 * absent, so one pass finds every such problem. Types are as lenient as Jackson's databind was:
 * a number where text is expected reads as its text, digits in quotes as a number; keys nobody
 * reads are ignored (people keep notes of their own in these files).
 */
final class JsonFields {

    private final String fileName;
    private final HandEditedJson lines;
    private final List<Problem> problems = new ArrayList<>();

    JsonFields(String fileName, HandEditedJson lines) {
        this.fileName = fileName;
        this.lines = lines;
    }

    /** The document's root. */
    Field root(JsonNode root) {
        return new Field(root, "", "");
    }

    /** The type problems found so far, in the order of the file. */
    List<Problem> problems() {
        return problems;
    }

    /** One value of the document, where it is: its path for people, its JSON pointer for the line. */
    final class Field {

        private final JsonNode node;
        private final String path;
        private final String pointer;

        private Field(JsonNode node, String path, String pointer) {
            this.node = node;
            this.path = path;
            this.pointer = pointer;
        }

        /** Absent or {@code null}: what a record holds as null (or 0). */
        boolean absent() {
            return node == null || node.isMissingNode() || node.isNull();
        }

        Field get(String key) {
            return new Field(node == null ? null : node.get(key), path.isEmpty() ? key : path + "." + key,
                    pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
        }

        String text() {
            if (absent()) {
                return null;
            }
            if (node.isValueNode()) {
                return node.asText();
            }
            return wrong("text");
        }

        int integer() {
            if (absent()) {
                return 0;
            }
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
                return Integer.parseInt(node.asText());
            }
            wrong("a whole number");
            return 0;
        }

        /** A list of lines of text; absent is null, which the records read as no lines. */
        List<String> lines() {
            return list("a list of text lines", Field::text);
        }

        /** Each element read by {@code element}; a {@code null} element stays null, for the checks to name. */
        <T> List<T> list(String expected, Function<Field, T> element) {
            if (absent()) {
                return null;
            }
            if (!node.isArray()) {
                return wrong(expected);
            }
            List<T> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                Field f = new Field(node.get(i), path + "[" + i + "]", pointer + "/" + i);
                values.add(f.absent() ? null : element.apply(f));
            }
            return values;
        }

        /** An object's entries in the file's order, each read by {@code value}; a {@code null} one stays null. */
        <T> Map<String, T> map(String expected, Function<Field, T> value) {
            if (absent()) {
                return null;
            }
            if (!node.isObject()) {
                return wrong(expected);
            }
            Map<String, T> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                String key = it.next().getKey();
                Field f = get(key);
                values.put(key, f.absent() ? null : value.apply(f));
            }
            return Collections.unmodifiableMap(values);
        }

        /** An object read by {@code reader}, or null (with a problem) when this is not an object. */
        <T> T object(String expected, Function<Field, T> reader) {
            if (absent()) {
                return null;
            }
            if (!node.isObject()) {
                return wrong(expected);
            }
            return reader.apply(this);
        }

        private <T> T wrong(String expected) {
            problems.add(new Problem(fileName, lines.lineOf(pointer), path.isEmpty() ? null : path,
                    "expected " + expected + ", found " + kind()));
            return null;
        }

        private String kind() {
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "a list";
            }
            String shown = node.toString();
            return shown.length() > 40 ? shown.substring(0, 37) + "..." : shown;
        }
    }
}
