package dev.paperboy.catalogue;

import java.util.Locale;

/** Which text of the catalogue a reader gets: the list's own (zh-TW) or the English written beside it. */
public enum Language {
    /** The list's own text, as written in zh-TW; read by zh-TW and zh-CN readers. */
    ZH_TW,
    /** The English beside the list ({@code catalogue.en.json}), the list's text where there is none. */
    ENGLISH;

    /**
     * The language for a locale tag such as Discord's {@code zh-TW} or {@code en-US}: Chinese
     * readers (Traditional or Simplified) read the list as written, everyone else English.
     */
    public static Language forLocale(String tag) {
        if (tag == null) {
            return ENGLISH;
        }
        String t = tag.replace('_', '-').toLowerCase(Locale.ROOT);
        return t.equals("zh-tw") || t.equals("zh-cn") ? ZH_TW : ENGLISH;
    }
}
