package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.EnglishCoverage;
import dev.paperboy.catalogue.EnglishFile;
import dev.paperboy.config.Config;
import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.store.StateCheck;
import java.io.PrintWriter;
import java.util.List;
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
        List<StoreProblem> problems;
        try {
            problems = JsonFileSubscriptionStore.inspect(config.stateDir());
        } catch (StoreException e) {
            err.println("State: " + e.getMessage());
            return 1;
        }
        for (StoreProblem p : problems) {
            err.println("State: the paper of the day of channel " + Long.toUnsignedString(p.channelId())
                    + " cannot be read: " + p.file() + ": " + p.reason()
                    + ". That channel posts nothing until the file is fixed or the channel is set again with /daily set.");
        }
        if (!problems.isEmpty()) {
            out.println("State: " + problems.size() + " damaged subscription file(s), not yet imported");
        }
        StateCheck db;
        try {
            String url = System.getenv("PAPERBOY_DATABASE_URL");
            db = url == null || url.isBlank() ? StateCheck.sqlite(config.stateDir())
                    : StateCheck.postgres(url, System.getenv("PAPERBOY_DATABASE_USER"),
                            System.getenv("PAPERBOY_DATABASE_PASSWORD"));
        } catch (StoreException e) {
            err.println("State: " + e.getMessage());
            return 1;
        }
        for (StoreProblem p : db.problems()) {
            err.println("State: the paper of the day of channel " + Long.toUnsignedString(p.channelId())
                    + " cannot be read from the database: " + p.reason()
                    + ". That channel posts nothing until it is set again with /daily set.");
        }
        out.println(!db.exists() ? "State: " + db.where() + " does not exist yet; the bot creates it at start"
                : db.problems().isEmpty() ? "State: ok (" + db.where() + ", " + db.subscriptions() + " subscriptions)"
                : "State: " + db.problems().size() + " subscription(s) in " + db.where() + " cannot be read");
        out.flush();
        return problems.isEmpty() && db.problems().isEmpty() ? 0 : 1;
    }
}
