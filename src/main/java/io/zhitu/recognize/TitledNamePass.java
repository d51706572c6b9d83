package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name HanLP's recogniser misses (rare characters: 陈缊侬) between two cues: a job title and a speech verb
 * ("教授陈缊侬指出"), or a job title and the same three characters twice more in the text; a title and a dash, with the name closing the clause ("新董事长——印奇。"); or a clause
 * boundary and a post taken ("…的姚顺雨出任首席科学家"). A surname and one or two characters alone are not a name.
 */
final class TitledNamePass implements RecognitionPass {

    /** A title, a dash or colon, then two or three Chinese characters closing the clause: 新董事长——印奇。 */
    private static final Pattern DASHED = Pattern.compile("(?:——|—|:)\\s?([\\u4e00-\\u9fff]{2,3})(?=[。,;!?)]|$)");
    /** Two or three Chinese characters after 的 or a clause boundary, then a post taken and, within reach, a title. */
    private static final Pattern TAKES_POST = Pattern.compile("(?<=[的,、:;]|^)([\\u4e00-\\u9fff]{2,3})(?:将|已|正式|随后|即将)?(?:出任|担任|接任|升任|获任|转任)");

    private final Lexicon lexicon;

    TitledNamePass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a job title of the lexicon ends at {@code end}. */
    private boolean titleEndsAt(RecognitionState w, int from, int end) {
        return lexicon.suffixOf("job-title", w.s.substring(Math.max(from, end - 8), end)) != null;
    }

    /** Whether a job title of the lexicon ends within a few characters after {@code from}. */
    private boolean titleSoonAfter(RecognitionState w, int from, int limit) {
        for (int k = from + 1; k <= Math.min(limit, from + 10); k++) if (titleEndsAt(w, from, k)) return true;
        return false;
    }

    private void person(RecognitionState w, int a, int b) {
        if (!w.free(a, b)) return;
        Entity e = w.person(w.s.substring(a, b), Slugs.personPinyin(w.s.substring(a, b)), null, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
    }

    @Override
    public String name() {
        return "pattern:titled-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            String title = lexicon.prefixAt("job-title", w.s, i);
            if (title == null) continue;
            int te = i + title.length();
            String sn = lexicon.prefixAt("surname", w.s, te);
            if (sn == null) continue;
            for (int g = 2; g >= 1; g--) {
                int end = te + sn.length() + g;
                if (end > sentence.end() || !w.free(te, end)) continue;
                String name = w.s.substring(te, end);
                if (!TextKeys.allHan(name)) continue;
                boolean speech = PersonCues.speechAfter(w.s.substring(end, Math.min(sentence.end(), end + 12)));
                // without a speech verb, a three-character name the text repeats twice more: 董事长蔡明远亲自督军 … 蔡明远认为
                if (!speech && !(g == 2 && occurrences(w.s, name) >= 3 && !isTitleOrKnown(w, name))) continue;
                Entity e = w.person(name, Slugs.personPinyin(name), null, te, end);
                w.add(new Found(te, end, e.id(), name()), e);
                break;
            }
        }
        Matcher d = DASHED.matcher(w.s);
        d.region(sentence.start(), sentence.end());
        d.useTransparentBounds(true);
        while (d.find()) {
            if (titleEndsAt(w, sentence.start(), d.start()) && !isTitleOrKnown(w, d.group(1))) person(w, d.start(1), d.end(1));
        }
        Matcher t = TAKES_POST.matcher(w.s);
        t.region(sentence.start(), sentence.end());
        while (t.find()) {
            String name = t.group(1);
            if (lexicon.prefixAt("surname", name, 0) == null || isTitleOrKnown(w, name)) continue;
            if (titleSoonAfter(w, t.end(), sentence.end())) person(w, t.start(1), t.end(1));
        }
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length())) n++;
        return n;
    }

    /** A word that is a title or a name the gazetteer knows as something else: never a new person. */
    private boolean isTitleOrKnown(RecognitionState w, String word) {
        return lexicon.suffixOf("job-title", word) != null || !w.gazetteer.lookup(word).isEmpty() || "这那一他她我你其该本此".indexOf(word.charAt(0)) >= 0;
    }
}
