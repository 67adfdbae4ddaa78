/**
 * Health and metrics over the JDK's HTTP server: {@code OpsServer} ({@code GET /health},
 * {@code GET /metrics}), {@code Metrics} (one Prometheus registry through Micrometer) and the
 * decorators that measure the daily ports ({@code MeteredPoster}, {@code MeteredSubscriptionStore}).
 * It imports neither JDA nor {@code discord}: what it needs of the bot (shard states, the gateway
 * ping, each interaction's outcome) comes in as plain functions that {@code cli} wires.
 */
package dev.paperboy.ops;
