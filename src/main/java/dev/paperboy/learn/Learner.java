package dev.paperboy.learn;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One person's marks, indexed for the questions {@code /learn} asks of them. */
public final class Learner {

    private final List<Mark> marks;
    private final Map<Mark.Kind, Set<Item>> byKind = new EnumMap<>(Mark.Kind.class);

    private Learner(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        for (Mark.Kind k : Mark.Kind.values()) {
            byKind.put(k, new HashSet<>());
        }
        for (Mark m : marks) {
            byKind.get(m.kind()).add(m.item());
        }
    }

    public static Learner of(List<Mark> marks) {
        return new Learner(marks);
    }

    public boolean has(Item item, Mark.Kind kind) {
        return byKind.get(kind).contains(item);
    }

    public boolean hasRead(String paperId) {
        return has(Item.paper(paperId), Mark.Kind.READ);
    }

    public boolean hasDone(String resourceId) {
        return has(Item.resource(resourceId), Mark.Kind.DONE);
    }

    public boolean hasSaved(Item item) {
        return has(item, Mark.Kind.SAVED);
    }

    /** Whether this person has marked nothing at all: {@code /learn next} says "start here". */
    public boolean isNew() {
        return marks.isEmpty();
    }

    /** What this person saved, newest first. */
    public List<Mark> saved() {
        return marks.stream().filter(m -> m.kind() == Mark.Kind.SAVED)
                .sorted(Comparator.comparing(Mark::at).reversed().thenComparing(m -> m.item().key())).toList();
    }
}
