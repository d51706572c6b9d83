package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.Map;
import java.util.TreeMap;

/**
 * A name once confirmed is that name throughout the text: "教授陈缊侬指出…" makes every later 陈缊侬 the same person,
 * cue or no cue ("根据姚顺雨的个人页面"). Only people and organisations found by a cue or a pattern are carried;
 * the gazetteer's names are found everywhere already.
 */
final class RepeatedNamePass implements RecognitionPass {

    @Override
    public String name() {
        return "pattern:repeated-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Map<String, String> names = w.fromMentions(RepeatedNamePass.class, () -> names(w));
        for (Map.Entry<String, String> n : names.entrySet()) {
            String name = n.getKey();
            int from = sentence.start();
            while (true) {
                int a = w.s.indexOf(name, from);
                if (a < 0 || a + name.length() > sentence.end()) break;
                int b = a + name.length();
                from = b;
                boolean latin = TextKeys.isLatinOrDigit(name.charAt(0));
                if (latin && ((a > 0 && TextKeys.isLatinOrDigit(w.s.charAt(a - 1))) || (b < w.s.length() && TextKeys.isLatinOrDigit(w.s.charAt(b))))) continue;
                if (!w.free(a, b)) continue;
                Entity e = w.entity(n.getValue());
                if (e != null) w.add(new Found(a, b, e.id(), name()), e);
            }
        }
    }

    /** The surfaces of the people and organisations found by a cue or a pattern, longest first. */
    private static Map<String, String> names(RecognitionState w) {
        Map<String, String> out = new TreeMap<>((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        for (Found f : w.found) {
            if (f.nested() || f.source().equals("gazetteer")) continue;
            Entity e = w.entity(f.entityId());
            if (e == null || (e.kind() != EntityKind.PERSON && e.kind() != EntityKind.ORG)) continue;
            String surface = w.s.substring(f.start(), f.end());
            boolean han = TextKeys.hasHan(surface);
            if (han ? surface.length() < 2 : surface.length() < 4) continue;
            out.putIfAbsent(surface, e.id());
        }
        return out;
    }
}
