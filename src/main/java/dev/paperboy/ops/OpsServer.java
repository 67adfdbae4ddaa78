package dev.paperboy.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} and {@code GET /metrics} on the JDK's HTTP server, for Docker's health
 * check, a load balancer and Prometheus. Health is 200 {@code ok}, or 503 with one line per
 * problem; a check that throws or takes longer than {@link #HEALTH_TIMEOUT} is a problem itself,
 * so a hung database never hangs the probe.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    /** Docker's and Kubernetes' probes give up after a few seconds: answer well before. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** Reachable from outside the container, as a Docker health check or Prometheus needs. */
    public static final String ANY_ADDRESS = "0.0.0.0";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final int MAX_LINE = 200;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final HealthCheck health;

    private OpsServer(HttpServer server, ExecutorService handlers, HealthCheck health) {
        this.server = server;
        this.handlers = handlers;
        this.health = health;
    }

    /** Listens on every address: what the running bot uses. */
    public static OpsServer start(int port, Supplier<List<String>> problems, Metrics metrics) throws IOException {
        return start(ANY_ADDRESS, port, problems, metrics);
    }

    /**
     * @param problems what keeps the bot from being healthy, one short sentence each; empty when healthy
     * @param port     0 for any free port (tests), then read back with {@link #port()}
     * @throws IOException when the address cannot be bound (the port is taken)
     */
    public static OpsServer start(String host, int port, Supplier<List<String>> problems, Metrics metrics)
            throws IOException {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(metrics, "metrics");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // two threads: a scrape and a probe at once is the busiest this server gets
        ExecutorService handlers = Executors.newFixedThreadPool(2, daemon("paperboy-http"));
        HealthCheck health = new HealthCheck(problems, HEALTH_TIMEOUT);
        OpsServer ops = new OpsServer(server, handlers, health);
        server.createContext("/", exchange -> ops.handle(exchange, metrics));
        server.setExecutor(handlers);
        server.start();
        log.info("Health and metrics on http://{}:{}/health and /metrics", host, ops.port());
        return ops;
    }

    /** The port it listens on, the one the system chose when it was asked for 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange, Metrics metrics) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.equals("/health") && !path.equals("/metrics")) {
                respond(exchange, 404, TEXT, "not found: try /health or /metrics\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, TEXT, method + " is not allowed here: use GET\n");
                return;
            }
            if (path.equals("/health")) {
                List<String> problems = health.problems();
                respond(exchange, problems.isEmpty() ? 200 : 503, TEXT,
                        problems.isEmpty() ? "ok\n" : String.join("\n", problems) + "\n");
            } else {
                String body;
                try {
                    body = metrics.scrape();
                } catch (RuntimeException e) {
                    log.warn("Could not produce the metrics", e);
                    respond(exchange, 500, TEXT, "the metrics could not be produced\n");
                    return;
                }
                respond(exchange, 200, Metrics.contentType(), body);
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away mid-answer; nothing to tell it
            log.debug("an ops request ended early: {}", e.toString());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1); // HEAD: the status and headers, never a body
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A problem as one line of at most {@link #MAX_LINE} characters, whatever the check returned. */
    static String oneLine(String text) {
        if (text == null) {
            return "unnamed problem";
        }
        String line = text.replaceAll("\\s*[\\r\\n]\\s*", " ").replace('\t', ' ').strip();
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // never what keeps a stopping JVM alive
            return t;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        health.close();
    }

    /**
     * Runs the check on its own thread with a deadline. Probes that arrive while a check is
     * still running wait for that one instead of starting another, so a hung database ties up
     * one thread, not one per probe.
     */
    static final class HealthCheck implements AutoCloseable {

        private final Supplier<List<String>> problems;
        private final Duration timeout;
        private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("paperboy-health"));
        private CompletableFuture<List<String>> running;

        HealthCheck(Supplier<List<String>> problems, Duration timeout) {
            this.problems = problems;
            this.timeout = timeout;
        }

        List<String> problems() {
            CompletableFuture<List<String>> check;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    running = CompletableFuture.supplyAsync(problems, runner);
                }
                check = running;
            }
            try {
                List<String> found = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return found == null ? List.of() : found.stream().map(OpsServer::oneLine).toList();
            } catch (TimeoutException e) {
                return List.of("the health check did not answer within " + timeout.toSeconds() + " s");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                log.warn("The health check failed", cause);
                // the class only: a message may carry a URL or a stack of causes, and the body is public
                return List.of("the health check failed (" + cause.getClass().getSimpleName() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of("the health check was interrupted");
            }
        }

        @Override
        public void close() {
            runner.shutdownNow();
        }
    }
}
