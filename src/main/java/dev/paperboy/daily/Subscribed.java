package dev.paperboy.daily;

/**
 * What {@code /daily set} did.
 *
 * @param previousChannelId the channel the guild's subscription moved from, when {@code change} is MOVED
 */
public record Subscribed(Change change, SubscriptionStatus status, Long previousChannelId) {

    public enum Change {
        /** a new subscription: it starts at the first paper */
        CREATED,
        /** time, zone or area of the channel's subscription changed (a new area starts at its first paper) */
        CHANGED,
        /** a paused subscription was resumed (and changed as asked) */
        RESUMED,
        /** the guild's subscription moved to this channel, keeping its place in the list */
        MOVED
    }
}
