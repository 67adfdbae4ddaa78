package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The import result as a person reads it in a terminal. */
final class ImportSummary {

    private ImportSummary() {
    }

    /** @param english lines on the English beside the catalogue, or none */
    static String of(ImportResult result, List<String> english) {
        StringBuilder out = new StringBuilder();
        Catalogue c = result.catalogue();
        if (c == null) {
            out.append("No catalogue: nothing usable was imported.\n");
        } else {
            counts(c, out);
        }
        problems("Skipped on purpose", result.notes(), out);
        problems("Warnings (kept, but check)", result.warnings(), out);
        problems("Errors (not imported)", result.errors(), out);
        english.forEach(line -> out.append(line).append('\n'));
        out.append(verdict(result));
        return out.toString();
    }

    private static void counts(Catalogue c, StringBuilder out) {
        out.append(String.format("Catalogue: %d resources in %d sections, %d papers in %d areas%n",
                c.resources().size(), c.resourceSections().size(), c.papers().size(), c.areas().size()));
        if (c.source() != null) {
            out.append("Source: ").append(c.source().name()).append(" (").append(c.source().licence()).append(")\n");
        }
        for (Section s : c.sections()) {
            String title = s.title().en() + " / " + s.title().zhTw();
            if (s.holdsPapers()) {
                out.append(String.format("  %-14s %3d papers               %s%n", s.key(), c.papers().size(), title));
                areas(c, out);
            } else {
                List<Resource> rs = c.resourcesIn(s.key());
                long pictured = rs.stream().filter(r -> r.image() != null).count();
                out.append(String.format("  %-14s %3d resources, %2d pictured  %s%n", s.key(), rs.size(), pictured, title));
            }
        }
    }

    private static void areas(Catalogue c, StringBuilder out) {
        // in the list's order of headings, not the order of the oldest paper
        List<String> areas = c.papers().stream().map(Paper::area).distinct().toList();
        for (String area : areas) {
            List<Paper> papers = c.chronologicalPapers(area);
            out.append(String.format("    %-12s %3d papers, %s - %s%n", area, papers.size(),
                    papers.get(0).date(), papers.get(papers.size() - 1).date()));
            Map<String, Integer> subAreas = new LinkedHashMap<>();
            c.papers().stream().filter(p -> p.area().equals(area) && p.subArea() != null)
                    .forEach(p -> subAreas.merge(p.subArea(), 1, Integer::sum));
            subAreas.forEach((sub, n) -> out.append(String.format("      %-34s %3d%n", sub, n)));
        }
    }

    private static void problems(String heading, List<Problem> problems, StringBuilder out) {
        if (problems.isEmpty()) {
            return;
        }
        out.append(heading).append(" (").append(problems.size()).append("):\n");
        for (Problem p : problems) {
            out.append("  ").append(Objects.toString(p)).append('\n');
        }
    }

    private static String verdict(ImportResult result) {
        if (result.ok()) {
            return result.warnings().isEmpty() ? "OK.\n" : "OK, with " + result.warnings().size() + " warning(s).\n";
        }
        if (result.catalogue() == null) {
            return "FAILED: " + result.errors().size() + " error(s); there is no catalogue to write.\n";
        }
        return "INCOMPLETE: " + result.errors().size() + " error(s) lost items; the catalogue above holds only what"
                + " could be kept.\n";
    }
}
