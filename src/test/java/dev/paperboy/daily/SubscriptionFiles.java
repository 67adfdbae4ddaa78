package dev.paperboy.daily;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** State files for a load run: written as {@code /daily set} would write them, read back after the run. */
public final class SubscriptionFiles {

    private SubscriptionFiles() {
    }

    /**
     * Writes the subscriptions in the store's own format. The files are not forced to disk one by
     * one (this is a test's setup, not the bot's state), so ten thousand take a second, not minutes.
     */
    public static void write(Path stateDir, List<Subscription> subscriptions) {
        JsonFileSubscriptionStore store = new JsonFileSubscriptionStore(stateDir, Clock.systemUTC(),
                (target, content) -> Files.write(target, content));
        subscriptions.forEach(store::put);
    }

    /** The subscriptions as the bot left them. */
    public static List<Subscription> read(Path stateDir) {
        return new JsonFileSubscriptionStore(stateDir).all();
    }
}
