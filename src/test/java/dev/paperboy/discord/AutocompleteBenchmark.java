package dev.paperboy.discord;

import dev.paperboy.bench.Generated;
import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.Suggestion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One autocomplete keystroke up to the JDA boundary: the command's suggestions for what the user
 * has typed so far, on the seed catalogue (with its English) and on a generated one of 100,000
 * resources and 20,000 papers ({@link Generated}, fixed seed), with the list's text alone
 * ({@code generated}) and with English beside every entry ({@code bilingual}, the index holding
 * both languages). The typed texts cover the cases of the ranking: one
 * letter (nearly everything matches), a word start, two words (the all-words rule), Chinese, a
 * whole word, and a text that matches nothing (every title and summary is read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class AutocompleteBenchmark {

    @Param({"seed", "generated", "bilingual"})
    public String catalogue;

    @Param({"d", "dee", "deep le", "深度", "transformer", "zzq"})
    public String typed;

    private BotCommand resource;
    private BotCommand paper;
    private CommandRequest resourceRequest;
    private CommandRequest paperRequest;

    @Setup
    public void setUp() throws Exception {
        Catalogue cat = switch (catalogue) {
            case "seed" -> CatalogueFile.read(Path.of("data/catalogue.json"));
            case "generated" -> Generated.catalogue(100_000, 20_000);
            default -> Generated.bilingual(100_000, 20_000);
        };
        CommandRegistry commands = CommandRegistry.forCatalogue(cat);
        resource = commands.router().command("resource");
        paper = commands.router().command("paper");
        resourceRequest = new CommandRequest("resource", null, Map.of(), Messages.ENGLISH, 1L);
        paperRequest = new CommandRequest("paper", null, Map.of(), Messages.ENGLISH, 1L);
    }

    /** {@code /resource query:<typed>}. */
    @Benchmark
    public List<Suggestion> resourceQuery() {
        return resource.suggest(resourceRequest, "query", typed);
    }

    /** {@code /paper query:<typed>}. */
    @Benchmark
    public List<Suggestion> paperQuery() {
        return paper.suggest(paperRequest, "query", typed);
    }
}
