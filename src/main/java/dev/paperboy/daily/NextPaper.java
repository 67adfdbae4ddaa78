package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import java.util.List;

/**
 * Which paper a subscription posts next (pure): its area's chronological list, at its position,
 * starting over after the last. When the catalogue changed since the last post (the last posted
 * paper now sits at another index), the walk continues after that paper, so a paper added or
 * removed earlier in the list neither repeats nor skips one.
 */
public final class NextPaper {

    /** What to post next, or why there is nothing. */
    public sealed interface Choice permits Pick, NoPaper {
    }

    /**
     * @param index 0-based index in the area's chronological list
     * @param total the list's size
     */
    public record Pick(Paper paper, int index, int total) implements Choice {

        /** k in {@code #k / n}, 1-based. */
        public int number() {
            return index + 1;
        }

        /** {@code #3 / 36}. */
        public String label() {
            return NextPaper.label(number(), total);
        }
    }

    /** @param reason for people, e.g. {@code no papers in area "rl"} */
    public record NoPaper(String reason) implements Choice {
    }

    private NextPaper() {
    }

    public static String label(int number, int total) {
        return "#" + number + " / " + total;
    }

    public static Choice of(Catalogue catalogue, Subscription s) {
        return of(catalogue, s.area(), s.position(), s.lastPostedPaperId());
    }

    public static Choice of(Catalogue catalogue, String area, int position, String lastPostedPaperId) {
        String a = Subscription.normalizeArea(area);
        List<Paper> papers = catalogue.chronologicalPapers(Subscription.ALL.equals(a) ? null : a);
        if (papers.isEmpty()) {
            return new NoPaper(Subscription.ALL.equals(a) ? "the catalogue has no papers"
                    : "no papers in area \"" + a + "\" (the catalogue's areas: "
                      + String.join(", ", catalogue.areas()) + ")");
        }
        int size = papers.size();
        int index = Math.floorMod(position, size);
        if (lastPostedPaperId != null) {
            for (int i = 0; i < size; i++) {
                if (papers.get(i).id().equals(lastPostedPaperId)) {
                    index = (i + 1) % size;
                    break;
                }
            }
        }
        return new Pick(papers.get(index), index, size);
    }
}
