package dev.paperboy.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

    /** A store shared with "another process" that writes the channel just before each of our first writes. */
    static final class ContendedStore implements SubscriptionStore {
        final Map<Long, Subscription> rows = new HashMap<>();
        final Map<Long, Subscription> seen = new HashMap<>();
        final List<Subscription> interleaved = new ArrayList<>();
        int conflictsLeft;

        @Override
        public List<Subscription> all() {
            return List.copyOf(seen.values());
        }

        @Override
        public Optional<Subscription> get(long channelId) {
            return Optional.ofNullable(seen.get(channelId));
        }

        @Override
        public List<Subscription> byGuild(long guildId) {
            return all();
        }

        @Override
        public void put(Subscription s) {
            if (conflictsLeft > 0) {
                conflictsLeft--;
                Subscription theirs = interleaved.remove(0);
                rows.put(s.channelId(), theirs);
                seen.put(s.channelId(), theirs); // the store re-reads the row on a conflict
                throw new StoreConflict("changed by another process");
            }
            rows.put(s.channelId(), s);
            seen.put(s.channelId(), s);
        }

        @Override
        public void remove(long channelId) {
            rows.remove(channelId);
            seen.remove(channelId);
        }
    }

    static Subscription subscription() {
        return Subscription.create(1, 10, LocalTime.of(9, 0), ZoneId.of("UTC"), "all", null);
    }

    @Test
    void aChangeRefusedBecauseAnotherProcessWroteFirstIsAppliedAgainToWhatThatProcessWrote() {
        ContendedStore store = new ContendedStore();
        store.put(subscription());
        Instant posted = Instant.parse("2026-12-02T09:00:00Z");
        store.interleaved.add(subscription().withLastPostedAt(posted)); // the other process posted today
        store.conflictsLeft = 1;

        Optional<Subscription> after = new Ledger(store).update(10, s -> s.withArea("cv"));

        assertThat(after).map(Subscription::area).contains("cv");
        assertThat(store.rows.get(10L).area()).isEqualTo("cv");
        assertThat(store.rows.get(10L).lastPostedAt()).as("the other process's post is kept").isEqualTo(posted);
    }

    @Test
    void aChangeThatNoLongerAppliesToWhatTheOtherProcessWroteWritesNothing() {
        ContendedStore store = new ContendedStore();
        store.put(subscription());
        store.interleaved.add(subscription().withArea("cv"));
        store.conflictsLeft = 1;

        new Ledger(store).update(10, s -> s.area().equals("cv") ? s : s.withArea("cv"));

        assertThat(store.conflictsLeft).isZero();
        assertThat(store.rows.get(10L).area()).isEqualTo("cv");
    }

    @Test
    void conflictsThatNeverEndAreReportedAfterAFewAttemptsNotRetriedForever() {
        ContendedStore store = new ContendedStore();
        store.put(subscription());
        for (int i = 0; i < 10; i++) {
            store.interleaved.add(subscription().withArea(i % 2 == 0 ? "nlp" : "cv"));
        }
        store.conflictsLeft = 10;

        assertThatThrownBy(() -> new Ledger(store).update(10, s -> s.withSchedule(LocalTime.NOON, ZoneId.of("UTC"))))
                .isInstanceOf(StoreConflict.class);
        assertThat(store.conflictsLeft).isEqualTo(5);
    }
}
