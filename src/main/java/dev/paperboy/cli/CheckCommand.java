package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.EnglishCoverage;
import dev.paperboy.catalogue.EnglishFile;
import dev.paperboy.config.Config;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Validate the configuration and the catalogue; exit 1 on any problem.%n"
        + "Lists the entries without English, or with English for an earlier text of the list (these do not fail).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config = Environment.config(System.getenv(), err);
        if (config == null) {
            return 1;
        }
        out.println("Configuration: ok (catalogue " + config.catalogue() + ", state " + config.stateDir()
                + ", Discord API " + config.discordApiUrl() + ", " + config.daily().channels().size()
                + " pre-configured daily channel(s))");
        Catalogue catalogue = Environment.catalogue(config, err);
        if (catalogue == null) {
            return 1;
        }
        out.println("Catalogue: ok (" + catalogue.resources().size() + " resources in "
                + catalogue.resourceSections().size() + " sections, " + catalogue.papers().size() + " papers)");
        // gaps in the English are reported, not failed: the bot shows the list's text there
        EnglishCoverage.describe(catalogue, catalogue.english(), EnglishFile.beside(config.catalogue()).toString())
                .forEach(out::println);
        out.flush();
        return 0;
    }
}
