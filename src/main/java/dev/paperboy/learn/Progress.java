package dev.paperboy.learn;

import java.util.List;
import java.util.Objects;

/**
 * A learner's progress through the chronological list, as the picture and its text show it.
 *
 * @param firstYear the year of the oldest paper of the list
 * @param lastYear  the year of the newest
 * @param papers    every paper of the list, oldest first
 * @param areas     counts per area, in the list's order of areas
 */
public record Progress(int firstYear, int lastYear, List<Dot> papers, List<AreaCount> areas) {

    /** One paper on the timeline. */
    public record Dot(String paperId, String label, String area, int year, int month, boolean read, boolean saved) {
    }

    /** {@code read} of {@code total} papers of {@code area} read, {@code saved} saved. */
    public record AreaCount(String area, int read, int saved, int total) {
    }

    public Progress {
        papers = List.copyOf(papers);
        areas = List.copyOf(areas);
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("firstYear after lastYear");
        }
        Objects.requireNonNull(papers);
    }

    public int read() {
        return (int) papers.stream().filter(Dot::read).count();
    }

    public int saved() {
        return (int) papers.stream().filter(Dot::saved).count();
    }
}
