package io.zhitu.recognize;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.zhitu.core.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether {@link HanlpNamePass} could keep anything in a sentence, decided before segmenting it (most of the
 * pass's cost) from the sentence's words and from what earlier passes claimed. Every name the pass keeps is
 * unclaimed text of a name's shape beside a confirming word: an organisation's ending (研究院) after a head of two
 * or more chars that is not generic; a person's name ({@link PersonCues#isChinesePersonName}) right after a title
 * or a cue word (作者), right before one (表示), before 在/于/加入 in a sentence with a verb of holding a post, or
 * opening the sentence before a comma. The test may say yes too often, never too rarely: a sentence it turns
 * away could not have given a name, so the output is the same as when every sentence is segmented. It follows
 * {@link PersonCues#personCue} and the pass's organisation test, and must change when they do.
 */
final class HanlpGate {

    /** Words a name may follow (titles, 作者 …), by last char. */
    private final Map<Character, List<String>> before = new HashMap<>();
    /** Words a name may precede (表示, 教授 …), by first char. */
    private final Map<Character, List<String>> after = new HashMap<>();
    /** Organisation endings, by last char. */
    private final Map<Character, List<String>> orgEndings = new HashMap<>();
    /** Every char at which a test of {@link #mayKeep}'s scan can succeed: the others are passed over at once. */
    private final BitSet cueChars = new BitSet();
    private final List<String> titles, generic;
    private final PersonCues cues;

    HanlpGate(Lexicon lexicon, PersonCues cues) {
        this.cues = cues;
        this.titles = lexicon.get("job-title");
        this.generic = lexicon.get("org-generic");
        // 为 and 是 count only after a title: tried on their own below
        for (String w : titles) before.computeIfAbsent(last(w), k -> new ArrayList<>()).add(w);
        for (String w : lexicon.get("person-cue-before")) {
            if (!w.equals("为") && !w.equals("是")) before.computeIfAbsent(last(w), k -> new ArrayList<>()).add(w);
        }
        // 在, 今年 and 此前 after a name count for nothing on their own
        for (String w : lexicon.get("person-cue-after")) {
            if (!w.equals("在") && !w.equals("今年") && !w.equals("此前")) after.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        // the speech verbs PersonCues reads after a name, whether or not the lexicon lists them
        for (String w : PersonCues.SPEECH) {
            List<String> l = after.computeIfAbsent(w.charAt(0), k -> new ArrayList<>());
            if (!l.contains(w)) l.add(w);
        }
        for (String w : lexicon.get("org-suffix")) orgEndings.computeIfAbsent(last(w), k -> new ArrayList<>()).add(w);
        for (Map<Character, List<String>> m : List.of(before, after, orgEndings)) m.keySet().forEach(cueChars::set);
        for (char c : "为是向对跟告在于加".toCharArray()) cueChars.set(c);
    }

    private static char last(String w) {
        return w.charAt(w.length() - 1);
    }

    /** A head with a number in it (三家研究院): a count of institutions, not one's name (as HanlpNamePass.looksLikeOrgName). */
    private static final Pattern COUNTED = Pattern.compile(".*[0-9一二三四五六七八九十几多].*");

    /** Turns the gate off (every sentence segmented): only for the test that compares the two. */
    static volatile boolean bypass;

    /** Whether the pass could keep a name in this sentence, given what is claimed now. */
    boolean mayKeep(RecognitionState w, Span sentence) {
        if (bypass) return true;
        String s = w.s;
        int start = sentence.start(), end = sentence.end();
        boolean post = false;
        for (int i = start; i < end && !post; i++) post = startsWithAny(s, i, end, POST);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!cueChars.get(c)) continue;
            // a word ending here that a name may follow (after spaces), or 为/是 after a title
            if ((endsWithAny(s, start, i + 1, before.get(c)) || ((c == '为' || c == '是') && endsWithAny(s, start, i, titles)))
                    && personFrom(w, skipSpaces(s, i + 1, end), end)) return true;
            // a word starting here that a name may precede
            List<String> a = after.get(c);
            if (a != null && startsWithAny(s, i, end, a) && personTo(w, start, i)) return true;
            // speech to someone after a name: 向记者透露, 对媒体表示
            if ((c == '向' || c == '对' || c == '跟' || c == '告') && PersonCues.speechAfter(s.substring(i, Math.min(end, i + 12)))
                    && personTo(w, start, i)) return true;
            // 在/于/加入 after a name, allowing 此前, 曾经 … between
            if (post && (c == '在' || c == '于' || (c == '加' && i + 1 < end && s.charAt(i + 1) == '入'))) {
                for (int b = i; b >= Math.max(start, i - 2); b--) if (personTo(w, start, b)) return true;
            }
            List<String> o = orgEndings.get(c);
            if (o != null) for (String x : o) if (orgTo(w, start, i + 1, x)) return true;
        }
        // a byline: a name opening the sentence (after spaces and brackets), then a comma
        int p = start;
        while (p < end && (Character.isWhitespace(s.charAt(p)) || s.charAt(p) == '(' || s.charAt(p) == '（')) p++;
        for (int a = start; a <= p && a < end; a++) {
            for (int b = a + 2; b <= Math.min(end - 1, a + 8); b++) {
                char c = s.charAt(b);
                if ((c == ',' || c == '、') && person(w, a, b)) return true;
            }
        }
        return false;
    }

    /** Words of holding a post (PersonCues' HOLDS_POST; 任 covers 担任, 出任, 任职). */
    private static final List<String> POST = List.of("任", "工作", "负责", "主导", "领导");

    /**
     * Whether [a, b) is unclaimed and of a person's name's shape: HanLP's nr (a surname first), or its nrf, which
     * always opens with a dictionary word tagged nrf (its TranslatedPersonRecognition starts a name at no other).
     */
    private boolean person(RecognitionState w, int a, int b) {
        if (!w.free(a, b)) return false;
        String word = w.s.substring(a, b);
        if (cues.isChinesePersonName(word, "nr")) return true;
        if (!cues.isChinesePersonName(word, "nrf")) return false;
        for (int k = 1; k <= word.length(); k++) {
            String head = word.substring(0, k);
            if (tagged(CoreDictionary.get(head), Nature.nrf) || tagged(CustomDictionary.get(head), Nature.nrf)) return true;
        }
        return false;
    }

    private static boolean tagged(CoreDictionary.Attribute a, Nature n) {
        if (a == null) return false;
        for (Nature x : a.nature) if (x == n) return true;
        return false;
    }

    private boolean personFrom(RecognitionState w, int a, int end) {
        for (int b = a + 2; b <= Math.min(end, a + 8); b++) if (person(w, a, b)) return true;
        return false;
    }

    private boolean personTo(RecognitionState w, int start, int b) {
        for (int a = b - 2; a >= Math.max(start, b - 8); a--) if (person(w, a, b)) return true;
        return false;
    }

    /**
     * Whether some unclaimed [a, e) ending with {@code suffix} passes the pass's organisation test: four chars or
     * more with a Chinese one, a head of two or more, no number in the head, the head not generic.
     */
    private boolean orgTo(RecognitionState w, int start, int e, String suffix) {
        String s = w.s;
        int h = e - suffix.length();
        if (h < start || !s.startsWith(suffix, h)) return false;
        boolean han = TextKeys.hasHan(suffix);
        for (int a = h - 1; a >= start && w.free(a, a + 1); a--) {
            if (TextKeys.isHan(s.charAt(a))) han = true;
            if (h - a < 2 || e - a < 4 || !han) continue;
            String head = s.substring(a, h);
            if (COUNTED.matcher(head).matches()) continue;
            boolean isGeneric = false;
            for (String g : generic) if (head.startsWith(g)) isGeneric = true;
            if (!isGeneric) return w.free(h, e);
        }
        return false;
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean endsWithAny(String s, int start, int e, List<String> words) {
        if (words == null) return false;
        for (String x : words) if (e - x.length() >= start && s.startsWith(x, e - x.length())) return true;
        return false;
    }

    private static boolean startsWithAny(String s, int i, int end, List<String> words) {
        for (String x : words) if (i + x.length() <= end && s.startsWith(x, i)) return true;
        return false;
    }
}
