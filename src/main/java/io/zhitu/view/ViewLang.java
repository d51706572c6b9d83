package io.zhitu.view;

import io.zhitu.core.ZhituException;

import java.util.List;
import java.util.Locale;

/**
 * The language a view labels things in. The Chinese scripts stand in for each other before English does,
 * since a reader of one script reads the other far better than a foreign language.
 */
public enum ViewLang {
    EN("en"),
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant");

    /** The BCP 47 tag, as written on the page and on labels. */
    public final String tag;

    ViewLang(String tag) { this.tag = tag; }

    /**
     * The language of a tag, whatever its case.
     *
     * @throws ZhituException {@code unknown language 'fr' (expected one of: en, zh-Hans, zh-Hant)}
     */
    public static ViewLang of(String tag) {
        String t = tag == null ? "" : tag.strip();
        for (ViewLang l : values()) if (l.tag.equalsIgnoreCase(t)) return l;
        throw new ZhituException("unknown language '" + tag + "' (expected one of: en, zh-Hans, zh-Hant)");
    }

    /** The tags to try, in order, before any label at all: this one, its script sibling, then English. */
    List<String> chain() {
        return switch (this) {
            case EN -> List.of("en");
            case ZH_HANS -> List.of("zh-hans", "zh-hant", "en");
            case ZH_HANT -> List.of("zh-hant", "zh-hans", "en");
        };
    }

    /** Whether a literal's language tag is {@code wanted} (lower case) or a subtag of it ({@code en-GB} for {@code en}). */
    static boolean matches(String literalTag, String wanted) {
        String t = literalTag.toLowerCase(Locale.ROOT);
        return t.equals(wanted) || t.startsWith(wanted + "-");
    }
}
