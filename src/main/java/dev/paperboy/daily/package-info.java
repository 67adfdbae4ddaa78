/**
 * The paper of the day: which paper comes next, when a subscription is due (pure, from a
 * {@code Clock}, on its scheduled days), and the scheduler that posts exactly once per scheduled
 * local day. Owns its ports ({@code SubscriptionStore}, {@code PaperPoster}, {@code PostHistory});
 * imports neither JDA nor SQL.
 */
package dev.paperboy.daily;
