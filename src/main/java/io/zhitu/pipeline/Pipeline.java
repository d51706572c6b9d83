package io.zhitu.pipeline;

import io.zhitu.clean.BoilerplateFilter;
import io.zhitu.core.*;
import io.zhitu.load.ArticleLoader;
import io.zhitu.normalize.NormalizedText;
import io.zhitu.normalize.Normalizer;
import io.zhitu.recognize.Gazetteer;
import io.zhitu.recognize.Lexicon;
import io.zhitu.recognize.RawSegmentation;
import io.zhitu.recognize.Recognition;
import io.zhitu.recognize.Recognizer;
import io.zhitu.relate.Explanation;
import io.zhitu.relate.ReferenceFacts;
import io.zhitu.relate.RelationRules;
import io.zhitu.relate.RuleSet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The whole flow for one document: load -> clean -> normalise -> recognise -> relate.
 * Building the graph and storing it are the caller's next steps ({@code io.zhitu.rdf}, {@code io.zhitu.store}).
 * Thread-safe once built: one instance serves many documents.
 */
public final class Pipeline {

    private final ArticleLoader loader = new ArticleLoader();
    private final BoilerplateFilter cleaner = new BoilerplateFilter();
    private final Normalizer normalizer = new Normalizer();
    private final Recognizer recognizer;
    private final RelationRules rules;
    private final ReferenceFacts reference;

    public Pipeline(Gazetteer gazetteer, Lexicon lexicon, RuleSet ruleSet) {
        this.recognizer = new Recognizer(gazetteer, lexicon);
        this.rules = new RelationRules(ruleSet);
        this.reference = new ReferenceFacts(gazetteer);
    }

    /** The pipeline with the gazetteer and rules shipped under {@code ontology/}. */
    public static Pipeline standard() {
        // HanLP's models load on one core while the gazetteer and rules load on the other
        RawSegmentation.prepare();
        Thread warm = new Thread(RawSegmentation::warmUp, "zhitu-hanlp-warm-up");
        warm.setDaemon(true);
        warm.start();
        Lexicon lexicon = Lexicon.standard();
        Gazetteer gazetteer = Gazetteer.standard();
        RuleSet rules = RuleSet.standard(lexicon);
        try {
            warm.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Pipeline(gazetteer, lexicon, rules);
    }

    /** Runs every stage on one input; a user error is a {@link ZhituException} naming the source. */
    public Extraction extract(Source source) {
        return extract(source, rec -> {});
    }

    /**
     * Runs the same stages as {@link #extract(Source)}, keeps what the recogniser found and traces the relation
     * rules over each sentence: what {@code zhitu explain} prints.
     */
    public Explanation explain(Source source) {
        Recognition[] kept = new Recognition[1];
        Extraction x = extract(source, rec -> kept[0] = rec);
        return Explanation.of(rules, x, kept[0]);
    }

    private Extraction extract(Source source, Consumer<Recognition> recognised) {
        LoadedDocument doc = loader.load(source);
        Article article = cleaner.clean(doc);
        NormalizedText text = normalizer.normalize(article);
        Recognition rec = recognizer.recognize(text);
        recognised.accept(rec);
        List<Statement> statements = rules.apply(rec);
        Map<String, Entity> entities = new TreeMap<>(rec.entities());
        Map<String, Entity> referenceOnly = new TreeMap<>();
        List<Statement> facts = reference.about(entities, referenceOnly);
        return new Extraction(documentIri(source), text.lang(), article, text.sentences(),
                new ArrayList<>(entities.values()), rec.mentions(), statements, facts, new ArrayList<>(referenceOnly.values()));
    }

    /** The --url when given, else a name derived from the content: the same bytes give the same IRI. */
    static String documentIri(Source source) {
        if (source.url() != null && !source.url().isBlank()) return source.url().strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.bytes());
            return Vocab.ZTI + "doc/" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
