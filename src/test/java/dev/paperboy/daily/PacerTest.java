package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void spacesCallsToTheRateWithoutABurst() throws InterruptedException {
        Harness.NoSleep ticker = new Harness.NoSleep();
        Pacer pacer = new Pacer(40, ticker);
        List<Long> times = new ArrayList<>();

        for (int i = 0; i < 401; i++) {
            pacer.acquire();
            times.add(ticker.nanoTime());
        }

        assertThat(times.get(0)).isZero();
        assertThat(times.get(400)).as("400 intervals of 25 ms").isEqualTo(10_000_000_000L);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(25_000_000L);
        }
    }

    @Test
    void aCallerAfterAQuietSpellDoesNotWait() throws InterruptedException {
        Harness.NoSleep ticker = new Harness.NoSleep();
        Pacer pacer = new Pacer(40, ticker);
        pacer.acquire();
        ticker.sleepNanos(5_000_000_000L);
        long before = ticker.nanoTime();

        pacer.acquire();

        assertThat(ticker.nanoTime()).isEqualTo(before);
    }

    @Test
    void aCallThatTakesTwoSlotsPushesTheNextCallerTwoIntervalsOn() throws InterruptedException {
        Harness.NoSleep ticker = new Harness.NoSleep();
        Pacer pacer = new Pacer(40, ticker);
        pacer.acquire(2);
        long first = ticker.nanoTime();

        pacer.acquire();

        assertThat(ticker.nanoTime() - first).as("two slots of 25 ms").isEqualTo(50_000_000L);
    }
}
