package dev.paperboy.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A section's heading in the list's language (zh-TW) and in English. */
public record SectionTitle(@JsonProperty("zh-TW") String zhTw, @JsonProperty("en") String en) {

    public String in(boolean chinese) {
        return chinese ? zhTw : en;
    }
}
