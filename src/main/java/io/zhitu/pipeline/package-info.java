/** The records passed from stage to stage, and {@link io.zhitu.pipeline.Pipeline}, which runs the stages top to bottom. */
package io.zhitu.pipeline;
