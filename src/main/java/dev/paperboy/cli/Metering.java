package dev.paperboy.cli;

import dev.paperboy.daily.PaperPoster;
import dev.paperboy.daily.SubscriptionStore;
import dev.paperboy.discord.Bot;
import dev.paperboy.discord.InteractionListener;
import dev.paperboy.ops.MeteredPoster;
import dev.paperboy.ops.MeteredSubscriptionStore;
import dev.paperboy.ops.Metrics;
import dev.paperboy.store.JdbcSubscriptionStore;

/**
 * The bot's meters when someone can read them ({@code PAPERBOY_HTTP_PORT} set, so {@code /metrics}
 * exists), and none otherwise: counting what nobody can scrape costs a cold start about 0.4 s of
 * CPU (Micrometer, Prometheus' model and the JVM's management beans), which on two cores is most
 * of what the start spends beside the login.
 */
final class Metering implements AutoCloseable {

    private static final Metering NONE = new Metering(null);

    private final Metrics metrics; // null: not metered

    private Metering(Metrics metrics) {
        this.metrics = metrics;
    }

    static Metering none() {
        return NONE;
    }

    static Metering by(Metrics metrics) {
        return new Metering(metrics);
    }

    /** The registry {@code /metrics} shows; only asked for when the port is set. */
    Metrics metrics() {
        if (metrics == null) {
            throw new IllegalStateException("no metrics without " + HttpPort.VARIABLE);
        }
        return metrics;
    }

    SubscriptionStore store(JdbcSubscriptionStore store) {
        if (metrics == null) {
            return store;
        }
        // the live ones: stopped subscriptions are kept as tombstones
        metrics.subscriptions(() -> store.all().stream().filter(s -> !s.stopped()).count());
        return new MeteredSubscriptionStore(store, metrics);
    }

    PaperPoster poster(PaperPoster poster) {
        return metrics == null ? poster : new MeteredPoster(poster, metrics);
    }

    InteractionListener interactions() {
        return metrics == null ? InteractionListener.NONE : metrics::interaction;
    }

    void gateway(Bot bot) {
        if (metrics != null) {
            metrics.gatewayPing(bot::averageGatewayPingMillis);
        }
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.close();
        }
    }
}
