package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What confirms that a Chinese name is a person's: a job title or 作者 before it, a speech verb or a comma and an
 * organisation after it. A surname and one or two characters alone are too weak to trust.
 */
final class PersonCues {

    private final Lexicon lexicon;

    PersonCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A surname of the lexicon followed by one or two characters, or a transliterated name (nrf) of 3 to 8. */
    boolean isChinesePersonName(String word, String nature) {
        if (!TextKeys.hasHan(word)) return false;
        if (nature.equals("nrf")) return word.length() >= 3 && word.length() <= 8;
        if (word.length() < 2 || word.length() > 4) return false;
        for (String sn : lexicon.get("surname")) {
            if (word.startsWith(sn) && word.length() - sn.length() >= 1 && word.length() - sn.length() <= 2
                    && !NOT_GIVEN_NAME.matcher(word.substring(sn.length())).find()) return true;
        }
        return false;
    }

    /** Function words no given name holds: 时已 in 离职时已在苹果任职十年 is "then already", not a person. */
    private static final Pattern NOT_GIVEN_NAME = Pattern.compile("[已将在的了是和与也都还又才就被把对从向于所]");
    private static final Pattern TRAILING_SPACES = Pattern.compile("\\s+$");

    /** Whether the words around [a, b) say it names a person. */
    boolean personCue(RecognitionState w, Span sentence, int a, int b) {
        String before = TRAILING_SPACES.matcher(w.s.substring(Math.max(sentence.start(), a - 12), a)).replaceAll("");
        String after = w.s.substring(b, Math.min(sentence.end(), b + 8));
        if (speechAfter(w.s.substring(b, Math.min(sentence.end(), b + 12)))) return true;
        if (lexicon.suffixOf("job-title", before) != null) return true;
        String cue = lexicon.suffixOf("person-cue-before", before);
        if (cue != null) {
            // 为/是 only after a title: "技术负责人为林俊旸"
            if (!cue.equals("为") && !cue.equals("是")) return true;
            String head = before.substring(0, before.length() - cue.length());
            return lexicon.suffixOf("job-title", head) != null;
        }
        for (String c : lexicon.get("person-cue-after")) {
            if (after.startsWith(c) && !c.equals("在") && !c.equals("今年") && !c.equals("此前")) return true;
        }
        // "周畅此前在阿里担任…": a name before 在 + an organisation + a verb of holding a post
        Matcher post = AT_ORG.matcher(w.s);
        post.region(b, Math.min(sentence.end(), b + 8));
        if (post.lookingAt()) {
            for (Found f : w.startingIn(post.end(), post.end() + 1)) {
                Entity e = w.entity(f.entityId());
                if (f.nested() || e == null || e.kind() != EntityKind.ORG) continue;
                if (HOLDS_POST.matcher(w.s).region(f.end(), Math.min(sentence.end(), f.end() + 6)).lookingAt()) return true;
            }
        }
        // a byline: the name opens its sentence and a comma and an organisation or a title follow
        if ((after.startsWith(",") || after.startsWith("、")) && opensSentence(w.s, sentence.start(), a)) {
            int next = b + 1;
            for (Found f : w.startingIn(next, next + 1)) if (!f.nested()) return true;
            if (lexicon.prefixAt("job-title", w.s, next) != null) return true;
        }
        return false;
    }

    private static final Pattern AT_ORG = Pattern.compile("(?:此前|曾经|曾|目前|现|现已|已)?(?:在|于|加入)");
    private static final Pattern HOLDS_POST = Pattern.compile("(?:担任|出任|任职|工作|任|负责|主导|领导)");

    /** Words after a name that say the name is a person speaking. */
    static final List<String> SPEECH = List.of("表示", "指出", "认为", "说", "称", "介绍", "透露", "强调", "坦言", "谈到", "宣布", "回应", "坦承",
            "直言", "提到", "解释", "说道", "补充", "证实");

    /** A speech verb after a name, right away or after the one spoken to: 谭某向记者透露, 王某对媒体表示. */
    private static final Pattern SPEECH_TO = Pattern.compile("^(?:向|对|跟|告诉)[^,。;!?:\\s]{1,8}?(?:" + String.join("|", SPEECH) + ")");

    static boolean speechAfter(String after) {
        for (String v : SPEECH) if (after.startsWith(v)) return true;
        return SPEECH_TO.matcher(after).find();
    }

    /** Whether only spaces and opening brackets stand between the sentence start and {@code a}. */
    private static boolean opensSentence(String s, int sentenceStart, int a) {
        for (int i = sentenceStart; i < a; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '(' && c != '（') return false;
        }
        return true;
    }
}
