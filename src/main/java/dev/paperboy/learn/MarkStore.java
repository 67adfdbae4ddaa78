package dev.paperboy.learn;

import java.time.Instant;
import java.util.List;

/** Where learners' marks live. Every call reaches durable storage before it returns. */
public interface MarkStore {

    /**
     * Sets the mark when the user does not have it, removes it when they do.
     *
     * @return whether the user has the mark afterwards
     * @throws dev.paperboy.daily.StoreException when it could not be saved; then nothing changed
     */
    boolean toggle(long userId, Item item, Mark.Kind kind, Instant at);

    /** The user's marks, oldest first. */
    List<Mark> marksOf(long userId);

    /** Erases every mark of the user; how many there were. */
    int forget(long userId);
}
