package dev.paperboy.daily;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where subscriptions live. Reads come from memory; {@link #put} and {@link #remove} reach
 * durable storage before they return, and change what the reads see only when they succeeded.
 * Stopped subscriptions (tombstones) are kept and returned like the others.
 */
public interface SubscriptionStore {

    /** Every subscription, tombstones included; a snapshot. */
    List<Subscription> all();

    Optional<Subscription> get(long channelId);

    /** The guild's subscriptions, tombstones included, by channel id. */
    List<Subscription> byGuild(long guildId);

    /**
     * Saves the subscription of its channel, replacing the one there was.
     *
     * @throws StoreException when it could not be saved; then nothing changed, on disk or in
     *                        memory
     */
    void put(Subscription subscription);

    /** @throws StoreException when it could not be removed; then nothing changed */
    void remove(long channelId);

    /**
     * The channel's subscription as durable storage has it now. A store shared by several
     * processes re-reads it (another process may have posted meanwhile); a private one answers
     * from memory.
     */
    default Optional<Subscription> fresh(long channelId) {
        return get(channelId);
    }

    /**
     * Takes the right to post to the channel until {@code now + length}, unless another process
     * holds it and its lease has not run out. Posting takes the lease first, so two processes that
     * both run a guild's shard for a while (a rolling deploy) never post the same channel at once.
     * A store only one process uses (the state directory's lock guards it) always says yes.
     */
    default boolean tryLease(long channelId, Instant now, Duration length) {
        return true;
    }

    /** Gives the lease back when the post is settled; a lease that ran out needs no release. */
    default void releaseLease(long channelId) {
    }

    /** What went wrong while loading (files moved aside), for {@code /daily status} and {@code check}. */
    default List<StoreProblem> problems() {
        return List.of();
    }
}
