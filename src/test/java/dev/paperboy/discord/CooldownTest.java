package dev.paperboy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CooldownTest {

    @Test
    void allowsTheLimitPerWindowThenSaysHowLongToWait() {
        AtomicLong now = new AtomicLong();
        Cooldown c = new Cooldown(3, Duration.ofSeconds(10), now::get);
        assertThat(c.tryAcquire(1)).isZero();
        assertThat(c.tryAcquire(1)).isZero();
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(c.tryAcquire(1)).isZero();
        assertThat(c.tryAcquire(1)).isEqualTo(Duration.ofSeconds(6));
        assertThat(c.tryAcquire(2)).as("another user is not held back").isZero();
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(c.tryAcquire(1)).as("the oldest use left the window").isZero();
    }

    @Test
    void disabledNeverWaits() {
        Cooldown c = Cooldown.disabled();
        for (int i = 0; i < 100; i++) {
            assertThat(c.tryAcquire(1)).isZero();
        }
    }
}
