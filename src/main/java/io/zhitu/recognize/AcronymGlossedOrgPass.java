package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations a text introduces with their acronym in brackets: "墨卡托中国研究中心（MERICS）分析师…",
 * "新加坡国家人工智能计划(AISG)日前确认". A Chinese name that ends like an organisation's and is glossed by capitals
 * is a name, whether or not the gazetteer knows it. Only a name that opens its clause is read, so that no verb or
 * subject before it ("他加入了…") is taken into the name. It runs before the gazetteer, which would read the country
 * at the head of such a name as the country.
 */
final class AcronymGlossedOrgPass implements RecognitionPass {

    /** Two to eight capitals (letters of any width) in brackets. */
    private static final Pattern ACRONYM = Pattern.compile("\\s?[(（]([A-ZＡ-Ｚ][A-Z0-9&Ａ-Ｚ０-９]{1,7})[)）]");
    /** Words that cannot stand inside such a name: a verb, a particle or a conjunction puts the start later. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[了的是在由据与和及对于将被把向从]");
    private static final int MIN = 4, MAX = 18;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    AcronymGlossedOrgPass(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:acronym-glossed-org";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = ACRONYM.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int end = m.start();
            int start = end;
            while (start > sentence.start() && TextKeys.hasHan(w.s.substring(start - 1, start))) start--;
            int len = end - start;
            if (len < MIN || len > MAX || !w.free(start, end)) continue;
            String name = w.s.substring(start, end);
            if (NOT_IN_NAME.matcher(name).find()) continue;
            if (lexicon.suffixOf("glossed-org-suffix", name) == null) continue;
            if (!gazetteer.lookup(name).isEmpty()) continue; // the gazetteer knows it: its pass will find it
            String acronym = TextKeys.key(m.group(1)).toUpperCase(java.util.Locale.ROOT);
            Entity e = w.mint(EntityKind.ORG, Slugs.chinese(name), acronym, start, end);
            w.add(new Found(start, end, e.id(), name()), e);
        }
    }
}
