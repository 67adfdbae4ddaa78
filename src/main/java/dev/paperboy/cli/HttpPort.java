package dev.paperboy.cli;

import dev.paperboy.discord.Bot;
import dev.paperboy.ops.Metrics;
import dev.paperboy.ops.OpsServer;
import dev.paperboy.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code PAPERBOY_HTTP_PORT}: {@code /health} and {@code /metrics}, off unless it is set. */
final class HttpPort {

    static final String VARIABLE = "PAPERBOY_HTTP_PORT";
    /** Not a port: the variable is set wrong (the message is on {@code err}). */
    static final int INVALID = -1;
    /** The variable is not set: no server. */
    static final int OFF = 0;

    private HttpPort() {
    }

    static int fromEnvironment(Map<String, String> env, PrintWriter err) {
        String text = env.get(VARIABLE);
        if (text == null || text.isBlank()) {
            return OFF;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        err.println(VARIABLE + " must be a port number from 1 to 65535 (or unset for no HTTP server), not \""
                + text + "\"");
        return INVALID;
    }

    /**
     * Starts the server; healthy while every shard of this process is connected and the database
     * answers.
     *
     * @throws IOException when the port cannot be listened on
     */
    static OpsServer start(int port, Bot bot, Database database, Metrics metrics) throws IOException {
        return OpsServer.start(port, () -> {
            List<String> problems = new ArrayList<>(bot.shardProblems());
            if (!database.answers(Duration.ofSeconds(1))) {
                problems.add("the database does not answer");
            }
            return problems;
        }, metrics);
    }
}
