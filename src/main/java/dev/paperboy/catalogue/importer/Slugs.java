package dev.paperboy.catalogue.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable, readable names for ids and keys: lower-case ASCII letters, digits and '-'. */
final class Slugs {

    static final int MAX_ID = 64;
    /** Section keys and areas travel in Discord component ids: the validator keeps them short. */
    static final int MAX_KEY = 25;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("(?i)(/index)?\\.(html?|php|aspx?)$");

    private Slugs() {
    }

    /**
     * {@code "Olah's blog"} -> {@code olahs-blog}; accents folded, everything else a '-';
     * cut at a '-' to at most {@code max} characters. Empty when the text has no ASCII letter or digit.
     */
    static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = trimDashes(NOT_SLUG.matcher(folded).replaceAll("-"));
        return cut(slug, max);
    }

    /** Whether a slug says something: a few characters, at least one a letter. */
    static boolean readable(String slug) {
        return slug.length() >= 2 && slug.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    /**
     * A name for an address, for titles with no ASCII letters ({@code 李宏毅教授的機器學習}):
     * {@code http://speech.ee.ntu.edu.tw/~tlkagk/courses_MLDS18.html} -> {@code speech-ee-ntu-edu-tw-tlkagk-courses-mlds18}.
     */
    static String ofUrl(String url, int max) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : PAGE_SUFFIX.matcher(uri.getPath()).replaceFirst("");
            return of(host + " " + path, max);
        } catch (URISyntaxException e) {
            return of(url, max);
        }
    }

    /** {@code slug} cut to {@code max} characters, at a '-' when one falls in the last half. */
    static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        int dash = head.lastIndexOf('-');
        if (slug.charAt(max) != '-' && dash >= max / 2) {
            head = head.substring(0, dash);
        }
        return trimDashes(head);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
