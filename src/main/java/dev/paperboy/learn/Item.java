package dev.paperboy.learn;

import java.util.Objects;

/**
 * What a mark is on: a paper or a resource of the catalogue, by its stable id. Ids are unique
 * within papers and within resources, not across, so the kind travels with the id:
 * {@code p.lenet-5}, {@code r.deep-playground} (the form in button ids and in the store).
 */
public record Item(Type type, String id) {

    public enum Type {
        PAPER("p"), RESOURCE("r");

        private final String prefix;

        Type(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The longest id the catalogue gives an entry. */
    static final int MAX_ID = 64;

    public Item {
        Objects.requireNonNull(type, "type");
        if (!isId(id)) {
            throw new IllegalArgumentException("not a catalogue id: " + id);
        }
    }

    /**
     * {@code [a-z0-9-]{1,64}}, checked by hand: a Read press builds an item for every paper of the
     * list it reads progress over, and a regex matcher each (with its arrays) was 6% of what a
     * press allocated.
     */
    static boolean isId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static Item paper(String id) {
        return new Item(Type.PAPER, id);
    }

    public static Item resource(String id) {
        return new Item(Type.RESOURCE, id);
    }

    /** {@code p.lenet-5} -> the paper {@code lenet-5}; null when it is not an item's key. */
    public static Item parse(String key) {
        if (key == null || key.length() < 3 || key.charAt(1) != '.') {
            return null;
        }
        String id = key.substring(2);
        if (!isId(id)) {
            return null;
        }
        return switch (key.charAt(0)) {
            case 'p' -> paper(id);
            case 'r' -> resource(id);
            default -> null;
        };
    }

    public String key() {
        return type.prefix + "." + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
