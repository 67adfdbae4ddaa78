package dev.paperboy.daily;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The local days a subscription posts on: every day, Monday to Friday, or one day a week. Its
 * {@link #key()} is what {@code /daily set days:}, the config file and the state file say
 * ({@code every}, {@code weekdays}, {@code mon} ... {@code sun}).
 */
public final class Days {

    public static final Days EVERY = new Days("every", EnumSet.allOf(DayOfWeek.class));
    public static final Days WEEKDAYS = new Days("weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** Every key, in the order a menu shows them. */
    public static final List<String> KEYS = List.of("every", "weekdays", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final String key;
    private final Set<DayOfWeek> on;

    private Days(String key, Set<DayOfWeek> on) {
        this.key = key;
        this.on = on;
    }

    /** Once a week, on {@code day}. */
    public static Days weekly(DayOfWeek day) {
        return new Days(day.name().substring(0, 3).toLowerCase(Locale.ROOT), EnumSet.of(day));
    }

    /**
     * {@code "weekdays"} -> Monday to Friday; null or blank -> {@link #EVERY}.
     *
     * @throws IllegalArgumentException for anything that is not one of {@link #KEYS}
     */
    public static Days parse(String key) {
        if (key == null || key.isBlank()) {
            return EVERY;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "every" -> EVERY;
            case "weekdays" -> WEEKDAYS;
            default -> {
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.name().substring(0, 3).toLowerCase(Locale.ROOT).equals(k)) {
                        yield weekly(d);
                    }
                }
                throw new IllegalArgumentException("\"" + key + "\" is not one of " + String.join(", ", KEYS));
            }
        };
    }

    public String key() {
        return key;
    }

    public boolean isEvery() {
        return this.equals(EVERY);
    }

    /** Whether the subscription posts on this local day. */
    public boolean includes(LocalDate day) {
        return on.contains(day.getDayOfWeek());
    }

    /** The first day on or after {@code day} that the subscription posts on (at most six days on). */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!includes(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Days other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
