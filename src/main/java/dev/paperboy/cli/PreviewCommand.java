package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.discord.CommandRegistry;
import dev.paperboy.discord.Preview;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.MarkStore;
import dev.paperboy.learn.MemoryMarkStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preview", description = "Print the reply a command would give, with no Discord and no token.%n"
        + "Example: preview \"/paper nlp 2018\" --locale zh-TW")
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "\"/command options\"", description = "e.g. \"/resource courses\"")
    String line;

    @Option(names = "--locale", defaultValue = "en-US", description = "the user's Discord locale: zh-TW or en-US")
    String locale;

    @Option(names = "--page", defaultValue = "1", description = "which page of a long answer")
    int page;

    @Option(names = "--read", split = ",", paramLabel = "PAPER", description = "for /learn: papers you have read (ids)")
    List<String> read = List.of();

    @Option(names = "--done", split = ",", paramLabel = "RESOURCE", description = "for /learn: resources you have done (ids)")
    List<String> done = List.of();

    @Option(names = "--saved", split = ",", paramLabel = "ITEM", description = "for /learn: papers or resources you saved (ids)")
    List<String> saved = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "where an attached picture is written (default: the temporary directory)")
    Path out = Path.of(System.getProperty("java.io.tmpdir"));

    @Override
    public Integer call() {
        Config config = Environment.config(System.getenv(), spec.commandLine().getErr());
        Catalogue catalogue = config == null ? null : Environment.catalogue(config, spec.commandLine().getErr());
        if (catalogue == null) {
            return 1;
        }
        try {
            MarkStore marks = marks(catalogue);
            spec.commandLine().getOut().print(new Preview(CommandRegistry.forPreview(catalogue, marks), out)
                    .render(line, locale, page, USER));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The previewing user: a made-up id, so a progress picture names someone. */
    static final long USER = 0L;

    /** The marks given on the command line, oldest first in the order given. */
    private MarkStore marks(Catalogue catalogue) {
        MemoryMarkStore marks = new MemoryMarkStore();
        Instant at = Instant.EPOCH;
        for (String id : read) {
            marks.toggle(USER, Item.paper(known(id, catalogue, true)), Mark.Kind.READ, at = at.plusSeconds(1));
        }
        for (String id : done) {
            marks.toggle(USER, Item.resource(known(id, catalogue, false)), Mark.Kind.DONE, at = at.plusSeconds(1));
        }
        for (String id : saved) {
            boolean paper = catalogue.paper(id).isPresent();
            marks.toggle(USER, paper ? Item.paper(id) : Item.resource(known(id, catalogue, false)), Mark.Kind.SAVED,
                    at = at.plusSeconds(1));
        }
        return marks;
    }

    private static String known(String id, Catalogue catalogue, boolean paper) {
        boolean found = paper ? catalogue.paper(id).isPresent() : catalogue.resource(id).isPresent();
        if (!found) {
            throw new IllegalArgumentException("No " + (paper ? "paper" : "resource") + " with the id " + id
                    + " in the catalogue.");
        }
        return id;
    }
}
