package dev.paperboy.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperboy.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/catalogue.json}: read with every problem named by file and line, written
 * atomically and only when valid, so a bad import never replaces a good catalogue.
 */
public final class CatalogueFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // people add keys of their own: the documented ones are required, others are theirs
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The file's shape; unknown keys are ignored. */
    record Document(CatalogueSource source, List<Section> sections, List<Resource> resources, List<Paper> papers) {
    }

    private CatalogueFile() {
    }

    public static Catalogue read(Path file) throws CatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogueException("The catalogue " + file + " does not exist. Build it with "
                    + "`java -jar paperboy.jar import <README.md>` or set PAPERBOY_CATALOGUE.", List.of());
        } catch (IOException e) {
            throw new CatalogueException("The catalogue " + file + " cannot be read: " + e.getMessage(), List.of());
        }
        return parse(bytes, file.toString());
    }

    public static Catalogue parse(byte[] json, String fileName) throws CatalogueException {
        Document doc;
        try {
            doc = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new CatalogueException("The catalogue " + fileName + " is not valid:",
                    List.of(new Problem(fileName, lineOf(e), pathOf(e), firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new CatalogueException("The catalogue " + fileName + " cannot be read: " + e.getMessage(), List.of());
        }
        if (doc == null) {
            throw new CatalogueException("The catalogue " + fileName + " is empty.", List.of());
        }
        Map<String, Integer> lines = lineIndex(json);
        List<Problem> problems = CatalogueValidator.validate(doc.source(), doc.sections(), doc.resources(),
                doc.papers(), fileName, pointer -> lineFor(lines, pointer));
        if (!problems.isEmpty()) {
            throw new CatalogueException("The catalogue " + fileName + " has " + problems.size()
                    + (problems.size() == 1 ? " problem:" : " problems:"), problems);
        }
        return Catalogue.of(doc.source(), doc.sections(), doc.resources(), doc.papers());
    }

    public static byte[] toJson(Catalogue c) {
        try {
            return JSON.writeValueAsBytes(new Document(c.source(), c.sections(), c.resources(), c.papers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalogue of records always serializes", e);
        }
    }

    /** Writes {@code c} over {@code file} atomically, after checking it; an invalid one is refused. */
    public static void write(Catalogue c, Path file) throws CatalogueException, IOException {
        List<Problem> problems = CatalogueValidator.validate(c);
        if (!problems.isEmpty()) {
            throw new CatalogueException("Not written: the catalogue has " + problems.size()
                    + " problem(s); " + file + " is left as it was.", problems);
        }
        AtomicFiles.write(file, toJson(c));
    }

    /** JSON pointer of every value in the document -> the line it starts on. */
    private static Map<String, Integer> lineIndex(byte[] json) {
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

    /** The line of the pointer, or of the nearest enclosing value that has one. */
    private static int lineFor(Map<String, Integer> lines, String pointer) {
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

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
