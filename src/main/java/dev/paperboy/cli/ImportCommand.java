package dev.paperboy.cli;

import dev.paperboy.catalogue.CatalogueException;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.English;
import dev.paperboy.catalogue.EnglishFile;
import dev.paperboy.catalogue.importer.ImportResult;
import dev.paperboy.catalogue.importer.ReadmeImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Rebuild the catalogue from a README of the deep-learning-resources list.%n"
        + "Writes atomically; refuses to replace the catalogue when items would be lost, unless --force.%n"
        + "Reports what the English beside it (catalogue.en.json) lacks for the new list; never changes that file.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "README.md", description = "the list's README, e.g. a newer version of it")
    Path readme;

    @Option(names = {"-o", "--output"}, defaultValue = "data/catalogue.json", description = "where to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--force", description = "write even though some items could not be imported (they are listed)")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = ReadmeImporter.read(readme);
        } catch (IOException e) {
            err.println("Cannot read " + readme + ": " + e.getMessage());
            return 1;
        }
        out.println(result.summary(english(err), EnglishFile.beside(output).toString()));
        out.flush();
        if (result.catalogue() == null) {
            err.println("Nothing written: " + readme + " gave no usable catalogue; " + output + " is left as it was.");
            return 1;
        }
        if (!result.ok() && !force) {
            err.println("Nothing written: " + result.errors().size() + " item(s) above could not be imported; "
                    + output + " is left as it was. Fix the README, or run again with --force to write the rest.");
            return 1;
        }
        try {
            CatalogueFile.write(result.catalogue(), output);
        } catch (CatalogueException | IOException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("Wrote " + output);
        return result.ok() ? 0 : 3;
    }

    /** The English beside the output, to report on; a broken file is said, and costs only the report. */
    private English english(PrintWriter err) {
        try {
            return EnglishFile.read(EnglishFile.beside(output));
        } catch (CatalogueException e) {
            err.println(e.getMessage());
            err.println("(the import goes on; fix that file to see what the new list needs in English)");
            err.flush();
            return English.NONE;
        }
    }
}
