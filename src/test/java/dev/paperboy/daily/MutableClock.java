package dev.paperboy.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock the test moves by hand. */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the scheduler works with instants");
    }

    @Override
    public Instant instant() {
        return now;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    void set(ZonedDateTime time) {
        this.now = time.toInstant();
    }

    void advance(Duration d) {
        this.now = now.plus(d);
    }
}
