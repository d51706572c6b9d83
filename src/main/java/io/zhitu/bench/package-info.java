/** Benchmark inputs: a deterministic corpus of news pages of any size, generated from the few real articles the project ships. */
package io.zhitu.bench;
