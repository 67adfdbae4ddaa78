package dev.paperboy.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deep-learning terms in zh-TW and English ({@code glossary.json} in the jar), so that a search
 * typed in one language also finds entries written only in the other: the papers' titles are
 * English, while the list's summaries and the readers' words are often Chinese. "生成對抗" finds
 * the GAN papers; "generative adversarial" finds the Chinese summaries about 生成對抗網路.
 */
final class Glossary {

    /** A term in both languages, normalized as searches are. */
    record Term(String zhTw, String en) {
    }

    /** Terms this short are parts of many words; matching inside them would widen every search. */
    private static final int MIN_PART = 2;

    static final Glossary SHIPPED = load();

    private final List<Term> terms;

    Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * The same search in the other language: for each term the query names (see {@link #related}),
     * the other language's term; empty when the query names no term.
     */
    List<String> alternatives(String normalizedQuery) {
        if (normalizedQuery.length() < MIN_PART) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Term t : terms) {
            if (related(normalizedQuery, t.zhTw())) {
                found.add(t.en());
            } else if (related(normalizedQuery, t.en())) {
                found.add(t.zhTw());
            }
        }
        found.remove(normalizedQuery);
        return List.copyOf(found);
    }

    /**
     * The query names the term: it contains it, or it is the start of it and at least half of it
     * ("生成對抗" of "生成對抗網路"), so that a few typed letters do not pull in a whole field.
     */
    private static boolean related(String query, String term) {
        return query.contains(term) || (term.startsWith(query) && 2 * query.length() >= term.length());
    }

    private static Glossary load() {
        try (InputStream in = Glossary.class.getResourceAsStream("glossary.json")) {
            if (in == null) {
                throw new IllegalStateException("glossary.json is missing from the jar");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Term> terms = new ArrayList<>();
            for (JsonNode t : root.path("terms")) {
                terms.add(new Term(SearchText.normalize(t.path("zh-TW").asText()),
                        SearchText.normalize(t.path("en").asText())));
            }
            return new Glossary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary.json", e);
        }
    }
}
