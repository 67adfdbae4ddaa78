package dev.paperboy.learn;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The list's own path through the catalogue: the chronological papers oldest first, and the
 * resource sections in the list's order (playground, courses, tools, tutorials, blogs), each in
 * its order. Marks on items that left the catalogue are kept but play no part here.
 */
public final class LearnPath {

    /** How many of the newest papers to suggest to someone who has read them all. */
    static final int NEWEST = 3;

    private LearnPath() {
    }

    /** @param area an area of the catalogue, or null for all */
    public static NextStep next(Catalogue catalogue, Learner learner, String area) {
        List<Paper> papers = catalogue.chronologicalPapers(area);
        Paper next = null;
        int read = 0;
        for (Paper p : papers) {
            if (learner.hasRead(p.id())) {
                read++;
            } else if (next == null) {
                next = p;
            }
        }
        List<Paper> newest = List.of();
        if (next == null && !papers.isEmpty()) {
            List<Paper> reversed = new ArrayList<>(papers.subList(Math.max(0, papers.size() - NEWEST), papers.size()));
            java.util.Collections.reverse(reversed);
            newest = reversed;
        }
        return new NextStep(next, read, papers.size(), nextResource(catalogue, learner), learner.isNew(), newest);
    }

    private static Resource nextResource(Catalogue catalogue, Learner learner) {
        for (Section s : catalogue.resourceSections()) {
            for (Resource r : catalogue.resourcesIn(s.key())) {
                if (!learner.hasDone(r.id())) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The papers on a timeline, each read or not and saved or not, with counts per area. */
    public static Progress progress(Catalogue catalogue, Learner learner) {
        List<Paper> papers = catalogue.chronologicalPapers();
        List<Progress.Dot> dots = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            dots.add(new Progress.Dot(p.id(), p.displayName(), p.area(), p.year(), p.month(), learner.hasRead(p.id()),
                    learner.hasSaved(Item.paper(p.id()))));
        }
        List<Progress.AreaCount> areas = new ArrayList<>();
        for (String area : catalogue.areas()) {
            int read = 0;
            int saved = 0;
            int total = 0;
            for (Progress.Dot d : dots) {
                if (d.area().equals(area)) {
                    total++;
                    read += d.read() ? 1 : 0;
                    saved += d.saved() ? 1 : 0;
                }
            }
            areas.add(new Progress.AreaCount(area, read, saved, total));
        }
        int first = papers.isEmpty() ? 0 : papers.get(0).year();
        int last = papers.isEmpty() ? 0 : papers.get(papers.size() - 1).year();
        return new Progress(first, last, dots, areas);
    }
}
