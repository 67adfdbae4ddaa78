package dev.paperboy.discord;

/**
 * Told how each interaction ended and how long the router took, so that {@code cli} can count
 * them (the metrics live in {@code ops}, which must not see JDA). Called on JDA's event thread
 * after the answer was queued: it must be quick. What it throws is logged, never shown to a user.
 */
@FunctionalInterface
public interface InteractionListener {

    /** The default: the router works the same with nobody listening. */
    InteractionListener NONE = (type, command, outcome, nanos) -> {
    };

    /**
     * @param type    {@code slash}, {@code autocomplete} or {@code button}
     * @param command the command's name, or {@code unknown} for one this bot does not have (kept
     *                to a fixed set so a metric's labels cannot grow without bound)
     * @param outcome {@code ok}, {@code error}, {@code cooldown}, {@code unknown}, {@code expired}
     *                (a page button the bot cannot read) or {@code not_owner}
     * @param nanos   how long the router took until the answer was queued, not Discord's round trip
     */
    void handled(String type, String command, String outcome, long nanos);
}
