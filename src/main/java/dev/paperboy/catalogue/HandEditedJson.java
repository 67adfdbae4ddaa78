package dev.paperboy.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paperboy.io.JsonTree;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON file a person edits by hand, read so that every problem names the file and the line:
 * a syntax error, and (through {@link #lineOf}) a wrong type or whatever a check finds afterwards. The
 * catalogue and its English report alike through it.
 */
final class HandEditedJson {

    private final byte[] json;
    /**
     * JSON pointer of every value in the document -> the line it starts on, read at the first
     * question: only a problem asks, so a valid file (the usual start) never pays for the pass.
     */
    private Map<String, Integer> lines;

    private HandEditedJson(byte[] json) {
        this.json = json;
    }

    /** The checks of a document read from a file: every problem, each with its line from {@code lines}. */
    interface Checks<T> {
        List<Problem> of(T document, HandEditedJson lines);
    }

    /**
     * The document in {@code json}, read from its tree into records by {@code reader}
     * ({@link JsonFields}), then checked; refused with every problem found. A syntax error or an
     * empty file is refused first, then wrong types, which read as absent (the checks would only
     * say so again), then what the checks find.
     *
     * @param subject   what the messages call the file ({@code The catalogue data/catalogue.json})
     * @param whenEmpty said after "is empty", e.g. what to write instead
     */
    static <T> T read(byte[] json, String subject, String fileName, String whenEmpty,
                      Function<JsonFields.Field, T> reader, Checks<T> checks) throws CatalogueException {
        JsonNode tree = tree(json, subject, fileName, whenEmpty);
        HandEditedJson lines = new HandEditedJson(json);
        JsonFields fields = new JsonFields(fileName, lines);
        T document = fields.root(tree).object("an object with \"sections\", \"resources\" and \"papers\"", reader);
        List<Problem> problems = fields.problems().isEmpty() ? checks.of(document, lines) : fields.problems();
        if (!problems.isEmpty()) {
            throw refused(subject, problems);
        }
        return document;
    }

    private static JsonNode tree(byte[] json, String subject, String fileName, String whenEmpty)
            throws CatalogueException {
        JsonNode root;
        try {
            root = JsonTree.parse(json);
        } catch (JsonProcessingException e) {
            throw new CatalogueException(subject + " is not valid:", List.of(problemOf(e, fileName)));
        } catch (IOException e) {
            throw new CatalogueException(subject + " cannot be read: " + e.getMessage(), List.of());
        }
        if (root.isMissingNode() || root.isNull()) {
            throw new CatalogueException(subject + " is empty" + whenEmpty, List.of());
        }
        return root;
    }

    /** The refusal of a file whose check found {@code problems} (not empty). */
    static CatalogueException refused(String subject, List<Problem> problems) {
        return new CatalogueException(subject + " has " + problems.size()
                + (problems.size() == 1 ? " problem:" : " problems:"), problems);
    }

    /** Every value's line, in a second pass over a document that already parsed once. */
    private static Map<String, Integer> lineNumbers(byte[] json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                        p.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // the document already parsed once; a failure here only costs line numbers
        }
        return lines;
    }

    /** The line of the pointer, or of the nearest enclosing value that has one; 0 when none. */
    int lineOf(String pointer) {
        if (lines == null) {
            lines = lineNumbers(json);
        }
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            p = p.substring(0, slash);
        }
    }

    /** A syntax error as a problem of {@code fileName}: its line and the first line of what the parser said. */
    private static Problem problemOf(JsonProcessingException e, String fileName) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        return new Problem(fileName, line, null, firstLine(e.getOriginalMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
