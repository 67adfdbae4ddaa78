package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One HTTP request the fake received, with the answer it gave. Immutable.
 *
 * <p>{@link #route()} is the path below {@code /api/v10/} without the query, e.g.
 * {@code channels/1100000000000000102/messages}; that is what the fault rules and
 * {@link #matching(String, String)} match against. The Authorization header is kept (tests may
 * check it) but never printed by {@link #toString()}.
 */
public final class RecordedRequest {
    private final long sequence;
    private final String method;
    private final String path;
    private final String route;
    private final String query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final JsonNode json;
    private final List<String> attachedFiles;
    private final List<byte[]> attachedContents;
    private final long receivedNanos;
    private final Instant receivedAt;
    private final int status;
    private final String responseBody;

    RecordedRequest(
            long sequence,
            String method,
            String path,
            String route,
            String query,
            Map<String, List<String>> headers,
            String body,
            JsonNode json,
            List<String> attachedFiles,
            List<byte[]> attachedContents,
            long receivedNanos,
            Instant receivedAt,
            int status,
            String responseBody) {
        this.sequence = sequence;
        this.method = method;
        this.path = path;
        this.route = route;
        this.query = query == null ? "" : query;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        this.json = json == null ? null : json.deepCopy();
        this.attachedFiles = List.copyOf(attachedFiles);
        this.attachedContents = attachedContents.stream().map(byte[]::clone).toList();
        this.receivedNanos = receivedNanos;
        this.receivedAt = receivedAt;
        this.status = status;
        this.responseBody = responseBody;
    }

    /** A predicate on method (case-insensitive, "*" for any) and a regex the whole {@link #route()} must match. */
    public static Predicate<RecordedRequest> matching(String method, String routeRegex) {
        Pattern pattern = Pattern.compile(routeRegex);
        return r -> ("*".equals(method) || r.method.equalsIgnoreCase(method))
                && pattern.matcher(r.route).matches();
    }

    /** Order of arrival, starting at 1. */
    public long sequence() {
        return sequence;
    }

    public String method() {
        return method;
    }

    /** The full decoded path, e.g. {@code /api/v10/users/@me}. */
    public String path() {
        return path;
    }

    /** The path below {@code /api/v10/}, no query, e.g. {@code users/@me}. */
    public String route() {
        return route;
    }

    /** The raw query string, "" when there is none. */
    public String query() {
        return query;
    }

    /** The query parameters, decoded; the last value wins when a name repeats. */
    public Map<String, String> queryParams() {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    public String queryParam(String name) {
        return queryParams().get(name);
    }

    /** All headers, names case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as received (for multipart: the whole multipart text). */
    public String body() {
        return body;
    }

    /** The JSON body, or for multipart the {@code payload_json} part; null when there is no JSON. */
    public JsonNode json() {
        return json == null ? null : json.deepCopy();
    }

    /** File names of multipart file parts, if any. */
    public List<String> attachedFiles() {
        return attachedFiles;
    }

    /** The bytes of the multipart file part named {@code name}, if there is one. */
    public java.util.Optional<byte[]> attachedFile(String name) {
        int i = attachedFiles.indexOf(name);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(attachedContents.get(i).clone());
    }

    /** {@link System#nanoTime()} when the request arrived. */
    public long receivedNanos() {
        return receivedNanos;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The HTTP status the fake answered. */
    public int status() {
        return status;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The body the fake answered, "" for 204. */
    public String responseBody() {
        return responseBody;
    }

    public JsonNode responseJson() {
        return Json.parseOrNull(responseBody);
    }

    /** One short line: method, route, query, status. */
    public String summary() {
        return "#" + sequence + " " + method + " " + route + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(summary());
        sb.append(" headers={");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=');
            sb.append("authorization".equalsIgnoreCase(e.getKey()) ? "<redacted>" : String.join(",", e.getValue()));
        }
        sb.append('}');
        if (body != null && !body.isEmpty()) {
            String shown = json != null ? Json.write(json) : body;
            sb.append(" body=").append(shown.length() > 500 ? shown.substring(0, 500) + "..." : shown);
        }
        return sb.toString();
    }
}
