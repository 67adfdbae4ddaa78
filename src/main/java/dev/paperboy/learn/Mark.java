package dev.paperboy.learn;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's mark on one item: all that is kept of a learner (user id, item, kind, time), and
 * what {@code /learn forget} erases.
 */
public record Mark(long userId, Item item, Kind kind, Instant at) {

    /** {@code READ} is for papers, {@code DONE} for resources, {@code SAVED} for either. */
    public enum Kind {
        READ, DONE, SAVED
    }

    public Mark {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
