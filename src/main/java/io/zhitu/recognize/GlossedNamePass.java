package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People glossed with their name in Latin letters, as Chinese news introduces them: 庞若鸣(Ruoming Pang),
 * 亚历山德拉·王(Alexandr Wang), and the Latin names listed after such a gloss (毕树超(Shuchao Bi)、Huiwen Chang、
 * Ji Lin等). The gloss is the cue: a surname-led Chinese name or a dotted transliteration right before a
 * parenthesised two- or three-word Latin name is one person under both names. Organisations glossed the same way
 * (月之暗面(Moonshot AI)) are left alone: their Latin name is known or carries a company word.
 */
final class GlossedNamePass implements RecognitionPass {

    /** A Chinese span right before "(Given Family)"; group 1 the Latin name. */
    private static final Pattern GLOSS = Pattern.compile("[ \u3000]?[(（]([A-Z][a-z]+(?:[ \\-][A-Z][a-z]+){1,2})[)）]");
    /** "、Given Family" after a glossed person: the next member of the same list. */
    private static final Pattern LIST_MEMBER = Pattern.compile("\\G[、,]\\s?([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?![A-Za-z])");
    private static final int MAX_TRANSLITERATED_PART = 6;

    private final Lexicon lexicon;

    GlossedNamePass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:glossed-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = GLOSS.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            String latin = m.group(1);
            if (!personLike(w, latin)) continue;
            int b = m.start();
            int a = nameStart(w, sentence.start(), b, latin);
            if (a < 0) continue;
            Entity e = w.known(latin, EntityKind.PERSON);
            if (e == null) e = w.known(w.s.substring(a, b), EntityKind.PERSON);
            if (e == null) e = w.mint(EntityKind.PERSON, Slugs.latin(latin), latin, a, b);
            if (w.free(a, b)) w.add(new Found(a, b, e.id(), name()), e);
            if (w.free(m.start(1), m.end(1))) w.add(new Found(m.start(1), m.end(1), e.id(), name()), e);
            listed(w, sentence, m.end());
        }
    }

    /** The Latin names listed right after a glossed person, each a person of its own. */
    private void listed(RecognitionState w, Span sentence, int from) {
        Matcher l = LIST_MEMBER.matcher(w.s);
        l.region(from, sentence.end());
        while (l.find()) {
            String latin = l.group(1);
            if (!personLike(w, latin) || !w.free(l.start(1), l.end(1))) return;
            Entity e = w.known(latin, EntityKind.PERSON);
            if (e == null) e = w.mint(EntityKind.PERSON, Slugs.latin(latin), latin, l.start(1), l.end(1));
            w.add(new Found(l.start(1), l.end(1), e.id(), name()), e);
        }
    }

    private static boolean personLike(RecognitionState w, String latin) {
        for (String word : latin.split("[ \\-]")) {
            if (EnglishNames.ORG_WORD.contains(word)) return false;
        }
        for (EntityKind k : new EntityKind[] {EntityKind.ORG, EntityKind.MODEL, EntityKind.PLATFORM, EntityKind.BENCHMARK}) {
            if (w.known(latin, k) != null) return false;
        }
        return true;
    }

    /**
     * Where the Chinese name ending at {@code b} starts: a dotted transliteration (亚历山德拉·王) read back over its
     * parts, the first part cut after a job title (首席执行官亚历山德拉); or a surname with one or two characters.
     * -1 when the span names no person.
     */
    private int nameStart(RecognitionState w, int from, int b, String latin) {
        int a = b;
        while (a > from && TextKeys.isHan(w.s.charAt(a - 1))) a--;
        if (a == b) return -1;
        int dot = w.s.lastIndexOf('·', b - 1);
        if (dot > from && dot < b - 1 && w.s.substring(dot + 1, b).chars().allMatch(TextKeys::isHan)) {
            int start = dot;
            while (start > from && (TextKeys.isHan(w.s.charAt(start - 1)) || w.s.charAt(start - 1) == '·')) start--;
            int firstDot = w.s.indexOf('·', start);
            String head = w.s.substring(start, firstDot);
            String title = lastTitleEnd(head);
            if (title != null) start += head.lastIndexOf(title) + title.length();
            if (firstDot - start > MAX_TRANSLITERATED_PART) start = firstDot - MAX_TRANSLITERATED_PART;
            return firstDot - start >= 1 ? start : -1;
        }
        // an undotted transliteration (詹南德里亚) after a job title or 的: the whole run from there, no longer than
        // the Latin name's syllables allow (a verb before the name would make it longer)
        String title = lastTitleEnd(w.s.substring(a, b));
        if (title != null) {
            int start = a + w.s.substring(a, b).lastIndexOf(title) + title.length();
            if (b - start >= 2 && b - start <= Math.min(MAX_TRANSLITERATED_PART, syllables(latin) + 1)) return start;
        }
        for (int len = 3; len >= 2; len--) {
            if (b - len < a) continue;
            String cand = w.s.substring(b - len, b);
            if (lexicon.get("surname").contains(cand.substring(0, 1)) && !lexicon.get("job-title").contains(cand)
                    && !titleEndsAt(w.s, a, b - len + 1)) return b - len;
        }
        return -1;
    }

    /** Vowel groups of a Latin name: about the characters a transliteration of it takes. */
    private static int syllables(String latin) {
        return latin.toLowerCase(java.util.Locale.ROOT).split("[aeiouy]+", -1).length - 1;
    }

    /** Whether a job title ends at {@code end} (after {@code from}): the name cannot start one character before it. */
    private boolean titleEndsAt(String s, int from, int end) {
        return lexicon.suffixOf("job-title", s.substring(from, end)) != null;
    }

    /** The last job title word inside a run of Chinese before a transliterated name, or null. */
    private String lastTitleEnd(String head) {
        String best = null;
        int bestEnd = -1;
        for (String t : lexicon.get("job-title")) {
            int k = head.lastIndexOf(t);
            if (k >= 0 && k + t.length() > bestEnd) {
                bestEnd = k + t.length();
                best = t;
            }
        }
        for (String t : new String[] {"的", "和", "与", "及"}) {
            int k = head.lastIndexOf(t);
            if (k >= 0 && k + 1 > bestEnd) {
                bestEnd = k + 1;
                best = t;
            }
        }
        return best;
    }
}
