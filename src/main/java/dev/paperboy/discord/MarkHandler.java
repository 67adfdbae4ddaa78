package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.daily.StoreException;
import dev.paperboy.learn.Item;
import dev.paperboy.learn.Learner;
import dev.paperboy.learn.Mark;
import dev.paperboy.learn.MarkStore;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press of {@code Read}, {@code Done} or {@code Save}: toggles the presser's own mark and tells
 * them, privately, what it is now. Anyone who sees the message may press; nobody else's marks
 * change. An item that has left the catalogue keeps its mark and is named by its id.
 */
final class MarkHandler implements ButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(MarkHandler.class);

    private final Supplier<Catalogue> catalogue;
    private final MarkStore marks;
    private final Clock clock;

    MarkHandler(Supplier<Catalogue> catalogue, MarkStore marks, Clock clock) {
        this.catalogue = catalogue;
        this.marks = marks;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return MarkButtons.PREFIX;
    }

    @Override
    public String name() {
        return "mark";
    }

    @Override
    public Reply press(long userId, String id, Messages m) {
        Optional<MarkButtons.Press> press = MarkButtons.parse(id);
        if (press.isEmpty()) {
            return Reply.error(m.get("mark.unknown"));
        }
        Item item = press.get().item();
        Mark.Kind kind = press.get().kind();
        Catalogue cat = catalogue.get();
        String name = nameOf(cat, item, m);
        boolean marked;
        try {
            marked = marks.toggle(userId, item, kind, clock.instant());
        } catch (StoreException e) {
            log.error("Mark {} of user {} on {} not saved: {}", kind, userId, item, e.getMessage());
            return Reply.error(m.get("learn.store.failed"));
        }
        String key = "mark." + kind.name().toLowerCase(Locale.ROOT) + (marked ? ".set" : ".cleared");
        if (kind != Mark.Kind.READ) {
            return Reply.notice(m.get(key, name));
        }
        Learner learner = Learner.of(marks.marksOf(userId));
        long read = cat.chronologicalPapers().stream().filter(p -> learner.hasRead(p.id())).count();
        return Reply.notice(m.get(key, name, read, cat.chronologicalPapers().size()));
    }

    static String nameOf(Catalogue cat, Item item, Messages m) {
        Optional<String> found = item.type() == Item.Type.PAPER
                ? cat.paper(item.id()).map(Paper::displayName)
                : cat.resource(item.id()).map(r -> cat.in(m.language()).title(r));
        return found.map(UserText::escape).orElseGet(() -> m.get("mark.gone", item.id()));
    }
}
