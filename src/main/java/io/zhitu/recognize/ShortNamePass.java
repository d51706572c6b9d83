package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short model names made definite by their context: "R1", "V3", "M1", "K2" alone are too short to trust, but
 * beside their developer ("DeepSeek的V3", "DeepSeek's R1", "DeepSeek现在有V3、R1") they name that developer's model,
 * and once a text has named "MiniMax-M1", its "M1" later on is the same model.
 */
final class ShortNamePass implements RecognitionPass {

    /** A letter and a version: R1, V3, V3.1, M1, K2, X1. */
    private static final Pattern SHORT = Pattern.compile("(?<![A-Za-z0-9.\\-])([A-Z]\\d{1,2}(?:\\.\\d)?)(?![A-Za-z0-9\\-]|\\.\\d)");
    /** A model name that ends in such a version after its developer's or family's name: "MiniMax-M1", "Kimi K2". */
    private static final Pattern ENDS_SHORT = Pattern.compile("^.{2,}?[-\\s]([A-Z]\\d{1,2}(?:\\.\\d)?)$");
    /** How far after a developer's name its short model names may stand: "DeepSeek现在有V3、R1两种". */
    private static final int DEVELOPER_REACH = 16;

    @Override
    public String name() {
        return "pattern:short-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Map<String, String> byShort = w.fromMentions(ShortNamePass.class, () -> docAliases(w));
        Matcher m = SHORT.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b)) continue;
            String token = m.group(1);
            Entity e = byDeveloper(w, sentence, a, token);
            if (e == null) e = byListNeighbour(w, sentence, a, token);
            if (e == null && byShort.containsKey(token)) e = w.entity(byShort.get(token));
            if (e == null) continue;
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }

    /** The model "{developer} {token}" the gazetteer knows, for a developer named shortly before; else null. */
    private Entity byDeveloper(RecognitionState w, Span sentence, int a, String token) {
        for (Found f : w.endingIn(Math.max(sentence.start(), a - DEVELOPER_REACH), a + 1)) {
            Entity org = w.entity(f.entityId());
            if (f.nested() || org == null || org.kind() != EntityKind.ORG || org.labelEn() == null) continue;
            for (String sep : List.of("-", " ", "")) {
                Entity k = w.knownModel(org.labelEn() + sep + token);
                if (k != null) return k;
            }
        }
        return null;
    }

    /** "DeepSeek V3 和 R1": a short name listed right after a model shares that model's head ("DeepSeek R1"). */
    private static Entity byListNeighbour(RecognitionState w, Span sentence, int a, String token) {
        for (Found f : w.endingIn(Math.max(sentence.start(), a - 4), a)) {
            Entity prev = w.entity(f.entityId());
            if (f.nested() || prev == null || prev.kind() != EntityKind.MODEL) continue;
            if (!LIST_GAP.matcher(w.s.substring(f.end(), a)).matches()) continue;
            String surface = w.s.substring(f.start(), f.end());
            int cut = Math.max(surface.lastIndexOf(' '), surface.lastIndexOf('-'));
            if (cut <= 0) continue;
            String head = surface.substring(0, cut);
            for (String sep : List.of(" ", "-", "")) {
                Entity k = w.knownModel(head + sep + token);
                if (k != null) return k;
            }
        }
        return null;
    }

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:和|与|及|、|,|and|or)\\s*");

    /** Short names of the models this text has named in full, where no two models share one. */
    private static Map<String, String> docAliases(RecognitionState w) {
        Map<String, String> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (Found f : w.found) {
            Entity e = w.entity(f.entityId());
            if (e == null || e.kind() != EntityKind.MODEL) continue;
            Matcher m = ENDS_SHORT.matcher(w.s.substring(f.start(), f.end()));
            if (!m.matches()) continue;
            String prior = out.putIfAbsent(m.group(1), e.id());
            if (prior != null && !prior.equals(e.id())) clash.add(m.group(1));
        }
        clash.forEach(out::remove);
        return out;
    }
}
