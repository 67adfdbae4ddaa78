package dev.paperboy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ops server over real HTTP on 127.0.0.1, as Docker's health check and Prometheus reach it. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>(); // closed last opened first

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    private OpsServer start(Supplier<List<String>> health) throws IOException {
        return start(health, new Metrics());
    }

    private OpsServer start(Supplier<List<String>> health, Metrics metrics) throws IOException {
        opened.push(metrics);
        OpsServer server = OpsServer.start("127.0.0.1", 0, health, metrics);
        opened.push(server);
        return server;
    }

    private HttpResponse<String> send(OpsServer server, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIs200OkWhenNothingIsWrong() throws Exception {
        OpsServer server = start(List::of);

        HttpResponse<String> r = send(server, "GET", "/health");

        assertThat(server.port()).isPositive();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void healthIs503WithOneLinePerReason() throws Exception {
        OpsServer server = start(() -> List.of("shard 1 is RECONNECT_QUEUED", "the database does not answer"));

        HttpResponse<String> r = send(server, "GET", "/health");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body().lines()).containsExactly("shard 1 is RECONNECT_QUEUED", "the database does not answer");
    }

    @Test
    void aReasonWithLineBreaksStaysOneLine() throws Exception {
        OpsServer server = start(() -> List.of("the database said:\nFATAL\r\n  at org.postgresql.Driver"));

        HttpResponse<String> r = send(server, "GET", "/health");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body().lines()).containsExactly("the database said: FATAL at org.postgresql.Driver");
    }

    @Test
    void aHealthCheckThatThrowsIs503WithOneLineAndNoStackTrace() throws Exception {
        OpsServer server = start(() -> {
            throw new IllegalStateException("password=hunter2 in jdbc:postgresql://db/paperboy",
                    new RuntimeException("deeper cause"));
        });

        HttpResponse<String> r = send(server, "GET", "/health");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body().lines()).containsExactly("the health check failed (IllegalStateException)");
        assertThat(r.body()).doesNotContain("hunter2", "deeper cause", "at dev.paperboy");
    }

    @Test
    void aHealthCheckThatHangsIs503WithinBoundedTimeAndTiesUpOneThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int[] started = {0};
        OpsServer server = start(() -> {
            synchronized (started) {
                started[0]++;
            }
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        try {
            long before = System.nanoTime();
            HttpResponse<String> first = send(server, "GET", "/health");
            HttpResponse<String> second = send(server, "GET", "/health");
            Duration took = Duration.ofNanos(System.nanoTime() - before);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(first.body()).isEqualTo("the health check did not answer within 2 s\n");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(8));
            synchronized (started) {
                assertThat(started[0]).as("probes wait for the running check, not start another").isEqualTo(1);
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void headOnHealthGivesTheStatusWithoutABody() throws Exception {
        OpsServer server = start(() -> List.of("shard 0 is CONNECTING_TO_WEBSOCKET"));

        HttpResponse<String> r = send(server, "HEAD", "/health");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void metricsArePrometheusTextWithTheBotsMeters() throws Exception {
        Metrics metrics = new Metrics();
        metrics.posted(Duration.ofMillis(120).toNanos());
        metrics.postFailed(dev.paperboy.daily.PostFailure.Kind.NO_PERMISSION);
        metrics.interaction("slash", "paper", "ok", Duration.ofMillis(15).toNanos());
        metrics.store("put", "ok", Duration.ofMillis(3).toNanos());
        metrics.gatewayPing(() -> 42);
        metrics.subscriptions(() -> 7);
        OpsServer server = start(List::of, metrics);

        HttpResponse<String> r = send(server, "GET", "/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body()).contains(
                "# TYPE paperboy_posts_total counter",
                "paperboy_posts_total 1.0",
                "paperboy_post_failures_total{kind=\"no_permission\"} 1.0",
                "paperboy_post_failures_total{kind=\"channel_gone\"} 0.0",
                "paperboy_interactions_total{command=\"paper\",outcome=\"ok\",type=\"slash\"} 1.0",
                "paperboy_interaction_seconds_bucket{command=\"paper\",type=\"slash\",le=",
                "paperboy_store_seconds_count{operation=\"put\",outcome=\"ok\"} 1",
                "paperboy_gateway_ping_seconds 0.042",
                "paperboy_subscriptions 7.0",
                "jvm_memory_used_bytes",
                "process_uptime_seconds");
    }

    @Test
    void anUnknownGatewayPingIsNaNNotZero() throws Exception {
        Metrics metrics = new Metrics();
        metrics.gatewayPing(() -> -1);
        OpsServer server = start(List::of, metrics);

        assertThat(send(server, "GET", "/metrics").body()).contains("paperboy_gateway_ping_seconds NaN");
    }

    @Test
    void anotherPathIs404() throws Exception {
        OpsServer server = start(List::of);

        assertThat(send(server, "GET", "/").statusCode()).isEqualTo(404);
        assertThat(send(server, "GET", "/healthz").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherMethodIs405AndSaysWhichAreAllowed() throws Exception {
        OpsServer server = start(List::of);

        HttpResponse<String> r = send(server, "POST", "/health");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(send(server, "DELETE", "/metrics").statusCode()).isEqualTo(405);
    }

    @Test
    void closingFreesThePort() throws Exception {
        OpsServer first = start(List::of);
        int port = first.port();
        first.close();

        try (Metrics metrics = new Metrics(); OpsServer again = OpsServer.start("127.0.0.1", port, List::of, metrics)) {
            assertThat(send(again, "GET", "/health").statusCode()).isEqualTo(200);
        }
    }
}
