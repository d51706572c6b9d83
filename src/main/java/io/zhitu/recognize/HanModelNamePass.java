package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese model names the gazetteer does not know, where the text introduces them as a model with a version:
 * "视频大模型万相 2.1", "推理模型星河3.0". The model word before and the version after are both needed: a Chinese
 * word and a number alone name nothing.
 */
final class HanModelNamePass implements RecognitionPass {

    /** 模型 / 大模型, then two to four Chinese characters, then a version that is not a quantity. */
    private static final Pattern NAMED = Pattern.compile(
            "模型\\s?([\\u4e00-\\u9fff]{2,4})\\s?(\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d.]|,\\d|\\s?(?:万|亿|兆|倍|%|个|款|家|位|名|年|月|日|秒|元|美元|B|T|M|k|K))");
    /** Words that follow 模型 without naming one: 模型参数 2, 模型能力 3.0. */
    private static final Set<String> NOT_NAME_START = Set.of("参数", "能力", "性能", "时代", "训练", "版本", "得分", "规模",
            "推理", "上下文", "价格", "成本", "数量", "总数", "总参数", "排名", "评分", "准确", "效果", "速度", "共有", "已有", "达到", "超过");

    @Override
    public String name() {
        return "pattern:han-model";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = NAMED.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            String han = m.group(1);
            if (NOT_NAME_START.stream().anyMatch(han::startsWith)) continue;
            int a = m.start(1), b = m.end(2);
            if (!w.free(a, b)) continue;
            String version = m.group(2);
            String slug = Slugs.chinese(han) + "-" + version;
            Entity e = w.mint(EntityKind.MODEL, slug, null, a, b);
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }
}
