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
        // the first second at half the pace (20 calls, 50 ms apart), then 25 ms apart
        assertThat(times.get(20)).isEqualTo(1_000_000_000L);
        assertThat(times.get(400)).as("then 380 intervals of 25 ms").isEqualTo(10_500_000_000L);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(i <= 20 ? 50_000_000L : 25_000_000L);
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
        for (int i = 0; i < 21; i++) {
            pacer.acquire(); // past the first, half-paced second
        }
        pacer.acquire(2);
        long first = ticker.nanoTime();

        pacer.acquire();

        assertThat(ticker.nanoTime() - first).as("two slots of 25 ms").isEqualTo(50_000_000L);
    }

    /** Time that moves only when the test moves it; a sleeper wakes when it has reached its hour. */
    static final class ManualTicker implements Pacer.Ticker {
        private long now;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleepNanos(long nanos) throws InterruptedException {
            long until = now + nanos;
            while (now - until < 0) {
                wait();
            }
        }

        synchronized void set(long nanos) {
            now = nanos;
            notifyAll();
        }
    }

    @Test
    void sleepsThatOvershootAreNotCarriedIntoEveryLaterCall() throws InterruptedException {
        Harness.NoSleep exact = new Harness.NoSleep();
        Pacer.Ticker late = new Pacer.Ticker() { // every sleep wakes 3 ms late, as a busy machine's do
            @Override
            public long nanoTime() {
                return exact.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                exact.sleepNanos(nanos + 3_000_000L);
            }
        };
        Pacer pacer = new Pacer(40, late);
        for (int i = 0; i < 21; i++) {
            pacer.acquire(); // past the half-paced first second
        }
        long start = exact.nanoTime();
        for (int i = 0; i < 400; i++) {
            pacer.acquire();
        }

        assertThat(exact.nanoTime() - start).as("400 intervals of 25 ms, give or take one late wake-up")
                .isBetween(10_000_000_000L, 10_003_000_000L);
    }

    @Test
    void theFirstSecondAfterAQuietSpellGoesAtHalfThePaceBecauseNewConnectionsDeliverLate()
            throws InterruptedException {
        Harness.NoSleep ticker = new Harness.NoSleep();
        Pacer pacer = new Pacer(40, ticker);
        for (int i = 0; i < 30; i++) {
            pacer.acquire();
        }
        ticker.sleepNanos(3_000_000_000L); // quiet
        long start = ticker.nanoTime();
        pacer.acquire();
        pacer.acquire();

        assertThat(ticker.nanoTime() - start).isEqualTo(50_000_000L);
    }

    @Test
    void callersThatAllOversleptAStallGoOneIntervalApartNotAllAtOnce() throws Exception {
        ManualTicker ticker = new ManualTicker();
        Pacer pacer = new Pacer(40, ticker);
        List<Long> letGo = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    pacer.acquire();
                    letGo.add(ticker.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            senders.add(t);
            t.start();
        }
        java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200); // all eight have asked: one went, seven sleep
        ticker.set(5_000_000_000L); // the machine stalled for 5 s: every sleeper's hour has passed
        for (long t = 5_000_000_000L; letGo.size() < 8 && t < 7_000_000_000L; t += 1_000_000L) {
            ticker.set(t);
            Thread.sleep(1);
        }
        for (Thread t : senders) {
            t.join(5_000);
        }

        List<Long> times = new ArrayList<>(letGo);
        java.util.Collections.sort(times);
        assertThat(times).hasSize(8);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("gap %d", i).isGreaterThanOrEqualTo(25_000_000L);
        }
    }

    @Test
    void noSecondHoldsMoreCallsThanTheRateEvenWhenCallsComeInTwos() throws InterruptedException {
        Harness.NoSleep ticker = new Harness.NoSleep();
        Pacer pacer = new Pacer(10, ticker);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pacer.acquire(i % 3 == 0 ? 2 : 1);
            times.add(ticker.nanoTime());
            if (i % 3 == 0) {
                times.add(ticker.nanoTime());
            }
        }
        for (int i = 0; i + 10 < times.size(); i++) {
            assertThat(times.get(i + 10) - times.get(i)).as("the 11th call after call %d", i)
                    .isGreaterThanOrEqualTo(1_000_000_000L);
        }
    }
}
