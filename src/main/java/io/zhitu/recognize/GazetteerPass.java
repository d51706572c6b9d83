package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the gazetteer knows, longest first, with model names read to the end of their version ("Qwen3" in
 * "Qwen3-235B-A22B" is that model) and organisations named inside a longer organisation's name kept as nested
 * mentions (斯坦福大学 in 斯坦福大学人本人工智能研究所).
 */
final class GazetteerPass implements RecognitionPass {

    private final Gazetteer gazetteer;
    private final NameTrie trie = new NameTrie();
    private final Pattern modelCueAfter;
    private final Pattern licenseCueAfter;
    private final Pattern licenseCueBefore;
    private final Lexicon lexicon;
    /** A version or variant after a benchmark's name: BFCL-V3, SWE-bench Multilingual. A different test from the one named alone. */
    private final Pattern benchmarkVersion;

    GazetteerPass(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        for (String k : gazetteer.keys()) trie.add(k);
        this.benchmarkVersion = Pattern.compile("(?:-?[Vv]\\d{1,2}(?:\\.\\d{1,2})?|\\s?\\d{1,2}\\.\\d{1,2}|[ -]" + lexicon.alternation("benchmark-variant") + ")(?![A-Za-z0-9.\\-])");
        this.modelCueAfter = Pattern.compile("^\\s?" + lexicon.alternation("model-cue") + "(?![A-Za-z])");
        this.licenseCueAfter = Pattern.compile("^\\s?(?:等\\p{IsHan}{0,4}?)?(?:" + lexicon.alternation("license-cue-after") + "|" + lexicon.alternation("license-word") + ")");
        this.licenseCueBefore = Pattern.compile("(?:" + lexicon.alternation("license-cue-before") + ")\\s?(?:the\\s)?$");
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    private record Cand(int start, int end, String key) {}

    @Override
    public void scan(RecognitionState w, Span sentence) {
        List<Cand> cands = candidates(w, sentence.start(), sentence.end());
        int covered = sentence.start();
        List<Cand> top = new ArrayList<>();
        List<Cand> inner = new ArrayList<>();
        for (Cand c : cands) {
            if (c.start() >= covered) {
                top.add(c);
                covered = c.end();
            } else {
                inner.add(c);
            }
        }
        for (Cand c : top) {
            if (!w.free(c.start(), c.end())) continue;
            String id = choose(w, gazetteer.idsForKey(c.key()), c.start(), c.end());
            Entity e = gazetteer.get(id);
            int end = c.end();
            String family = null;
            if (e.kind() == EntityKind.MODEL || e.kind() == EntityKind.ORG) {
                int ext = ModelNames.extendVersion(w.s, c.start(), c.end(), e, sentence.end());
                ext = ModelNames.extendVariant(w.s, c.start(), ext, e, sentence.end(), word -> !gazetteer.lookup(word).isEmpty());
                if (ext > c.end()) {
                    Entity derived = ModelNames.derivedModel(w, e, c.start(), c.end(), ext);
                    if (derived != null) {
                        if (e.kind() == EntityKind.MODEL && !derived.id().equals(e.id())) family = e.id();
                        e = derived;
                        end = ext;
                    }
                }
            }
            if (e.kind() == EntityKind.BENCHMARK) {
                Matcher v = benchmarkVersion.matcher(w.s).region(c.end(), sentence.end());
                if (v.lookingAt()) {
                    String name = w.s.substring(c.start(), v.end());
                    Entity known = w.known(name, EntityKind.BENCHMARK);
                    e = known != null ? known : w.mint(EntityKind.BENCHMARK, Slugs.latin(name), name, c.start(), v.end());
                    end = v.end();
                }
            }
            if (e.kind() == EntityKind.MODEL && family == null) family = ModelNames.familyByPrefix(w, c.start(), end, e.id());
            w.add(new Found(c.start(), end, e.id(), name(), false, family), e);
            if (e.kind() == EntityKind.ORG) addNestedOrgs(w, inner, c, e);
        }
    }


    /** A short capitals code hyphened to another ("META-US", "US-based"): a ticker's market or a compound, not a name; "GLM-5" is a name. */
    private static boolean isCode(String s, int start, int end) {
        if (end - start > 3) return false;
        for (int k = start; k < end; k++) if (!Character.isUpperCase(s.charAt(k))) return false;
        boolean tickerMarket = start > 1 && s.charAt(start - 1) == '-' && Character.isUpperCase(s.charAt(start - 2)); // META-US
        boolean compound = end + 1 < s.length() && s.charAt(end) == '-' && Character.isLowerCase(s.charAt(end + 1)); // US-based
        return tickerMarket || compound;
    }

    /** Every gazetteer key that matches at a word start of [from, to), sorted by start, longest first. */
    private List<Cand> candidates(RecognitionState w, int from, int to) {
        List<Cand> cands = new ArrayList<>();
        int gluedStart = -1;
        for (int i = from; i < to; i++) {
            if (i > from && i != gluedStart && TextKeys.isLatinOrDigit(w.s.charAt(i)) && TextKeys.isLatinOrDigit(w.s.charAt(i - 1))) continue; // inside a Latin word
            for (Map.Entry<Integer, String> m : trie.matchesAt(w.folded, i, to)) {
                int end = m.getKey();
                String key = m.getValue();
                char last = w.s.charAt(end - 1);
                if (TextKeys.isLatinOrDigit(last) && end < w.s.length() && TextKeys.isLatinOrDigit(w.s.charAt(end))
                        && !gluedVersion(w, key, i, end, to)) {
                    if (!gluedNames(w, key, i, end, to)) continue;
                    gluedStart = end;
                }
                if (!gazetteer.caseOk(key, w.s.substring(i, end))) continue;
                if (isCode(w.s, i, end)) continue;
                cands.add(new Cand(i, end, key));
            }
        }
        cands.sort(Comparator.comparingInt(Cand::start).thenComparing(Comparator.comparingInt(Cand::end).reversed()));
        return cands;
    }

    /**
     * Whether a model name glued to its version fills the whole word: "Qwen" in "Qwen2.5-Max", "Hunyuan" in
     * "Hunyuan2.5"; or a benchmark's: "OpenCompass2.0". Then the word is that family's versioned model, not an unknown word that happens to start alike.
     */
    private boolean gluedVersion(RecognitionState w, String key, int start, int end, int limit) {
        for (String id : gazetteer.idsForKey(key)) {
            Entity e = gazetteer.get(id);
            if (e.kind() == EntityKind.BENCHMARK) {
                Matcher v = benchmarkVersion.matcher(w.s).region(end, limit);
                if (v.lookingAt() && Character.isDigit(w.s.charAt(end))) return true; // OpenCompass2.0
                continue;
            }
            if (e.kind() != EntityKind.MODEL) continue;
            int ext = ModelNames.extendVersion(w.s, start, end, e, limit);
            if (ext > end && (ext >= w.s.length() || !TextKeys.isLatinOrDigit(w.s.charAt(ext)))) return true;
        }
        return false;
    }

    /**
     * Whether two names a scraper glued together, each written exactly as the gazetteer writes it, meet here:
     * "HuggingFaceModelScope" (two link texts), "Z.aiZ.ai". The first must end in a small letter and the second
     * open with a capital and end the word.
     */
    private boolean gluedNames(RecognitionState w, String key, int start, int end, int limit) {
        if (!Character.isLowerCase(w.s.charAt(end - 1)) || !Character.isUpperCase(w.s.charAt(end))) return false;
        if (!exactName(key, w.s.substring(start, end))) return false;
        for (Map.Entry<Integer, String> m : trie.matchesAt(w.folded, end, limit)) {
            int e2 = m.getKey();
            boolean wordEnds = e2 >= w.s.length() || !TextKeys.isLatinOrDigit(w.s.charAt(e2));
            if (wordEnds && exactName(m.getValue(), w.s.substring(end, e2))) return true;
        }
        return false;
    }

    private boolean exactName(String key, String surface) {
        for (String id : gazetteer.idsForKey(key)) {
            for (String n : Gazetteer.names(gazetteer.get(id))) if (n.equals(surface)) return true;
        }
        return false;
    }

    /** Organisations named inside a longer organisation name: the parent in 斯坦福大学人本人工智能研究所. */
    private void addNestedOrgs(RecognitionState w, List<Cand> inner, Cand outer, Entity outerEntity) {
        int lo = 0, hi = inner.size(); // inner is sorted by start: find the first inside this name
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inner.get(mid).start() < outer.start()) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < inner.size() && inner.get(k).start() < outer.end(); k++) {
            Cand in = inner.get(k);
            // only where the rest names a unit (斯坦福大学 + 人本人工智能研究所); "Google DeepMind", 网易科技 say no parent
            if (in.end() <= outer.end() && in.end() - in.start() < outer.end() - outer.start()
                    && lexicon.suffixOf("unit-suffix", w.s.substring(in.end(), outer.end())) != null) {
                for (String iid : gazetteer.idsForKey(in.key())) {
                    Entity ie = gazetteer.get(iid);
                    if (ie.kind() == EntityKind.ORG && !iid.equals(outerEntity.id())) {
                        w.add(new Found(in.start(), in.end(), iid, name(), true, null), ie);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Among entities sharing a name, a licence only where a licence word is beside it ("MIT" is the university in
     * 赴MIT交换, the licence in MIT许可), a model when a model cue follows, else the first listed.
     */
    private String choose(RecognitionState w, List<String> ids, int start, int end) {
        if (ids.size() == 1) return ids.get(0);
        if (ids.stream().anyMatch(id -> gazetteer.get(id).kind() == EntityKind.LICENSE)) {
            boolean licence = licenseCueAfter.matcher(w.s.substring(end, Math.min(w.s.length(), end + 12))).find()
                    || licenseCueBefore.matcher(w.s.substring(Math.max(0, start - 16), start)).find()
                    || licenceListedBefore(w, start);
            for (String id : ids) {
                if (licence == (gazetteer.get(id).kind() == EntityKind.LICENSE)) return id;
            }
        }
        boolean modelCue = modelCueAfter.matcher(w.s.substring(end, Math.min(w.s.length(), end + 8))).find();
        for (String id : ids) {
            if (modelCue == (gazetteer.get(id).kind() == EntityKind.MODEL)) return id;
        }
        return ids.get(0);
    }

    /** Whether a licence mention ends right before {@code start}, joined to it as a list: "Apache 2.0、MIT". */
    private static boolean licenceListedBefore(RecognitionState w, int start) {
        for (Found f : w.endingIn(Math.max(0, start - 6), start)) {
            Entity e = w.entity(f.entityId());
            if (e != null && e.kind() == EntityKind.LICENSE
                    && w.s.substring(f.end(), start).matches("\\s?(?:、|,|和|或|及|与|and|or)\\s?")) return true;
        }
        return false;
    }

    /** Whether a gazetteer model name, read to the end of its version, spans exactly [a, b). */
    boolean modelSpans(RecognitionState w, int a, int b) {
        for (Map.Entry<Integer, String> m : trie.matchesAt(w.folded, a, b)) {
            for (String id : gazetteer.idsForKey(m.getValue())) {
                Entity e = gazetteer.get(id);
                if (e.kind() == EntityKind.MODEL && ModelNames.extendVersion(w.s, a, m.getKey(), e, b) == b) return true;
            }
        }
        return false;
    }
}
