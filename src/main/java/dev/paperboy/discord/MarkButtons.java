package dev.paperboy.discord;

import dev.paperboy.learn.Item;
import dev.paperboy.learn.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The {@code Read} / {@code Done} and {@code Save} buttons under cards and daily posts. Their ids
 * are stateless, {@code mk:<kind>:<item>} ({@code mk:read:p.lenet-5}), so a message keeps working
 * after restarts and re-imports: the id names the catalogue's stable id, nothing else.
 */
final class MarkButtons {

    static final String PREFIX = "mk:";
    /** Two items a row (their two buttons each), four rows: the fifth is the page buttons'. */
    static final int MAX_TARGETS = 8;
    private static final int PER_ROW = 2;
    private static final int NAME = 50;

    /** An item shown in a message, with the short name its buttons carry. */
    record Target(Item item, String name) {
    }

    /** What a pressed mark button asks for. */
    record Press(Mark.Kind kind, Item item) {
    }

    private MarkButtons() {
    }

    static String id(Mark.Kind kind, Item item) {
        String word = switch (kind) {
            case READ -> "read";
            case DONE -> "done";
            case SAVED -> "save";
        };
        return PREFIX + word + ":" + item.key();
    }

    static Optional<Press> parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = id.substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Item item = Item.parse(parts[1]);
        Mark.Kind kind = switch (parts[0]) {
            case "read" -> Mark.Kind.READ;
            case "done" -> Mark.Kind.DONE;
            case "save" -> Mark.Kind.SAVED;
            default -> null;
        };
        if (item == null || kind == null || (kind == Mark.Kind.READ) != (item.type() == Item.Type.PAPER)
                && kind != Mark.Kind.SAVED) {
            return Optional.empty();
        }
        return Optional.of(new Press(kind, item));
    }

    /**
     * Two buttons per item, two items a row, at most {@link #MAX_TARGETS} items (more are left
     * without buttons). One item alone gets plain {@code Read} and {@code Save}; several carry
     * their names, so the reader knows which is which.
     */
    static List<List<Button>> rows(List<Target> targets, Messages m) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        boolean named = targets.size() > 1;
        for (Target t : targets.subList(0, Math.min(targets.size(), MAX_TARGETS))) {
            Mark.Kind first = t.item().type() == Item.Type.PAPER ? Mark.Kind.READ : Mark.Kind.DONE;
            row.add(Button.success(id(first, t.item()), label(first, t.name(), named, m)));
            row.add(Button.secondary(id(Mark.Kind.SAVED, t.item()), label(Mark.Kind.SAVED, t.name(), named, m)));
            if (row.size() == PER_ROW * 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static String label(Mark.Kind kind, String name, boolean named, Messages m) {
        String word = m.get("mark.button." + kind.name().toLowerCase(Locale.ROOT));
        if (!named) {
            return word;
        }
        String shortName = name.length() <= NAME ? name : name.substring(0, NAME - 1).strip() + "…";
        return word + " · " + shortName;
    }
}
