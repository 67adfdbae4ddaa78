package dev.paperboy.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Lets the bot log in before its listeners exist: the start reads its catalogue while the shards
 * connect, and what Discord says meanwhile (READY, the guilds, an early command) waits here, then
 * reaches the listeners in the order it came, before anything that comes later.
 */
final class ListenerGate implements EventListener {

    private final List<GenericEvent> waiting = new ArrayList<>(); // guarded by this
    private List<EventListener> listeners; // guarded by this; null until open

    @Override
    public void onEvent(GenericEvent event) {
        List<EventListener> ready;
        synchronized (this) {
            if (listeners == null) {
                waiting.add(event);
                return;
            }
            ready = listeners;
        }
        dispatch(ready, List.of(event));
    }

    /** From now on events go to {@code ready}; those that waited go first, in order. */
    void open(List<EventListener> ready) {
        while (true) {
            List<GenericEvent> batch;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    listeners = List.copyOf(ready);
                    return;
                }
                batch = new ArrayList<>(waiting);
                waiting.clear();
            }
            dispatch(ready, batch); // events that arrive meanwhile wait for the next round
        }
    }

    private static void dispatch(List<EventListener> ready, List<GenericEvent> events) {
        for (GenericEvent e : events) {
            for (EventListener l : ready) {
                l.onEvent(e);
            }
        }
    }
}
