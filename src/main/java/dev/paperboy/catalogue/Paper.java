package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A classic paper of the chronological list.
 *
 * @param area      {@code nlp} or {@code cv} (or another area a later list adds)
 * @param subArea   the list's sub-section under the area, or null
 * @param month     1-12
 * @param shortName the name in parentheses at the end of the title ({@code ResNet}), or null
 * @param note      the list's comment on the paper, markdown, or null
 */
public record Paper(String id, String area, @JsonInclude(JsonInclude.Include.NON_NULL) String subArea,
                    int year, int month, String title, String shortName, String url, String note) {

    /** {@code 2018/10}, as the list writes dates. */
    @JsonIgnore
    public String date() {
        return String.format("%04d/%02d", year, month);
    }

    /** The short name where there is one, else the title. */
    @JsonIgnore
    public String displayName() {
        return shortName != null ? shortName : title;
    }
}
