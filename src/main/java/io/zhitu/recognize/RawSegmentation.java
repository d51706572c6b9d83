package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * HanLP's own NER segmentation with nothing of ours around it: the baseline the benchmark compares
 * extraction with (same recognisers as {@link Recognizer} uses, on the text as given).
 */
public final class RawSegmentation {
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enableOrganizationRecognize(true)
            .enableTranslatedNameRecognize(true).enableOffset(true));

    /** Segments a text; returns the number of terms (so that the work cannot be optimised away). */
    public int segment(String text) {
        return segments.get().seg(text).size();
    }

    /**
     * Initialises HanLP's shared configuration classes on the calling thread, so that the threads that
     * then load its dictionaries side by side never initialise the same class at once.
     */
    public static void prepare() {
        Quiet.hanlp();
        if (HanLP.Config.CoreDictionaryPath == null) throw new IllegalStateException("HanLP has no core dictionary path");
    }

    /**
     * Loads HanLP's core dictionary and recognisers by segmenting one sentence, without touching the
     * custom dictionary (another thread may be filling it). Start-up runs it beside the gazetteer's load.
     */
    public static void warmUp() {
        Quiet.hanlp();
        HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enableTranslatedNameRecognize(true).enableCustomDictionary(false).seg("斯坦福大学的曼宁教授表示，阿里巴巴发布了模型。");
    }

    /**
     * The cold-start baseline: a JVM that only loads HanLP and segments one sentence.
     * Prints the number of terms.
     */
    public static void main(String[] args) {
        Quiet.hanlp();
        System.out.println(new RawSegmentation().segment(args.length > 0 ? args[0] : "阿里巴巴发布了通义千问3模型。"));
    }
}
