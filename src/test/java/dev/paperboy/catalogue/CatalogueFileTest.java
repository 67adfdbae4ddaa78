package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueFileTest {

    @TempDir
    Path dir;

    @Test
    void writtenCatalogueReadsBackEqual() throws Exception {
        Catalogue c = CatalogueSearchTest.sample();
        Path file = dir.resolve("catalogue.json");
        CatalogueFile.write(c, file);
        assertThat(CatalogueFile.read(file)).isEqualTo(c);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        String json = """
                {
                  "sections": [ { "key": "tools", "title": { "zh-TW": "工具", "en": "Tools" } } ],
                  "resources": [
                    { "id": "a", "section": "tools", "title": "A", "url": "ftp://a.org" },
                    { "id": "a", "section": "nope", "title": "", "url": "https://b.org", "image": null }
                  ],
                  "papers": [
                    { "id": "p", "area": "cv", "year": 2015, "month": 13, "title": "T", "url": "https://c.org" }
                  ]
                }
                """;
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> CatalogueFile.parse(json.getBytes(StandardCharsets.UTF_8), "cat.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "cat.json:4: resources[0] \"a\": \"url\" \"ftp://a.org\" is not an absolute http(s) address",
                "cat.json:5: resources[1] \"a\": id is used by an earlier entry",
                "cat.json:5: resources[1] \"a\": section \"nope\" is not a resource section of \"sections\" (known: tools)",
                "cat.json:5: resources[1] \"a\": \"title\" is missing or empty",
                "cat.json:8: papers[0] \"p\": month 13 is not 1-12");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> CatalogueFile.parse("{\n \"sections\": [\n  {,\n]}".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("x.json:3:");
    }

    @Test
    void wrongTypeNamesThePath() {
        String json = "{\"sections\":[],\"resources\":[],\"papers\":[{\"id\":\"p\",\"year\":\"soon\"}]}";
        assertThatThrownBy(() -> CatalogueFile.parse(json.getBytes(StandardCharsets.UTF_8), "x.json"))
                .hasMessageContaining("papers[0].year");
    }

    @Test
    void everyWrongTypeIsNamedAtOnceWithItsPathAndLine() {
        String json = """
                {
                  "sections": [ { "key": "tools", "title": "Tools", "audience": "everyone" } ],
                  "resources": [],
                  "papers": [
                    { "id": "p", "area": "cv", "year": "soon", "month": 1, "title": "T", "url": "https://c.org" },
                    { "id": ["q"], "area": "cv", "year": "2015", "month": 2.5, "title": "T", "url": "https://c.org" }
                  ]
                }
                """;
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> CatalogueFile.parse(json.getBytes(StandardCharsets.UTF_8), "x.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "x.json:2: sections[0].title: expected an object {\"zh-TW\", \"en\"}, found \"Tools\"",
                "x.json:2: sections[0].audience: expected a list of text lines, found \"everyone\"",
                "x.json:5: papers[0].year: expected a whole number, found \"soon\"",
                "x.json:6: papers[1].id: expected text, found a list",
                "x.json:6: papers[1].month: expected a whole number, found 2.5");
    }

    @Test
    void aDocumentThatIsNotAnObjectOrHasTextAfterItIsRefused() {
        assertThatThrownBy(() -> CatalogueFile.parse("[1, 2]".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("x.json has 1 problem")
                .satisfies(t -> assertThat(((CatalogueException) t).problems()).extracting(Problem::toString)
                        .containsExactly("x.json:1: expected an object with \"sections\", \"resources\" and "
                                + "\"papers\", found a list"));
        assertThatThrownBy(() -> CatalogueFile.parse("{\"sections\": []}\n{}".getBytes(StandardCharsets.UTF_8),
                "x.json")).hasMessageContaining("is not valid")
                .satisfies(t -> assertThat(((CatalogueException) t).problems()).singleElement()
                        .extracting(Problem::line).isEqualTo(2));
    }

    @Test
    void missingFileSaysHowToBuildIt() {
        assertThatThrownBy(() -> CatalogueFile.read(dir.resolve("none.json")))
                .hasMessageContaining("does not exist").hasMessageContaining("import");
    }

    @Test
    void anInvalidCatalogueIsNeverWrittenOverAGoodOne() throws Exception {
        Path file = dir.resolve("catalogue.json");
        CatalogueFile.write(CatalogueSearchTest.sample(), file);
        byte[] good = Files.readAllBytes(file);
        Catalogue bad = Catalogue.of(null, List.of(), List.of(
                new Resource("x", "nowhere", "X", "not a url", null, List.of())), List.of());

        assertThatThrownBy(() -> CatalogueFile.write(bad, file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("left as it was");
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void extraKeysAreAllowed() throws Exception {
        String json = """
                {"generator": "by hand", "sections": [ { "key": "tools", "title": { "zh-TW": "工具", "en": "Tools" }, "colour": 1 } ],
                 "resources": [ { "id": "a", "section": "tools", "title": "A", "url": "https://a.org", "image": null,
                   "summary": [], "stars": 5 } ], "papers": [] }
                """;
        assertThat(CatalogueFile.parse(json.getBytes(StandardCharsets.UTF_8), "x.json").resources()).hasSize(1);
    }
}
