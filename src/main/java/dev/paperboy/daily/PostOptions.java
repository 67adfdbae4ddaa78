package dev.paperboy.daily;

import java.util.Objects;

/**
 * What a study group chose for its posts besides time, zone and area: the days, a role pinged
 * with each post, a discussion thread under each post.
 *
 * @param days   the local days it posts on
 * @param roleId the role pinged with each post, or null for no ping
 * @param thread a thread under each post, or null to follow the config file's {@code daily.thread}
 */
public record PostOptions(Days days, Long roleId, Boolean thread) {

    /** Every day, no ping, the config file's thread setting. */
    public static final PostOptions DEFAULT = new PostOptions(Days.EVERY, null, null);

    public PostOptions {
        Objects.requireNonNull(days, "days");
        if (roleId != null && roleId == Change.NO_ROLE) {
            roleId = null;
        }
    }

    /** Whether posts open a thread, with {@code byDefault} when the subscription did not choose. */
    public boolean threadOr(boolean byDefault) {
        return thread == null ? byDefault : thread;
    }

    /** These options changed as {@code change} says; what it leaves null stays. */
    public PostOptions with(Change change) {
        return new PostOptions(change.days() == null ? days : change.days(),
                change.roleId() == null ? roleId : change.roleId(),
                change.thread() == null ? thread : change.thread());
    }

    /**
     * What {@code /daily set} changes: a null field keeps what the subscription has ("changing one
     * keeps the others"); {@link #NO_ROLE} as the role stops the ping.
     */
    public record Change(Days days, Long roleId, Boolean thread) {

        /** No Discord id is 0: the role of "no ping". */
        public static final long NO_ROLE = 0;
        public static final Change NONE = new Change(null, null, null);
    }
}
