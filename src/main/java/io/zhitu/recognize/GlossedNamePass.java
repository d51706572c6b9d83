package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.Set;
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
    private static final Pattern GLOSS = Pattern.compile("[(（]([A-Z][a-z]+(?:[ \\-][A-Z][a-z]+){1,2})[)）]");
    /** "、Given Family" after a glossed person: the next member of the same list. */
    private static final Pattern LIST_MEMBER = Pattern.compile("\\G[、,]\\s?([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?![A-Za-z])");
    private static final Set<String> NOT_PERSON_WORD = Set.of("Ai", "Group", "Lab", "Labs", "Inc", "Ltd", "Technology",
            "Technologies", "Capital", "Research", "University", "Institute", "Cloud", "Model", "Models", "Bank", "Fund",
            "Ventures", "Partners", "Intelligence", "Holdings", "Corporation", "Company", "Academy", "College", "School",
            "Foundation", "Arena", "Benchmark", "Chat", "Bot", "Search", "Studio", "Team", "Times", "News", "Post", "Daily");
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
            int a = nameStart(w, sentence.start(), b);
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
            if (NOT_PERSON_WORD.contains(word)) return false;
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
    private int nameStart(RecognitionState w, int from, int b) {
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
        for (int len = 3; len >= 2; len--) {
            if (b - len < a) continue;
            String cand = w.s.substring(b - len, b);
            if (lexicon.get("surname").contains(cand.substring(0, 1)) && !lexicon.get("job-title").contains(cand)) return b - len;
        }
        return -1;
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
