package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.Suggestion;
import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.DailyScheduler;
import dev.paperboy.daily.DailySettings;
import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.PostHistory;
import dev.paperboy.daily.PostResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A command handled up to the JDA boundary: the request answered, the reply built into the
 * {@link MessageCreateData} JDA would send. Sample time gives the percentiles (p50, p99).
 * Run with {@code mvn -B -Pbench verify} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CommandBenchmark {

    private BotCommand resource;
    private BotCommand paper;
    private BotCommand daily;
    private DailyScheduler scheduler;
    private Path stateDir;
    private Catalogue catalogue;
    private CommandRequest courses;
    private CommandRequest nlp2018;
    private CommandRequest cv;
    private PageToken cvPage2;

    @Setup
    public void setUp() throws Exception {
        catalogue = CatalogueFile.read(Path.of("data/catalogue.json"));
        CommandRegistry commands = CommandRegistry.forCatalogue(catalogue);
        resource = commands.router().command("resource");
        paper = commands.router().command("paper");
        courses = new CommandRequest("resource", null, Map.of("section", "courses"), Messages.ENGLISH, 1L);
        nlp2018 = new CommandRequest("paper", null, Map.of("area", "nlp", "year", "2018"), Messages.ENGLISH, 1L);
        cv = new CommandRequest("paper", null, Map.of("area", "cv"), Messages.CHINESE, 1L);
        cvPage2 = new PageToken("paper", 1L, 2, List.of("cv", "", ""));
        // /daily's autocomplete needs the command, the command a scheduler; it is never started
        stateDir = Files.createTempDirectory("paperboy-bench");
        Catalogue c = catalogue;
        scheduler = new DailyScheduler(Clock.systemUTC(), new JsonFileSubscriptionStore(stateDir), () -> c,
                new PaperPoster() {
                    @Override
                    public PostResult post(DailyPost post) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Presence find(DailyPost post) {
                        throw new UnsupportedOperationException();
                    }
                }, g -> false, null, DailySettings.defaults(), PostHistory.NONE);
        daily = new DailyCommand(catalogue, scheduler, false);
    }

    @TearDown
    public void tearDown() throws Exception {
        scheduler.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public MessageCreateData resourceCourses() {
        return resource.answer(courses, 1).toCreateData();
    }

    @Benchmark
    public MessageCreateData paperNlp2018() {
        return paper.answer(nlp2018, 1).toCreateData();
    }

    @Benchmark
    public MessageCreateData paperCvFirstPage() {
        return paper.answer(cv, 1).toCreateData();
    }

    @Benchmark
    public Object paperCvPageTurn() {
        return paper.answer(cvPage2.request(paper.pagedOptions(), Messages.ENGLISH), cvPage2.page()).toEditData();
    }

    @Benchmark
    public List<Suggestion> autocompleteKeystroke() {
        return resource.suggest(courses, "query", "dee");
    }

    /** {@code /daily set timezone:} over the ~600 zone ids of the JDK. */
    @Benchmark
    public List<Suggestion> timezoneKeystroke() {
        return daily.suggest(courses, "timezone", "taip");
    }
}
