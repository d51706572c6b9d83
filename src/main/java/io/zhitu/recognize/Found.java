package io.zhitu.recognize;

/**
 * A mention as the relation rules see it: offsets in the simplified text.
 *
 * @param start    start in {@code NormalizedText.simplified()}
 * @param end      end in {@code NormalizedText.simplified()}
 * @param entityId the entity it names
 * @param source   "gazetteer", "hanlp" or "pattern:{name}"
 * @param nested   true when it lies inside a longer mention (斯坦福大学 in 斯坦福大学人本人工智能研究所)
 * @param family   for a model whose name extends another model's name (Qwen3-235B-A22B, 通义千问3), that model's id; else null
 */
public record Found(int start, int end, String entityId, String source, boolean nested, String family) {
    public Found(int start, int end, String entityId, String source) { this(start, end, entityId, source, false, null); }
}
