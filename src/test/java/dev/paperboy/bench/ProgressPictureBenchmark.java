package dev.paperboy.bench;

import dev.paperboy.learn.Progress;
import dev.paperboy.learn.ProgressPicture;
import dev.paperboy.learn.SampleProgress;
import java.util.Map;
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
 * The progress picture of {@code /learn progress}, from the domain's {@link Progress} to PNG bytes
 * (layout, Java2D drawing, PNG encoding), headless as the bot runs: the seed's 36 papers in 2 areas,
 * and a generated list of 500 papers in 4 areas over 67 years. Target: p99 under 50 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Djava.awt.headless=true")
public class ProgressPictureBenchmark {

    @State(Scope.Benchmark)
    public static class Seed {
        Progress progress;
        ProgressPicture.Labels labels;

        @Setup
        public void setUp() {
            progress = SampleProgress.seed();
            labels = new ProgressPicture.Labels(progress.read() + " of " + progress.papers().size() + " papers read",
                    Map.of("nlp", "NLP", "cv", "CV"), "read", "saved", "unread");
        }
    }

    @State(Scope.Benchmark)
    public static class Large {
        Progress progress;
        ProgressPicture.Labels labels;

        @Setup
        public void setUp() {
            progress = SampleProgress.generated(500, 4, 42);
            labels = ProgressPicture.Labels.english(progress);
            System.out.printf("%n[picture] generated: %d papers, %d areas, %d to %d, PNG %,d bytes%n",
                    progress.papers().size(), progress.areas().size(), progress.firstYear(), progress.lastYear(),
                    ProgressPicture.png(progress, labels).length);
        }
    }

    @Benchmark
    public byte[] seed36Papers2Areas(Seed seed) {
        return ProgressPicture.png(seed.progress, seed.labels);
    }

    @Benchmark
    public byte[] generated500Papers4Areas(Large large) {
        return ProgressPicture.png(large.progress, large.labels);
    }
}
