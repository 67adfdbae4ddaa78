package dev.paperboy.daily;

import java.util.List;
import java.util.Optional;

/** A store that dies at its n-th write from now, before or after the write reached the disk. */
final class CrashingStore implements SubscriptionStore {

    private final SubscriptionStore inner;
    private int countdown = -1;
    private boolean afterWrite;

    CrashingStore(SubscriptionStore inner) {
        this.inner = inner;
    }

    /** Crash at the {@code n}-th put from now (1 = the next one). */
    synchronized void crashAtPut(int n, boolean afterTheWrite) {
        countdown = n;
        afterWrite = afterTheWrite;
    }

    @Override
    public List<Subscription> all() {
        return inner.all();
    }

    @Override
    public Optional<Subscription> get(long channelId) {
        return inner.get(channelId);
    }

    @Override
    public List<Subscription> byGuild(long guildId) {
        return inner.byGuild(guildId);
    }

    @Override
    public synchronized void put(Subscription s) {
        if (countdown > 0 && --countdown == 0) {
            if (afterWrite) {
                inner.put(s);
            }
            throw new Crash(afterWrite ? "right after a state write" : "right before a state write");
        }
        inner.put(s);
    }

    @Override
    public void remove(long channelId) {
        inner.remove(channelId);
    }

    @Override
    public List<StoreProblem> problems() {
        return inner.problems();
    }
}
