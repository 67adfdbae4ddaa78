/**
 * The paper of the day: which paper comes next, when a subscription is due (pure, from a
 * {@code Clock}), and the scheduler that posts exactly once per local day. Owns its ports
 * ({@code SubscriptionStore}, {@code PaperPoster}); imports neither JDA nor SQL.
 */
package dev.paperboy.daily;
