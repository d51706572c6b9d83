package io.zhitu.cli;

import io.zhitu.pipeline.Pipeline;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;

/** What commands read and write, and the pipeline they share (built on first use: a command that does not extract never loads HanLP). */
public final class Env {
    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    /** Reads an environment variable (tests replace it). */
    Function<String, String> getenv = System::getenv;
    private final Supplier<Pipeline> pipelineFactory;
    private Pipeline pipeline;

    Env(InputStream in, PrintStream out, PrintStream err, Supplier<Pipeline> pipelineFactory) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.pipelineFactory = pipelineFactory;
    }

    synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = pipelineFactory.get();
        return pipeline;
    }
}
