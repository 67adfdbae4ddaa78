package dev.paperboy.catalogue.importer;

import static dev.paperboy.catalogue.importer.Fixtures.fileNameOf;
import static dev.paperboy.catalogue.importer.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a precise problem naming file and line, keeps what it can, and never throws. */
class ReadmeImporterMalformedInputTest {

    @TempDir
    Path dir;

    @Test
    void aCardWithoutALinkIsAnErrorAtItsLineAndTheNextCardKeepsItsOwnPicture() {
        ImportResult result = Fixtures.importFixture("card-without-link.md");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith("card-without-link.md");
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).contains("no link", "### [Magenta](https://...)");
        });
        Resource google = resource(result.catalogue(), "Google AI Experiments");
        assertThat(fileNameOf(google.image())).isEqualTo("google-ai-experiment.jpg");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void aPaperWithoutADateIsAnErrorAtItsLineAndTheOtherPapersAreKept() {
        ImportResult result = Fixtures.importFixture("paper-without-date.md");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.where()).contains("A Neural Probabilistic Language Model");
            assertThat(e.message()).contains("no date", "YYYY/MM");
        });
        assertThat(result.catalogue().papers()).hasSize(2);
    }

    @Test
    void invalidAddressesAreErrorsAtTheirLinesForCardsLinkListsAndPapers() {
        ImportResult result = Fixtures.importFixture("invalid-url.md");
        assertThat(result.errors()).extracting(Problem::line).containsExactly(3, 10, 16);
        assertThat(result.errors()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("htp://colab.research.google.com/", "not an absolute http(s) address"),
                m -> assertThat(m).contains("docs/page.html"),
                m -> assertThat(m).contains("ftp://example.org/paper.pdf"));
        Catalogue c = result.catalogue();
        assertThat(c.resources()).extracting(Resource::title).containsExactly("Lucid", "Distill");
        assertThat(c.papers()).hasSize(1);
    }

    @Test
    void anEmptyFileIsReportedAndGivesNoCatalogue() throws IOException {
        ImportResult result = ReadmeImporter.read(Files.write(dir.resolve("README.md"), new byte[0]));
        assertOnlyError(result, "README.md", 0, "the file is empty");
    }

    @Test
    void aFileOfBlankLinesIsReportedAsEmpty() throws IOException {
        ImportResult result = ReadmeImporter.read(Files.writeString(dir.resolve("README.md"), "\n  \n\t\n"));
        assertOnlyError(result, "README.md", 0, "only blank lines");
    }

    @Test
    void aBinaryFileIsReportedAtTheLineOfItsFirstNulByte() throws IOException {
        byte[] bytes = "## <div id='tools'>T</div>\n### [A](https://a.org)\n\u0000\u0001PNG".getBytes(StandardCharsets.UTF_8);
        ImportResult result = ReadmeImporter.read(Files.write(dir.resolve("logo.png"), bytes));
        assertOnlyError(result, "logo.png", 3, "binary file");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineWithTheByte() throws IOException {
        byte[] bytes = {'#', '#', ' ', 'a', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        ImportResult result = ReadmeImporter.read(Files.write(dir.resolve("latin1.md"), bytes));
        assertOnlyError(result, "latin1.md", 3, "not UTF-8");
        assertThat(result.errors().get(0).message()).contains("0xE9", "save it as UTF-8");
    }

    @Test
    void utf16TextIsReportedWithWhatToDo() throws IOException {
        byte[] bytes = "\uFEFF## a\n".getBytes(StandardCharsets.UTF_16LE);
        ImportResult result = ReadmeImporter.read(Files.write(dir.resolve("utf16.md"), bytes));
        assertOnlyError(result, "utf16.md", 1, "UTF-16");
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeading() throws IOException {
        byte[] bytes = "\uFEFF## <div id='tools'>實用工具</div>\n### [Lucid](https://github.com/tensorflow/lucid)\n- x\n"
                .getBytes(StandardCharsets.UTF_8);
        ImportResult result = ReadmeImporter.read(Files.write(dir.resolve("bom.md"), bytes));
        assertThat(result.ok()).isTrue();
        assertThat(result.catalogue().section("tools")).isPresent();
    }

    @Test
    void aTenMegabyteFileIsRefusedQuicklyWithItsSize() throws IOException {
        Path big = dir.resolve("big.md");
        String seed = Files.readString(Fixtures.path("seed-2019-01.md"));
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = seed.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ReadmeImporter.read(big));
        assertOnlyError(result, "big.md", 0, "is 10.0 MB");
        assertThat(result.errors().get(0).message()).contains("at most 5.0 MB");
    }

    @Test
    void anEndlessDeviceIsReadOnlyUpToTheLimit() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ReadmeImporter.read(zero));
        assertOnlyError(result, "/dev/zero", 0, "5.0 MB or more");
    }

    @Test
    void aReadmeJustUnderTheLimitImportsInSeconds() {
        StringBuilder md = new StringBuilder("## <div id='tools'>實用工具</div>\n\n");
        int n = 0;
        while (md.length() < 3_500_000) { // about 4.8 MB of UTF-8: the CJK characters take 3 bytes each
            md.append("|[Tool ").append(n).append("](https://example.org/").append(n).append(")|[Tool ").append(n + 1)
                    .append("](https://example.org/").append(n + 1).append(")\n|:---:|:---:|\n|<img src=\"https://example.org/")
                    .append(n).append(".jpg\">|<img src=\"https://example.org/").append(n + 1).append(".jpg\">\n\n")
                    .append("### [Tool ").append(n).append("](https://example.org/").append(n).append(")\n- 說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明說明 <b>重點</b>\n    - 巢狀\n\n")
                    .append("### [Tool ").append(n + 1).append("](https://example.org/").append(n + 1).append(")\n- 說明\n\n");
            n += 2;
        }
        int cards = n;
        assertThat(md.toString().getBytes(StandardCharsets.UTF_8).length).isBetween(4_000_000, ReadmeBytes.MAX_BYTES);
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ReadmeImporter.parse(md.toString(), "big.md"));
        assertThat(result.ok()).isTrue();
        assertThat(result.catalogue().resources()).hasSize(cards);
    }

    @Test
    void textOverTheLimitIsRefusedByParseToo() {
        ImportResult result = ReadmeImporter.parse("x".repeat(ReadmeBytes.MAX_BYTES + 1), "huge.md");
        assertOnlyError(result, "huge.md", 0, "at most");
    }

    @Test
    void aMissingFileIsReportedNotThrown() throws IOException {
        ImportResult result = ReadmeImporter.read(dir.resolve("nope.md"));
        assertOnlyError(result, "nope.md", 0, "does not exist");
    }

    @Test
    void aDirectoryIsReportedNotRead() throws IOException {
        ImportResult result = ReadmeImporter.read(dir);
        assertOnlyError(result, dir.getFileName().toString(), 0, "is a directory");
    }

    @Test
    void aFileWithNoRecognisableSectionsIsReportedWithWhatWasExpected() {
        ImportResult result = Fixtures.importFixture("no-sections.md");
        assertOnlyError(result, "no-sections.md", 0, "no catalogue sections found");
        assertThat(result.errors().get(0).message()).contains("3 `##` headings", "line 3", "### [Title](https://...)");
        assertThat(result.notes()).extracting(Problem::line).containsExactly(3, 6, 10);
        assertThat(result.summary()).contains("FAILED");
    }

    @Test
    void listsNestedHundredsDeepAreRefusedAtTheirLine() {
        String md = "## <div id='tools'>T</div>\n\n### [A](https://a.org)\n" + "> ".repeat(500) + "deep\n";
        ImportResult result = ReadmeImporter.parse(md, "deep.md");
        assertOnlyError(result, "deep.md", 4, "nest more than");
    }

    @Test
    void emphasisNestedTensOfThousandsDeepIsRefusedAtItsLineWithoutAStackTrace() {
        String md = "## <div id='tools'>T</div>\n\n### [A](https://a.org)\n- " + "**".repeat(50_000) + "x"
                + "**".repeat(50_000) + "\n";
        ImportResult result = ReadmeImporter.parse(md, "emphasis.md");
        assertThat(result.catalogue()).isNull();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).containsAnyOf("nest more than", "nests too deeply");
        });
    }

    private static void assertOnlyError(ImportResult result, String file, int line, String message) {
        assertThat(result.catalogue()).isNull();
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith(file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.message()).contains(message);
        });
        assertThat(result.summary()).contains(message);
    }
}
