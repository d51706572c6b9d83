package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English person names, only with a cue: "By X", "X, CEO of", "X said", "chief scientist X". */
final class EnglishPersonPass implements RecognitionPass {

    private static final Pattern EN_PERSON = Pattern.compile(
            "(?<![\\p{IsLatin}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?: \\p{Lu}\\.)?(?: (?:van |de |von |da |del |di |le )?\\p{Lu}[\\p{IsLatin}'’]+(?:-\\p{Lu}?\\p{Ll}+)?){1,2})(?![\\p{IsLatin}])");

    /** A cue just before a name: a byline's "By", a speech verb ("said Sam Altman"). */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?s).*(?:^|\\s)(?:By|by|Author:|Reporter:|said|says|according to|told)\\s*$");
    /** A speech verb just after a name. */
    private static final Pattern SPEECH_AFTER = Pattern.compile("(?s)^\\s*(?:said|says|told|wrote|explained|noted|argued|added)\\b.*");
    /** A middle initial ("Ilya S. Sutskever"), left out of the slug. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile(" [A-Z]\\.");

    private final Lexicon lexicon;
    private final PinyinNames pinyin;
    private final Pattern titleAround;
    private final Pattern titleAfterComma;
    private final Pattern titleBefore;

    EnglishPersonPass(Lexicon lexicon, PinyinNames pinyin) {
        this.lexicon = lexicon;
        this.pinyin = pinyin;
        String titles = "(?:(?:senior|chief|deputy|associate|assistant|vice|executive|co-)\\s?)?" + lexicon.alternation("job-title-en");
        this.titleAround = Pattern.compile("(?i)" + titles);
        this.titleAfterComma = Pattern.compile("(?s)^, (?:the |a |an )?(?i:" + titles + ").*");
        this.titleBefore = Pattern.compile("(?s).*(?i:" + titles + ")s?\\s+$");
    }

    /** "Jack Rae、Pei Sun", "Jane Roe and John Doe": a name listed right after a person's. */
    private static boolean afterPerson(RecognitionState w, int a) {
        if (mentionBefore(w, a, "、和及与", EntityKind.PERSON)) return true;
        return a >= 5 && w.s.startsWith(" and ", a - 5) && w.endingAt(a - 5, EntityKind.PERSON) != null;
    }

    /** "来自谷歌DeepMind的Jack Rae": a Latin name right after an organisation and 的 in Chinese text. */
    private static boolean fromOrg(RecognitionState w, int a) {
        return mentionBefore(w, a, "的", EntityKind.ORG);
    }

    /** Whether a mention of that kind, then one of the joining characters, stands right before {@code a} (spaces aside). */
    private static boolean mentionBefore(RecognitionState w, int a, String joiners, EntityKind kind) {
        int k = a;
        while (k > 0 && w.s.charAt(k - 1) == ' ') k--;
        if (k == 0 || joiners.indexOf(w.s.charAt(k - 1)) < 0) return false;
        int j = k - 1;
        while (j > 0 && w.s.charAt(j - 1) == ' ') j--; // "Jason Wei 与 Hyung Won Chung", as Taiwan outlets space them
        return w.endingAt(j, kind) != null;
    }

    /**
     * A name that needs no cue: one opening with a common English given name (Frank Chu), or a pinyin name whose
     * surname stands alone elsewhere in the text, as English news refers back to it (Zhang Zhengyou … Zhang said).
     */
    private boolean shapedLikeAName(RecognitionState w, String name) {
        String[] parts = name.split(" ");
        for (String p : parts) if (EnglishNames.ORG_WORD.contains(p)) return false;
        if (parts.length >= 2 && parts.length <= 3 && lexicon.contains("given-name-en", parts[0])) return true;
        String surname = pinyin.surnameOf(name);
        return surname != null && PinyinNames.meaningfulAlone(surname) && standsAlone(w.s, surname, name);
    }

    /** Whether {@code word} occurs in the text outside {@code name}, as a word of its own with no capitalised word beside it. */
    private static boolean standsAlone(String s, String word, String name) {
        for (int a = s.indexOf(word); a >= 0; a = s.indexOf(word, a + 1)) {
            int b = a + word.length();
            boolean bounded = (a == 0 || !namePart(s.charAt(a - 1))) && (b == s.length() || !namePart(s.charAt(b)));
            if (bounded && !EnglishNames.besideCapitalisedWord(s, a, b) && !s.startsWith(name, a)
                    && !s.regionMatches(Math.max(0, b - name.length()), name, 0, name.length())) return true;
        }
        return false;
    }

    private static boolean namePart(char c) {
        return Character.isLetterOrDigit(c) && c < 0x2E80 || c == '-';
    }

    @Override
    public String name() {
        return "pattern:en-person";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = EN_PERSON.matcher(w.s);
        m.useTransparentBounds(true);
        int from = sentence.start();
        while (from < sentence.end()) {
            m.region(from, sentence.end());
            if (!m.find()) break;
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            String first = name.split(" ")[0];
            // "By Dana Example": start again after a leading word that is not a name
            from = EnglishNames.notName(first, lexicon) ? a + first.length() : b;
            if (!w.free(a, b)) continue;
            boolean stop = false;
            for (String part : name.split(" ")) if (EnglishNames.notName(part, lexicon)) stop = true;
            if (stop) continue;
            String before = w.s.substring(Math.max(sentence.start(), a - 30), a);
            String after = w.s.substring(b, Math.min(sentence.end(), b + 40));
            boolean cue = CUE_BEFORE.matcher(before).matches() || SPEECH_AFTER.matcher(after).matches()
                    || (after.startsWith(",") && titleAround.matcher(after.substring(1, Math.min(after.length(), 30))).lookingAt())
                    || titleAfterComma.matcher(after).matches()
                    || titleBefore.matcher(before).matches()
                    || lexicon.suffixOf("job-title", before.trim().replaceFirst("(?:为|是)$", "")) != null
                    || fromOrg(w, a) || afterPerson(w, a);
            if (!cue) cue = shapedLikeAName(w, name);
            if (!cue && name.split(" ").length == 3) {
                // "Vinces Yao Shunyu": an English name before a pinyin one
                String tail = name.substring(name.indexOf(' ') + 1);
                if (shapedLikeAName(w, tail)) {
                    a = b - tail.length();
                    name = tail;
                    cue = true;
                }
            }
            if (!cue) continue;
            Entity e = w.person(name, Slugs.latin(MIDDLE_INITIAL.matcher(name).replaceAll("")), name, a, b);
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }
}
