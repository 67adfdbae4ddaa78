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

/** Importing the seed README (parse, extract, validate), warm, as the import command does once. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ImportBenchmark {

    private String seed;

    @Setup
    public void setUp() throws Exception {
        seed = Files.readString(Path.of("src/test/resources/readme/seed-2019-01.md"));
    }

    @Benchmark
    public ImportResult importSeed() {
        return ReadmeImporter.parse(seed, "seed-2019-01.md");
    }
}
