package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.zhitu.core.Entity;
import io.zhitu.core.Mention;
import io.zhitu.core.Span;
import io.zhitu.normalize.NormalizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the entities of a text by running its passes in priority order, like HanLP's pipes: the gazetteer first
 * (reports' titles before it, since a title is one name), then patterns of the genre, then HanLP's person and
 * organisation recognisers, each kept only where nothing earlier claimed the text and a cue confirms it.
 * A new way of finding names is a new {@link RecognitionPass} in {@link #passes}.
 */
public final class Recognizer {

    private final Gazetteer gazetteer;
    private final List<RecognitionPass> passes;

    public Recognizer(Gazetteer gazetteer, Lexicon lexicon) {
        Quiet.hanlp();
        this.gazetteer = gazetteer;
        GazetteerPass names = new GazetteerPass(gazetteer, lexicon);
        PinyinNames pinyin = new PinyinNames(lexicon);
        PersonCues cues = new PersonCues(lexicon);
        this.passes = List.of(
                new ReportTitlePass(gazetteer, lexicon, names),
                new UnitNamePass(gazetteer, lexicon),
                new AcronymGlossedOrgPass(gazetteer, lexicon),
                names,
                new GlossedNamePass(lexicon),
                new HanModelNamePass(),
                new BenchmarkNamePass(),
                new LatinModelPass(lexicon),
                new ShortNamePass(),
                new FamilyNamePass(),
                new SourceLinePass(lexicon, cues),
                new BylineNamePass(lexicon),
                new TitledNamePass(lexicon),
                new HanlpNamePass(lexicon, cues),
                new BylineOutletPass(lexicon),
                new EnglishOrgPass(lexicon),
                new EnglishPersonPass(lexicon, pinyin),
                new RepeatedNamePass(pinyin));
        teachHanlp(gazetteer);
    }

    private static boolean taught;

    /** Puts the gazetteer's Chinese names into HanLP's in-memory dictionary so its segmenter keeps them whole; no cache file is written. */
    private static synchronized void teachHanlp(Gazetteer g) {
        if (taught) return;
        for (Entity e : g.entities()) {
            String nature = switch (e.kind()) {
                case PERSON -> "nr";
                case ORG -> "nt";
                case COUNTRY -> "ns";
                default -> "nz";
            };
            for (String n : Gazetteer.names(e)) {
                if (TextKeys.hasHan(n) && n.length() > 1) CustomDictionary.insert(HanLP.convertToSimplifiedChinese(n), nature + " 1000");
            }
        }
        taught = true;
    }

    /** Recognises every entity mention in the body sentences of a normalised text. */
    public Recognition recognize(NormalizedText nt) {
        RecognitionState w = new RecognitionState(nt, gazetteer);
        for (RecognitionPass pass : passes) {
            for (Span sentence : nt.simplifiedSentences()) pass.scan(w, sentence);
        }
        List<Found> found = new ArrayList<>(w.found);
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed())
                .thenComparing(Found::entityId));
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            Span o = nt.toOriginal(f.start(), f.end());
            String surface = o.cut(nt.original());
            mentions.add(new Mention(o, f.entityId(), surface, nt.langOf(surface), f.source()));
        }
        return new Recognition(nt, new TreeMap<>(w.entities), List.copyOf(found), List.copyOf(mentions));
    }
}
