package dev.paperboy.store;

import dev.paperboy.daily.JsonFileSubscriptionStore;
import dev.paperboy.daily.StoreException;
import dev.paperboy.daily.StoreProblem;
import dev.paperboy.daily.Subscription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the state of the JSON-file era ({@code <stateDir>/subscriptions/*.json}) into the
 * database, once: every subscription the database does not have yet is written (one
 * transaction), then the folder
 * is moved to {@code subscriptions.imported-<date>/}, where it stays as it was. Interrupted half
 * way, the next start does it again and skips what is already there; after the move there is
 * nothing left to import.
 */
public final class JsonStateImport {

    private static final Logger log = LoggerFactory.getLogger(JsonStateImport.class);

    /** What an import did. */
    public record Result(int imported, int alreadyThere, int unreadable, Path keptIn) {
    }

    private JsonStateImport() {
    }

    /**
     * @return what was done; null when there was no JSON state to import
     * @throws StoreException when the files cannot be read or the database written; then the folder
     *                        stays where it is and the next start tries again
     */
    public static Result run(Path stateDir, JdbcSubscriptionStore into, Clock clock) {
        Path folder = JsonFileSubscriptionStore.directoryIn(stateDir);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        JsonFileSubscriptionStore files = new JsonFileSubscriptionStore(stateDir);
        List<Subscription> found = files.all();
        int imported = into.insertAbsent(found);
        int alreadyThere = found.size() - imported;
        Path keptIn = moveAside(folder, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        int unreadable = files.problems().size();
        log.info("Imported {} subscription(s) from the JSON files of an earlier version ({} already in the database); "
                + "the files are kept in {}", imported, alreadyThere, keptIn);
        for (StoreProblem p : files.problems()) {
            log.error("Not imported: {}. Set that channel again with /daily set.", p);
        }
        return new Result(imported, alreadyThere, unreadable, keptIn);
    }

    private static Path moveAside(Path folder, LocalDate today) {
        Path target = folder.resolveSibling(folder.getFileName() + ".imported-" + today);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolveSibling(folder.getFileName() + ".imported-" + today + "-" + n);
        }
        try {
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new StoreException("imported the JSON state, but could not move " + folder + " aside to " + target
                    + " (" + e.getMessage() + "); the next start skips what is imported already", e);
        }
    }
}
