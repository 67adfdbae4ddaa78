package dev.paperboy.daily;

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

    /** What went wrong while loading (files moved aside), for {@code /daily status} and {@code check}. */
    default List<StoreProblem> problems() {
        return List.of();
    }
}
