package io.zhitu.spark;

import io.zhitu.pipeline.Pipeline;

/**
 * The pipeline of this JVM: built on the first document an executor sees and kept for every later task,
 * because it takes seconds to build (HanLP's models, the gazetteer, the rules) and cannot be serialised
 * to the executors. Tasks running side by side share it: it is thread-safe.
 */
final class ExecutorPipeline {
    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {}

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) pipeline = p = Pipeline.standard();
            }
        }
        return p;
    }

    /** Whether this JVM has built it yet. */
    static boolean built() {
        return pipeline != null;
    }
}
