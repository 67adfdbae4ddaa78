package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.config.Config;
import dev.paperboy.discord.CommandRegistry;
import dev.paperboy.discord.Preview;
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

    @Override
    public Integer call() {
        Config config = Environment.config(System.getenv(), spec.commandLine().getErr());
        Catalogue catalogue = config == null ? null : Environment.catalogue(config, spec.commandLine().getErr());
        if (catalogue == null) {
            return 1;
        }
        try {
            spec.commandLine().getOut().print(new Preview(CommandRegistry.forCatalogue(catalogue)).render(line, locale, page, 0L));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
