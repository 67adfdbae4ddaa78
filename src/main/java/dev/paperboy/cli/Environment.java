package dev.paperboy.cli;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueException;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.config.Config;
import dev.paperboy.config.ConfigException;
import dev.paperboy.config.ConfigLoader;
import java.io.PrintWriter;
import java.util.Map;

/** What every subcommand starts from: the configuration and the catalogue, or a clear message. */
final class Environment {

    private Environment() {
    }

    static Config config(Map<String, String> env, PrintWriter err) {
        try {
            return ConfigLoader.load(env);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    static Catalogue catalogue(Config config, PrintWriter err) {
        try {
            return CatalogueFile.read(config.catalogue());
        } catch (CatalogueException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
