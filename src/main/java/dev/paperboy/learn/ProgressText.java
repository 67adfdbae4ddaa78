package dev.paperboy.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of the progress picture as text, for screen readers (an attachment's description,
 * which Discord reads out as the picture's alt text, or the embed's text): overall, per area, and
 * the read papers by year when that is short enough.
 *
 * @param read       papers read
 * @param saved      papers saved
 * @param total      papers on the list
 * @param areas      counts per area, in the picture's order
 * @param readByYear the names of the read papers by year, oldest year first, in the list's order
 */
public record ProgressText(int read, int saved, int total, List<Progress.AreaCount> areas,
                           SortedMap<Integer, List<String>> readByYear) {

    public ProgressText {
        areas = List.copyOf(areas);
        TreeMap<Integer, List<String>> copy = new TreeMap<>();
        readByYear.forEach((year, names) -> copy.put(year, List.copyOf(names)));
        readByYear = copy;
    }

    /**
     * The sentences, as {@link String#format} patterns the caller localizes.
     *
     * @param overall   read, total, saved: {@code %1$d of %2$d papers read, %3$d saved.}
     * @param area      area name, read, total, saved: {@code %1$s: %2$d of %3$d read, %4$d saved.}
     * @param byYear    the heading before the years: {@code Read, by year:}
     * @param year      year, then its names or its count: {@code %1$d: %2$s}
     * @param separator between names: {@code , } (zh-TW: {@code 、})
     */
    public record Words(String overall, String area, String byYear, String year, String separator) {

        public static final Words ENGLISH = new Words("%1$d of %2$d papers read, %3$d saved.",
                "%1$s: %2$d of %3$d read, %4$d saved.", "Read, by year:", "%1$d: %2$s", ", ");

        public Words {
            Objects.requireNonNull(overall, "overall");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(byYear, "byYear");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(separator, "separator");
        }
    }

    /** The figures of a progress: the same counts the picture draws. */
    public static ProgressText of(Progress progress) {
        List<Progress.AreaCount> areas = new ArrayList<>(progress.areas());
        // An area a paper names that the counts do not: counted from the papers, as the picture does.
        for (Progress.Dot dot : progress.papers()) {
            if (areas.stream().noneMatch(a -> a.area().equals(dot.area()))) {
                List<Progress.Dot> of = progress.papers().stream().filter(d -> d.area().equals(dot.area())).toList();
                areas.add(new Progress.AreaCount(dot.area(), (int) of.stream().filter(Progress.Dot::read).count(),
                        (int) of.stream().filter(Progress.Dot::saved).count(), of.size()));
            }
        }
        SortedMap<Integer, List<String>> byYear = new TreeMap<>();
        for (Progress.Dot dot : progress.papers()) {
            if (dot.read()) {
                byYear.computeIfAbsent(dot.year(), y -> new ArrayList<>()).add(dot.label());
            }
        }
        return new ProgressText(progress.read(), progress.saved(), progress.papers().size(), areas, byYear);
    }

    /**
     * The text, at most {@code maxChars} characters (Discord reads an attachment's description up
     * to 1,024): the overall line and the areas always; then the read papers' names by year, or
     * only how many per year when the names do not fit, or nothing of the years when that does
     * not fit either.
     */
    public String format(Words words, ProgressPicture.Labels labels, int maxChars) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, words.overall(), read, total, saved));
        for (Progress.AreaCount area : areas) {
            lines.add(String.format(Locale.ROOT, words.area(), labels.areaName(area.area()), area.read(),
                    area.total(), area.saved()));
        }
        String head = String.join("\n", lines);
        if (!readByYear.isEmpty()) {
            for (boolean names : new boolean[] {true, false}) {
                List<String> years = new ArrayList<>(List.of(words.byYear()));
                readByYear.forEach((year, list) -> years.add(String.format(Locale.ROOT, words.year(), year,
                        names ? String.join(words.separator(), list) : Integer.toString(list.size()))));
                String full = head + "\n" + String.join("\n", years);
                if (full.length() <= maxChars) {
                    return full;
                }
            }
        }
        return head.length() <= maxChars ? head : head.substring(0, Math.max(0, maxChars - 1)) + "…";
    }
}
