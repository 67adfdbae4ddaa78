package dev.paperboy.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperboy.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code data/catalogue.json}: read with every problem named by file and line, written
 * atomically and only when valid, so a bad import never replaces a good catalogue. Read, it comes
 * with the English beside it ({@link EnglishFile}); written, only the list's part is written.
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

    /** The catalogue in {@code file} with the English of the file beside it, if there is one. */
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
        Document doc = document(bytes, file.toString());
        English english = EnglishFile.read(EnglishFile.beside(file));
        return Catalogue.of(doc.source(), doc.sections(), doc.resources(), doc.papers(), english);
    }

    /** The catalogue in {@code json}, the list's text alone. */
    public static Catalogue parse(byte[] json, String fileName) throws CatalogueException {
        Document doc = document(json, fileName);
        return Catalogue.of(doc.source(), doc.sections(), doc.resources(), doc.papers());
    }

    private static Document document(byte[] json, String fileName) throws CatalogueException {
        String subject = "The catalogue " + fileName;
        Document doc = HandEditedJson.parse(JSON, json, Document.class, subject, fileName, ".");
        List<Problem> problems = CatalogueValidator.validate(doc.source(), doc.sections(), doc.resources(),
                doc.papers(), fileName, HandEditedJson.lines(json)::lineOf);
        if (!problems.isEmpty()) {
            throw HandEditedJson.refused(subject, problems);
        }
        return doc;
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
}
