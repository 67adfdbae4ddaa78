package dev.paperboy.bench;

import dev.paperboy.catalogue.importer.ImportResult;
import dev.paperboy.catalogue.importer.ReadmeImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a README (parse, extract, validate), warm, as the import command does once: the seed,
 * and a generated list of about 5 MB in the same format ({@link Generated#readme}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ImportBenchmark {

    @State(Scope.Benchmark)
    public static class Seed {
        String text;

        @Setup
        public void setUp() throws Exception {
            text = Files.readString(Path.of("src/test/resources/readme/seed-2019-01.md"));
        }
    }

    @State(Scope.Benchmark)
    public static class Large {
        String text;

        @Setup
        public void setUp() {
            int[] counts = new int[2];
            text = Generated.readme(5_000_000, counts);
            ImportResult check = ReadmeImporter.parse(text, "generated.md");
            if (!check.ok() || check.catalogue().resources().size() != counts[0]
                    || check.catalogue().papers().size() != counts[1]) {
                throw new IllegalStateException("the generated README does not import as generated: "
                        + check.catalogue() + " for " + counts[0] + " cards and " + counts[1] + " papers; "
                        + check.errors());
            }
            System.out.printf("%n[import] generated README: %,d bytes, %,d cards, %,d papers, %d warnings%n",
                    Generated.bytes(text), counts[0], counts[1], check.warnings().size());
        }
    }

    @Benchmark
    public ImportResult importSeed(Seed seed) {
        return ReadmeImporter.parse(seed.text, "seed-2019-01.md");
    }

    /** About a second an import: longer iterations, so that each fork has some thirty samples. */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 6)
    public ImportResult importGenerated5MB(Large large) {
        return ReadmeImporter.parse(large.text, "generated.md");
    }
}
