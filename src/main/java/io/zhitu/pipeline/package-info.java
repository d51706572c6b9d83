/** {@link io.zhitu.pipeline.Pipeline}, which runs the stages top to bottom: it stands above every stage and no stage imports it. */
package io.zhitu.pipeline;
