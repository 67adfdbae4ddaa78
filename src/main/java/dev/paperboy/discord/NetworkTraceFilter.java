package dev.paperboy.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.slf4j.Marker;

/**
 * Drops the stack trace JDA's request thread logs when Discord cannot be reached (no network, a
 * wrong DISCORD_API_URL). The same failure reaches the bot's own handlers, which say it in one
 * line with what to check; a trace of the network stack helps nobody. Anything else, our bugs
 * included, is logged as it comes. Named in logback.xml.
 */
public final class NetworkTraceFilter extends TurboFilter {

    private static final String JDA_REQUESTS = "net.dv8tion.jda.api.requests.";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t == null || logger == null || !logger.getName().startsWith(JDA_REQUESTS)) {
            return FilterReply.NEUTRAL;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
