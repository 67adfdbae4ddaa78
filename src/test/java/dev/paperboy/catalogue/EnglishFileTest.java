package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnglishFileTest {

    @TempDir
    Path dir;

    @Test
    void theEnglishOfACatalogueIsTheFileBesideItWithEnBeforeJson() {
        assertThat(EnglishFile.beside(Path.of("data", "catalogue.json"))).isEqualTo(Path.of("data", "catalogue.en.json"));
        assertThat(EnglishFile.beside(Path.of("/srv/list.json"))).isEqualTo(Path.of("/srv/list.en.json"));
        assertThat(EnglishFile.beside(Path.of("catalogue"))).isEqualTo(Path.of("catalogue.en.json"));
    }

    @Test
    void noFileBesideTheCatalogueMeansNoEnglishNotAnError() throws Exception {
        Path catalogue = dir.resolve("catalogue.json");
        CatalogueFile.write(CatalogueSearchTest.sample(), catalogue);
        assertThat(CatalogueFile.read(catalogue).english()).isEqualTo(English.NONE);
    }

    @Test
    void readingTheCatalogueBringsTheEnglishBesideIt() throws Exception {
        Path catalogue = dir.resolve("catalogue.json");
        Catalogue sample = CatalogueSearchTest.sample();
        CatalogueFile.write(sample, catalogue);
        Resource colab = sample.resources().get(0);
        Files.writeString(dir.resolve("catalogue.en.json"), """
                { "about": "ours",
                  "resources": { "colaboratory": { "source": "%s", "summary": ["A cloud notebook"] } } }
                """.formatted(EnglishResource.translating(colab, null, List.of()).source()));
        Catalogue c = CatalogueFile.read(catalogue);
        assertThat(c.english().resource("colaboratory").summary()).containsExactly("A cloud notebook");
        assertThat(c.withEnglish(English.NONE)).isEqualTo(sample);
    }

    @Test
    void brokenJsonIsRefusedNamingTheFileAndLine() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> EnglishFile.parse("""
                {
                  "resources": {
                    "colaboratory": { "source": "0123456789abcdef", }
                  }
                }""".getBytes(StandardCharsets.UTF_8), "catalogue.en.json"));
        assertThat(e.getMessage()).contains("catalogue.en.json is not valid");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("catalogue.en.json");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void everyBadEntryIsNamedWithItsLine() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> EnglishFile.parse("""
                {
                  "sections": { "tools": { "audience": ["For everyone"] } },
                  "resources": {
                    "colaboratory": { "source": "ABC", "summary": ["fine", ""] },
                    "lab": null
                  },
                  "papers": { "bert": { "source": "0123456789abcdef", "note": " " } }
                }""".getBytes(StandardCharsets.UTF_8), "en.json"));
        assertThat(e.getMessage()).contains("en.json has 5 problems");
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "en.json:2: section \"tools\": \"source\" is missing: the hash of the list's text this translates",
                "en.json:4: resource \"colaboratory\": \"source\" must be 16 lower-case hex characters (the start of a SHA-256)",
                "en.json:4: resource \"colaboratory\": \"summary\" line 2 is empty",
                "en.json:5: resource \"lab\": is null: write { \"source\": \"...\" } for an entry checked with nothing to translate",
                "en.json:7: paper \"bert\": \"note\" is empty: leave it out where the paper has no note");
    }

    @Test
    void entriesOfTheWrongShapeAreNamedWithTheirLines() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> EnglishFile.parse("""
                {
                  "sections": [],
                  "resources": { "colaboratory": "A cloud notebook" },
                  "papers": { "bert": { "source": "0123456789abcdef", "note": { "en": "x" } } }
                }""".getBytes(StandardCharsets.UTF_8), "en.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "en.json:2: sections: expected an object of section keys to their English, found a list",
                "en.json:3: resources.colaboratory: expected a resource's English, found \"A cloud notebook\"",
                "en.json:4: papers.bert.note: expected text, found an object");
    }

    @Test
    void aBrokenEnglishFileKeepsTheCatalogueFromLoadingAndSaysWhichFile() throws Exception {
        Path catalogue = dir.resolve("catalogue.json");
        CatalogueFile.write(CatalogueSearchTest.sample(), catalogue);
        Files.writeString(dir.resolve("catalogue.en.json"), "{ \"papers\": [ ] ");
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> CatalogueFile.read(catalogue));
        assertThat(e.getMessage()).contains(dir.resolve("catalogue.en.json").toString());
        assertThat(e.problems()).singleElement().extracting(Problem::line).isEqualTo(1);
    }
}
