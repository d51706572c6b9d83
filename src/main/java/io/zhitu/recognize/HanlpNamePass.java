package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * HanLP's person and organisation recognisers, each name kept only where the context confirms it: a person by a
 * title or a speech verb beside it, an organisation by an institutional ending (研究院, 大学) after a real head.
 */
final class HanlpNamePass implements RecognitionPass {

    private final Lexicon lexicon;
    private final PersonCues cues;
    private final HanlpGate gate;
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment().enableNameRecognize(true)
            .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true).enableOffset(true).enableCustomDictionary(true));

    HanlpNamePass(Lexicon lexicon, PersonCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.gate = new HanlpGate(lexicon, cues);
    }

    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        String sent = w.s.substring(sentence.start(), sentence.end());
        if (!TextKeys.hasHan(sent)) return;
        if (!gate.mayKeep(w, sentence)) return; // no name here could be confirmed: segmenting it would change nothing
        List<Term> terms = segments.get().seg(sent);
        for (Term term : terms) {
            String nature = term.nature == null ? "" : term.nature.toString();
            int a = sentence.start() + term.offset, b = a + term.word.length();
            if (b > sentence.end()) continue;
            String word = term.word;
            if (!w.free(a, b)) {
                // an institution named with its country: 中国科学技术信息研究所 is one name, not 中国 and another
                Found country = countryOpening(w, a, b);
                if (country == null || !nature.startsWith("nt") || !looksLikeOrgName(word.substring(country.end() - a))) continue;
                w.nest(country);
            }
            if (nature.startsWith("nr")) {
                if (cues.isChinesePersonName(word, nature) && cues.personCue(w, sentence, a, b)) {
                    Entity e = w.person(word, Slugs.personPinyin(word), null, a, b);
                    w.add(new Found(a, b, e.id(), name()), e);
                }
            } else if (nature.startsWith("nt")) {
                if (looksLikeOrgName(word)) {
                    // the country HanLP left outside the name: 中国 + 科学技术信息研究所
                    Found before = w.endingAt(a, EntityKind.COUNTRY);
                    if (before != null) {
                        w.nest(before);
                        a = before.start();
                        word = w.s.substring(a, b);
                    }
                    Entity e = w.mint(EntityKind.ORG, Slugs.chinese(word), null, a, b);
                    w.add(new Found(a, b, e.id(), name()), e);
                }
            }
        }
    }

    /** The country mention that opens [a, b) and is the only thing claimed in it, else null. */
    private static Found countryOpening(RecognitionState w, int a, int b) {
        for (Found f : w.startingIn(a, a + 1)) {
            Entity e = w.entity(f.entityId());
            if (!f.nested() && e != null && e.kind() == EntityKind.COUNTRY && f.end() < b && w.free(f.end(), b)) return f;
        }
        return null;
    }

    /** A head with a number in it (三家研究院): a count of institutions, not one's name. */
    private static final Pattern COUNTED = Pattern.compile(".*[0-9一二三四五六七八九十几多].*");
    private static final Pattern FUNCTION_WORD = Pattern.compile("[均向对由在将把被从和与及或的了是为并也都还已]");

    private boolean looksLikeOrgName(String word) {
        if (word.length() < 4 || !TextKeys.hasHan(word)) return false;
        String suffix = lexicon.suffixOf("org-suffix", word);
        if (suffix == null) return false;
        String head = word.substring(0, word.length() - suffix.length());
        if (head.length() < 2) return false;
        if (COUNTED.matcher(head).matches()) return false;
        // a particle, a preposition or an adverb is no part of a name: 均向公司 (均向公司副总裁汇报) is not a company
        if (FUNCTION_WORD.matcher(head).find()) return false;
        // "抖音母公司字节跳动": a parent or a subsidiary named by its relation is no name
        if (word.endsWith("母公司") || word.endsWith("子公司") || word.endsWith("分公司")) return false;
        for (String g : lexicon.get("org-generic")) {
            if (head.equals(g) || head.startsWith(g)) return false;
        }
        return true;
    }
}
