package io.zhitu.core;

/** A name with its BCP 47 language tag: "en", "zh-Hans" or "zh-Hant". */
public record Name(String text, String lang) {}
