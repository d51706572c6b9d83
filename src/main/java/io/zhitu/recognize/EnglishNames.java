package io.zhitu.recognize;

import java.util.Set;

/** Capitalised English words that open sentences or headings but never a person's or a company's name. */
final class EnglishNames {

    static final Set<String> NOT_NAME = Set.of("The", "In", "On", "At", "By", "For", "And", "Of", "To", "A", "An",
            "Open", "Analysts", "Related", "Home", "News", "This", "That", "Its", "It", "With", "From", "As", "But", "While",
            "Chinese", "American", "Staff", "Writer", "Editor", "Reporter", "Senior", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Community", "License", "Licence", "Read", "More", "Share");

    /** Words that make a capitalised phrase an organisation's, a product's or a title's name, never a person's. */
    static final Set<String> ORG_WORD = Set.of(
            "Ai", "Group", "Lab", "Labs", "Inc", "Ltd", "Technology", "Technologies", "Capital", "Research",
            "University", "Institute", "Cloud", "Model", "Models", "Bank", "Fund", "Ventures", "Partners",
            "Intelligence", "Holdings", "Corporation", "Company", "Academy", "College", "School", "Foundation",
            "Arena", "Benchmark", "Chat", "Bot", "Search", "Studio", "Team", "Times", "News", "Post", "Daily",
            "Center", "Centre", "Systems", "Inc.", "Corp", "Corp.", "Global", "Venture", "Health", "Robotics",
            "Motors", "Pictures");

    private EnglishNames() {}

    /**
     * Whether a capitalised word stands right beside [a, b), one space away: then a word there is part of a longer
     * name ("Zhang Camera", "Li Auto"), not a name alone.
     */
    static boolean besideCapitalisedWord(String s, int a, int b) {
        if (b + 1 < s.length() && s.charAt(b) == ' ' && Character.isUpperCase(s.charAt(b + 1))) return true;
        if (a < 2 || s.charAt(a - 1) != ' ') return false;
        int k = a - 1;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) k--;
        return k < a - 1 && Character.isUpperCase(s.charAt(k));
    }

    /** Whether a capitalised word is a function word, a weekday, a month or another word that names no one. */
    static boolean notName(String word, Lexicon lexicon) {
        return NOT_NAME.contains(word) || lexicon.contains("month-en", word);
    }
}
