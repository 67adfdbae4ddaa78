package dev.paperboy.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Checks everything the bot relies on, and reports every problem at once rather than the
 * first: a person fixing a hand-edited file wants the whole list.
 */
public final class CatalogueValidator {

    /** Section keys and areas travel in component ids and command choices: keep them short slugs. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,24}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int FIRST_YEAR = 1900;
    /** Discord allows 25 choices for an option: the resource sections are /resource's choices. */
    static final int MAX_RESOURCE_SECTIONS = 25;

    private final String file;
    private final ToIntFunction<String> lineOf;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param file   the file name to report, or null
     * @param lineOf the line of a JSON pointer ({@code /resources/3}) in that file, 0 when unknown
     */
    private CatalogueValidator(String file, ToIntFunction<String> lineOf) {
        this.file = file;
        this.lineOf = lineOf;
    }

    public static List<Problem> validate(Catalogue c) {
        return validate(c.source(), c.sections(), c.resources(), c.papers(), null, p -> 0);
    }

    static List<Problem> validate(CatalogueSource source, List<Section> sections, List<Resource> resources,
                                  List<Paper> papers, String file, ToIntFunction<String> lineOf) {
        CatalogueValidator v = new CatalogueValidator(file, lineOf);
        v.check(source, sections, resources, papers);
        return List.copyOf(v.problems);
    }

    private void check(CatalogueSource source, List<Section> sections, List<Resource> resources, List<Paper> papers) {
        if (sections == null) {
            report("", null, "\"sections\" is missing: a catalogue needs its list of sections");
            sections = List.of();
        }
        if (resources == null) {
            report("", null, "\"resources\" is missing (write [] for none)");
            resources = List.of();
        }
        if (papers == null) {
            report("", null, "\"papers\" is missing (write [] for none)");
            papers = List.of();
        }
        if (source != null && source.url() != null) {
            checkUrl("/source", "source", "url", source.url());
        }
        Set<String> resourceSections = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String at = "/sections/" + i;
            String where = "sections[" + i + "]" + (s != null && s.key() != null ? " \"" + s.key() + "\"" : "");
            if (s == null) {
                report(at, where, "is null");
                continue;
            }
            if (blank(s.key())) {
                report(at, where, "\"key\" is missing");
            } else if (!KEY.matcher(s.key()).matches()) {
                report(at, where, "key must be 1-25 lower-case letters, digits or '-'");
            } else if (!keys.add(s.key())) {
                report(at, where, "key is used by an earlier section");
            } else if (!s.holdsPapers()) {
                resourceSections.add(s.key());
            }
            if (s.title() == null || blank(s.title().zhTw()) || blank(s.title().en())) {
                report(at, where, "\"title\" needs both \"zh-TW\" and \"en\"");
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> sectionsUsed = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            String at = "/resources/" + i;
            String where = "resources[" + i + "]" + (r != null && r.id() != null ? " \"" + r.id() + "\"" : "");
            if (r == null) {
                report(at, where, "is null");
                continue;
            }
            checkId(at, where, r.id(), ids);
            if (blank(r.section())) {
                report(at, where, "\"section\" is missing");
            } else if (!resourceSections.contains(r.section())) {
                report(at, where, "section \"" + r.section() + "\" is not a resource section of \"sections\""
                        + " (known: " + String.join(", ", resourceSections.stream().sorted().toList()) + ")");
            } else {
                sectionsUsed.add(r.section());
            }
            if (blank(r.title())) {
                report(at, where, "\"title\" is missing or empty");
            }
            checkUrl(at + "/url", where, "url", r.url());
            if (r.image() != null) {
                checkUrl(at + "/image", where, "image", r.image());
            }
            if (r.summary().stream().anyMatch(line -> line == null)) {
                report(at, where, "\"summary\" has a null line");
            }
        }
        if (sectionsUsed.size() > MAX_RESOURCE_SECTIONS) {
            report("/sections", "sections", sectionsUsed.size() + " sections hold resources; Discord allows "
                    + MAX_RESOURCE_SECTIONS + " choices for /resource section");
        }
        Set<String> paperIds = new HashSet<>();
        int lastYear = Year.now().getValue() + 1;
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            String at = "/papers/" + i;
            String where = "papers[" + i + "]" + (p != null && p.id() != null ? " \"" + p.id() + "\"" : "");
            if (p == null) {
                report(at, where, "is null");
                continue;
            }
            checkId(at, where, p.id(), paperIds);
            if (blank(p.area())) {
                report(at, where, "\"area\" is missing");
            } else if (!KEY.matcher(p.area()).matches()) {
                report(at, where, "area must be 1-25 lower-case letters, digits or '-'");
            }
            if (p.year() < FIRST_YEAR || p.year() > lastYear) {
                report(at, where, "year " + p.year() + " is not plausible (expected " + FIRST_YEAR + "-" + lastYear + ")");
            }
            if (p.month() < 1 || p.month() > 12) {
                report(at, where, "month " + p.month() + " is not 1-12");
            }
            if (blank(p.title())) {
                report(at, where, "\"title\" is missing or empty");
            }
            checkUrl(at + "/url", where, "url", p.url());
        }
        if (resources.isEmpty() && papers.isEmpty() && problems.isEmpty()) {
            report("", null, "the catalogue holds no resources and no papers");
        }
    }

    private void checkId(String at, String where, String id, Set<String> seen) {
        if (blank(id)) {
            report(at, where, "\"id\" is missing");
        } else if (!ID.matcher(id).matches()) {
            report(at, where, "id must be 1-64 lower-case letters, digits or '-'");
        } else if (!seen.add(id)) {
            report(at, where, "id is used by an earlier entry");
        }
    }

    private void checkUrl(String at, String where, String key, String url) {
        String problem = urlProblem(url);
        if (problem != null) {
            report(at, where, "\"" + key + "\" " + problem);
        }
    }

    /** Why {@code url} is not an absolute http(s) address, or null when it is one. */
    public static String urlProblem(String url) {
        if (blank(url)) {
            return "is missing";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return "\"" + url + "\" is not an absolute http(s) address";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "\"" + url + "\" has no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "\"" + url + "\" is not a valid address: " + e.getReason();
        }
    }

    private void report(String pointer, String where, String message) {
        problems.add(new Problem(file, lineOf.applyAsInt(pointer), where, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
