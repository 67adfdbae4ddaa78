package dev.paperboy.learn;

import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import java.util.List;

/**
 * What {@code /learn next} answers.
 *
 * @param paper    the oldest paper of the list (in the area) not read yet; null when all are read
 * @param read     papers of the area read
 * @param total    papers of the area
 * @param resource the next resource on the list's path (its sections in order) not done yet; null
 *                 when all are done
 * @param start    the person has marked nothing yet: "start here"
 * @param newest   when every paper is read, the list's newest papers, newest first; else empty
 */
public record NextStep(Paper paper, int read, int total, Resource resource, boolean start, List<Paper> newest) {

    public NextStep {
        newest = List.copyOf(newest);
    }

    public boolean allRead() {
        return paper == null;
    }
}
