package dev.paperboy.ops;

import dev.paperboy.daily.PostFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * The bot's meters in one Prometheus registry. Micrometer's dotted names become Prometheus names
 * with the unit and {@code _total} added: {@code paperboy.posts} is scraped as
 * {@code paperboy_posts_total}, the timer {@code paperboy.interaction} as
 * {@code paperboy_interaction_seconds_*}. Labels come from fixed sets (failure kinds, command
 * names, store operations), never from what users type, so the series cannot grow without bound.
 */
public final class Metrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private final Counter posts;
    private final Timer postLatency;
    private final Map<PostFailure.Kind, Counter> failures = new EnumMap<>(PostFailure.Kind.class);

    public Metrics() {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    Metrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        // an operator's dashboard expects the JVM's basics beside the bot's own
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        posts = Counter.builder("paperboy.posts").description("papers of the day posted").register(registry);
        postLatency = Timer.builder("paperboy.post").description("time a successful post took, pacing excluded")
                .register(registry);
        // every kind from the start, at zero, so a rate() over a kind that never failed is 0 and not absent
        for (PostFailure.Kind kind : PostFailure.Kind.values()) {
            failures.put(kind, Counter.builder("paperboy.post.failures").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("posts and checks for a post that failed, by kind").register(registry));
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text format (0.0.4) of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}: Prometheus' text format, which every scraper reads. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    void posted(long nanos) {
        posts.increment();
        postLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void postFailed(PostFailure.Kind kind) {
        failures.get(kind).increment();
    }

    /** A check for a post after a crash or a failed send, by what it found ({@code posted}, {@code failed}...). */
    void found(String result) {
        Counter.builder("paperboy.post.finds").tag("result", result)
                .description("checks of a channel for a post already sent, by answer").register(registry).increment();
    }

    /** How an interaction ended and how long the router took: what {@code cli} hands the router. */
    public void interaction(String type, String command, String outcome, long nanos) {
        Counter.builder("paperboy.interactions").tags("type", type, "command", command, "outcome", outcome)
                .description("slash commands, autocompletes and buttons handled, by outcome").register(registry)
                .increment();
        // latency by type and command only: the outcome would multiply the histogram's buckets
        Timer.builder("paperboy.interaction").tags("type", type, "command", command)
                .description("time from the interaction's arrival to its answer being queued")
                .publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void store(String operation, String outcome, long nanos) {
        Timer.builder("paperboy.store").tags("operation", operation, "outcome", outcome)
                .description("time a subscription store operation took").register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Reads the gateway's heartbeat round trip in milliseconds at each scrape; negative means
     * unknown (no heartbeat answered yet) and is shown as NaN rather than as a fast gateway.
     */
    public void gatewayPing(DoubleSupplier millis) {
        Gauge.builder("paperboy.gateway.ping", () -> {
            double ms = read(millis);
            return ms < 0 ? Double.NaN : ms / 1000.0;
        }).baseUnit("seconds").description("average heartbeat round trip of this process's shards")
                .strongReference(true).register(registry);
    }

    /** Reads the number of subscriptions at each scrape. */
    public void subscriptions(DoubleSupplier count) {
        Gauge.builder("paperboy.subscriptions", () -> read(count))
                .description("channels subscribed to the paper of the day").strongReference(true).register(registry);
    }

    /** A gauge whose source fails is NaN, not a scrape that fails: the other meters still matter. */
    private static double read(DoubleSupplier value) {
        try {
            return value.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
