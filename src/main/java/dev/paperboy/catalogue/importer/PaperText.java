package dev.paperboy.catalogue.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of one paper line, {@code [2015/12 Deep Residual Learning ... (ResNet)](url)}:
 * the date (also {@code 2015.12}, {@code 2015-12}, or just a year), the title, the short name.
 * Each pattern reads one string already taken from the syntax tree.
 */
final class PaperText {

    /** A date as written; {@code month} is null when only a year was written, and may be out of range. */
    record Date(int year, Integer month, String written, String rest) {
    }

    /** An arXiv identifier: its first four digits are the year and month of submission. */
    record Arxiv(String id, int year, int month) {
    }

    /** A title and the short name in parentheses at its end, or null. */
    record Title(String title, String shortName) {
    }

    private static final Pattern LEADING_DATE = Pattern.compile(
            "^[\\[(（]?\\s*(\\d{4})(?:\\s*[/.\\-]\\s*(\\d{1,2}))?(?!\\d)\\s*[\\])）]?(?:\\s*[:：\\-–—|]\\s*|\\s+|$)(.*)$",
            Pattern.DOTALL);
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[:：\\-–—|]?\\s*$");
    private static final Pattern SHORT_NAME = Pattern.compile("^(.*?)\\s*[(（]([^()（）]{1,40})[)）]\\s*$", Pattern.DOTALL);
    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{2})(\\d{2})\\.\\d{4,5}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_END = Pattern.compile("[\\s:：\\-–—,，]+$");

    private PaperText() {
    }

    /** A date at the start of {@code text}, with the text after it; null when there is none. */
    static Date leadingDate(String text) {
        Matcher m = LEADING_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        String written = m.group(1) + (m.group(2) == null ? "" : "/" + m.group(2));
        return new Date(Integer.parseInt(m.group(1)), month, written, m.group(3).strip());
    }

    /** A full date at the end of {@code text} (a date written before the link), or null. */
    static Date trailingDate(String text) {
        Matcher m = TRAILING_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new Date(Integer.parseInt(m.group(1)), Integer.valueOf(m.group(2)), m.group(1) + "/" + m.group(2),
                text.substring(0, m.start()).strip());
    }

    static Title title(String text) {
        Matcher m = SHORT_NAME.matcher(text);
        if (m.matches()) {
            String shortName = m.group(2).strip();
            if (!shortName.isEmpty() && !shortName.chars().allMatch(Character::isDigit)) {
                String title = TITLE_END.matcher(m.group(1)).replaceFirst("");
                return new Title(title.isEmpty() ? shortName : title, shortName);
            }
        }
        return new Title(text, null);
    }

    /** The arXiv id in an address ({@code arxiv.org/abs/1511.06434}) and the year and month it encodes, or null. */
    static Arxiv arxiv(String url) {
        Matcher m = ARXIV.matcher(url);
        if (!m.find()) {
            return null;
        }
        return new Arxiv(url.substring(m.start(1), m.end()), 2000 + Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
    }
}
