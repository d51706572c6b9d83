package io.zhitu.recognize;

import java.util.Set;

/** Capitalised English words that open sentences or headings but never a person's or a company's name. */
final class EnglishNames {

    static final Set<String> NOT_NAME = Set.of("The", "In", "On", "At", "By", "For", "And", "Of", "To", "A", "An",
            "Open", "Analysts", "Related", "Home", "News", "This", "That", "Its", "It", "With", "From", "As", "But", "While",
            "Chinese", "American", "Staff", "Writer", "Editor", "Reporter", "Senior", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Community", "License", "Licence", "Read", "More", "Share");

    private EnglishNames() {}

    /** Whether a capitalised word is a function word, a weekday, a month or another word that names no one. */
    static boolean notName(String word, Lexicon lexicon) {
        return NOT_NAME.contains(word) || lexicon.contains("month-en", word);
    }
}
