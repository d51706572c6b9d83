package io.zhitu.recognize;

import io.zhitu.core.Span;

/**
 * One way of finding mentions, run in list order like HanLP's pipes: a pass labels spans of a sentence that no
 * earlier pass claimed and leaves claimed spans untouched, so the order of the list is the order of priority.
 */
interface RecognitionPass {

    /** The name recorded as the source of what this pass finds: "gazetteer", "hanlp" or "pattern:…". */
    String name();

    /** Adds to {@code state} the mentions this pass finds in one body sentence. */
    void scan(RecognitionState state, Span sentence);
}
