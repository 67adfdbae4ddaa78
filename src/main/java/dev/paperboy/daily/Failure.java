package dev.paperboy.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why the last attempt to post failed; kept (and shown by {@code /daily status}) until a post
 * succeeds.
 *
 * @param at     when the attempt failed
 * @param day    the subscription's local day the attempt was made on; failures on one day
 *               count once in {@link Subscription#failedDays()}
 * @param reason for people: the log and {@code /daily status} show it as it is
 */
public record Failure(Instant at, LocalDate day, String reason) {

    public Failure {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        reason = reason == null || reason.isBlank() ? "unknown failure" : reason;
    }
}
