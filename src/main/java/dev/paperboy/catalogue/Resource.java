package dev.paperboy.catalogue;

import java.util.List;

/**
 * One learning resource, shown as one card.
 *
 * @param id      stable slug, unique in the catalogue
 * @param section the key of its section
 * @param image   the picture of its card, or null
 * @param summary bullet points, markdown
 */
public record Resource(String id, String section, String title, String url, String image, List<String> summary) {

    public Resource {
        summary = summary == null ? List.of() : List.copyOf(summary);
    }
}
