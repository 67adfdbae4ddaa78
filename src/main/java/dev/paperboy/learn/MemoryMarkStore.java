package dev.paperboy.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks in memory, kept for as long as the process runs: what {@code preview} answers
 * {@code /learn} from (a learner's marks given on its command line). The bot keeps marks in the
 * database.
 */
public final class MemoryMarkStore implements MarkStore {

    private final List<Mark> marks = new ArrayList<>();

    @Override
    public synchronized boolean toggle(long userId, Item item, Mark.Kind kind, Instant at) {
        if (marks.removeIf(m -> m.userId() == userId && m.item().equals(item) && m.kind() == kind)) {
            return false;
        }
        marks.add(new Mark(userId, item, kind, at));
        return true;
    }

    @Override
    public synchronized List<Mark> marksOf(long userId) {
        return marks.stream().filter(m -> m.userId() == userId).sorted(Comparator.comparing(Mark::at)).toList();
    }

    @Override
    public synchronized int forget(long userId) {
        int before = marks.size();
        marks.removeIf(m -> m.userId() == userId);
        return before - marks.size();
    }
}
