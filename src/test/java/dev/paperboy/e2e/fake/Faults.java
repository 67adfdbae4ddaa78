package dev.paperboy.e2e.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Injected failures: one-shot errors and 429s (before the request takes effect, or after it, as
 * when Discord's answer is lost), held answers, a global request budget, deleted and denied channels.
 */
final class Faults {
    /** A held answer: {@code afterEffect} false holds the request before it takes effect. */
    record Delay(Duration duration, boolean afterEffect) {}

    private static final class Rule {
        final String method;
        final Pattern route;
        final int status;
        final int code;
        final String message;
        final Duration retryAfter; // null: not a rate limit
        final boolean global;
        final boolean afterEffect;
        final Delay delay; // non-null: a held answer, not an error
        int remaining;

        Rule(String method, String routeRegex, int status, int code, String message, Duration retryAfter,
                boolean global, int count) {
            this(method, routeRegex, status, code, message, retryAfter, global, false, null, count);
        }

        Rule(String method, String routeRegex, int status, int code, String message, Duration retryAfter,
                boolean global, boolean afterEffect, Delay delay, int count) {
            this.method = method;
            this.route = Pattern.compile(routeRegex);
            this.status = status;
            this.code = code;
            this.message = message;
            this.retryAfter = retryAfter;
            this.global = global;
            this.afterEffect = afterEffect;
            this.delay = delay;
            this.remaining = count;
        }

        boolean matches(String m, String r) {
            return remaining > 0 && ("*".equals(method) || method.equalsIgnoreCase(m)) && route.matcher(r).matches();
        }
    }

    private final Object lock;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> deleted = new HashSet<>();
    private final Set<String> denied = new HashSet<>();
    private final ArrayDeque<Long> window = new ArrayDeque<>();
    private int globalPerSecond;
    private int rateLimited;
    private int globalRateLimited;

    Faults(Object lock) {
        this.lock = lock;
    }

    void add(String method, String routeRegex, int status, int code, String message, int count) {
        synchronized (lock) {
            rules.add(new Rule(method, routeRegex, status, code, message, null, false, count));
        }
    }

    void addRateLimit(String method, String routeRegex, Duration retryAfter, boolean global, int count) {
        synchronized (lock) {
            rules.add(new Rule(method, routeRegex, 429, 0, null, retryAfter, global, count));
        }
    }

    /** The request takes effect, then its answer is this error (status, code 0 and "<status>: <reason>"). */
    void addAfterEffect(String method, String routeRegex, int status, int count) {
        synchronized (lock) {
            rules.add(new Rule(method, routeRegex, status, 0, null, null, false, true, null, count));
        }
    }

    void addDelay(String method, String routeRegex, Duration duration, boolean afterEffect, int count) {
        synchronized (lock) {
            rules.add(new Rule(method, routeRegex, 0, 0, null, null, false, afterEffect,
                    new Delay(duration, afterEffect), count));
        }
    }

    /** Takes the next matching held-answer rule, if any. */
    Optional<Delay> takeDelay(String method, String route) {
        synchronized (lock) {
            return take(method, route, r -> r.delay != null).map(r -> r.delay);
        }
    }

    /** For a request that took effect (answered 2xx): the error its answer becomes, if a rule says so. */
    Optional<FakeRest.Reply> applyAfterEffect(String method, String route) {
        synchronized (lock) {
            return take(method, route, r -> r.afterEffect && r.delay == null).map(Faults::error);
        }
    }

    private Optional<Rule> take(String method, String route, java.util.function.Predicate<Rule> kind) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (!kind.test(rule) || !rule.matches(method, route)) {
                continue;
            }
            rule.remaining--;
            if (rule.remaining == 0) {
                it.remove();
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private static FakeRest.Reply error(Rule rule) {
        String message = rule.message != null ? rule.message : rule.status + ": " + reason(rule.status);
        return FakeRest.Reply.error(rule.status, rule.code, message);
    }

    /** Errors and 429s answered before the request takes effect. */
    Optional<FakeRest.Reply> apply(String method, String route) {
        synchronized (lock) {
            Optional<Rule> taken = take(method, route, r -> !r.afterEffect && r.delay == null);
            if (taken.isPresent()) {
                Rule rule = taken.get();
                if (rule.retryAfter != null) {
                    rateLimited++;
                    if (rule.global) {
                        globalRateLimited++;
                    }
                    return Optional.of(tooManyRequests(rule.retryAfter, rule.global));
                }
                return Optional.of(error(rule));
            }
            return Optional.empty();
        }
    }

    /** The global budget: at most N accepted requests in any rolling second. */
    Optional<FakeRest.Reply> globalLimit() {
        synchronized (lock) {
            if (globalPerSecond <= 0) {
                return Optional.empty();
            }
            long now = System.nanoTime();
            long second = Duration.ofSeconds(1).toNanos();
            while (!window.isEmpty() && now - window.peekFirst() >= second) {
                window.removeFirst();
            }
            if (window.size() >= globalPerSecond) {
                rateLimited++;
                globalRateLimited++;
                return Optional.of(tooManyRequests(Duration.ofNanos(second - (now - window.peekFirst())), true));
            }
            window.addLast(now);
            return Optional.empty();
        }
    }

    /**
     * Discord's 429. JDA reads Retry-After as whole seconds (and takes the larger of it and the
     * body's retry_after rounded up), so the header is the wait rounded up to a second.
     */
    static FakeRest.Reply tooManyRequests(Duration retryAfter, boolean global) {
        double seconds = retryAfter.toNanos() / 1e9;
        long headerSeconds = (long) Math.ceil(seconds);
        ObjectNode body = Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", Math.round(seconds * 1000) / 1000.0)
                .put("global", global);
        if (!global) {
            body.put("code", 0);
        }
        Map<String, String> headers = global
                ? Map.of("Retry-After", Long.toString(headerSeconds), "X-RateLimit-Global", "true",
                        "X-RateLimit-Scope", "global")
                : Map.of("Retry-After", Long.toString(headerSeconds), "X-RateLimit-Scope", "user",
                        "X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0",
                        "X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", seconds));
        return new FakeRest.Reply(429, Json.write(body), headers);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    void setGlobalPerSecond(int perSecond) {
        synchronized (lock) {
            globalPerSecond = perSecond;
            window.clear();
        }
    }

    void delete(String channelId) {
        synchronized (lock) {
            deleted.add(channelId);
        }
    }

    void deny(String channelId, boolean deny) {
        synchronized (lock) {
            if (deny) {
                denied.add(channelId);
            } else {
                denied.remove(channelId);
            }
        }
    }

    boolean isDeleted(String channelId) {
        synchronized (lock) {
            return deleted.contains(channelId);
        }
    }

    boolean isDenied(String channelId) {
        synchronized (lock) {
            return denied.contains(channelId);
        }
    }

    int rateLimited() {
        synchronized (lock) {
            return rateLimited;
        }
    }

    int globalRateLimited() {
        synchronized (lock) {
            return globalRateLimited;
        }
    }

    void clear() {
        synchronized (lock) {
            rules.clear();
            denied.clear();
            globalPerSecond = 0;
            window.clear();
        }
    }
}
