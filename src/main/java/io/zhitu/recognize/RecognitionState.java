package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;
import io.zhitu.normalize.NormalizedText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mutable state of one document's recognition, handed from pass to pass: what is claimed, the
 * mentions found so far (indexed by start and end) and the entities they name.
 */
final class RecognitionState {

    /** What may stand between an organisation and its model: "阿里巴巴的Qwen", "Alibaba's Qwen", "騰訊的 Hunyuan". */
    private static final Pattern ORG_GAP = Pattern.compile("\\s?的?\\s?|'s |’s |\\s");

    final NormalizedText nt;
    /** The simplified text every offset here points into. */
    final String s;
    /** {@link #s} lower-cased char by char (same length), for the gazetteer's case-insensitive keys. */
    final String folded;
    final Gazetteer gazetteer;
    private final boolean[] taken;
    final List<Found> found = new ArrayList<>();
    /** Indexes into {@link #found} by start and by end offset, so that no pass scans every mention per candidate. */
    private final Map<Integer, List<Integer>> byStart = new HashMap<>(), byEnd = new HashMap<>();
    final Map<String, Entity> entities = new HashMap<>();

    RecognitionState(NormalizedText nt, Gazetteer gazetteer) {
        this.nt = nt;
        this.gazetteer = gazetteer;
        this.s = nt.simplified();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(TextKeys.lower(s.charAt(i)));
        this.folded = b.toString();
        this.taken = new boolean[s.length()];
    }

    /**
     * Whether the sentence holds one of these chars: a pass asks before running a pattern that cannot match
     * without one, since most sentences hold none.
     */
    boolean holdsAny(Span sentence, String chars) {
        for (int i = sentence.start(); i < sentence.end(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Whether the sentence holds this text (see {@link #holdsAny}). */
    boolean holds(Span sentence, String text) {
        char first = text.charAt(0);
        for (int i = sentence.start(); i + text.length() <= sentence.end(); i++) {
            if (s.charAt(i) == first && s.startsWith(text, i)) return true;
        }
        return false;
    }

    /** Whether no earlier mention claimed any character of [a, b). */
    boolean free(int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return false;
        return true;
    }

    void add(Found f, Entity e) {
        entities.putIfAbsent(e.id(), e);
        byStart.computeIfAbsent(f.start(), k -> new ArrayList<>(1)).add(found.size());
        byEnd.computeIfAbsent(f.end(), k -> new ArrayList<>(1)).add(found.size());
        found.add(f);
        if (!f.nested()) for (int i = f.start(); i < f.end(); i++) taken[i] = true;
    }

    /**
     * Makes a mention a part of a longer name found later ("中国" in 中国科学技术信息研究所): it stays a mention, nested,
     * and no longer claims its characters.
     */
    void nest(Found f) {
        int i = found.indexOf(f);
        if (i < 0 || f.nested()) return;
        found.set(i, new Found(f.start(), f.end(), f.entityId(), f.source(), true, f.family()));
        for (int k = f.start(); k < f.end(); k++) taken[k] = false;
    }

    private final Map<Object, Object> derived = new HashMap<>();
    private final Map<Object, Integer> derivedAt = new HashMap<>();

    /**
     * A value derived from the mentions found so far, computed again only when a mention was added since: passes
     * that read every mention of the document ask for it once a sentence.
     */
    @SuppressWarnings("unchecked")
    <T> T fromMentions(Object key, java.util.function.Supplier<T> compute) {
        Integer at = derivedAt.get(key);
        if (at == null || at != found.size()) {
            derived.put(key, compute.get());
            derivedAt.put(key, found.size());
        }
        return (T) derived.get(key);
    }

    /** A mention of that kind (not nested in a longer name) ending right at {@code pos}, else null. */
    Found endingAt(int pos, EntityKind kind) {
        for (Found f : endingIn(pos, pos + 1)) {
            Entity e = entity(f.entityId());
            if (!f.nested() && e != null && e.kind() == kind) return f;
        }
        return null;
    }

    /** The mentions found so far that start in [a, b), in the order they were found. */
    List<Found> startingIn(int a, int b) {
        return indexed(byStart, a, b);
    }

    /** The mentions found so far that end in [a, b), in the order they were found. */
    List<Found> endingIn(int a, int b) {
        return indexed(byEnd, a, b);
    }

    private List<Found> indexed(Map<Integer, List<Integer>> index, int a, int b) {
        List<Integer> idx = new ArrayList<>();
        for (int i = a; i < b; i++) {
            List<Integer> at = index.get(i);
            if (at != null) idx.addAll(at);
        }
        Collections.sort(idx);
        List<Found> out = new ArrayList<>(idx.size());
        for (int i : idx) out.add(found.get(i));
        return out;
    }

    /** The entity of a mention: this document's (minted) or the gazetteer's. */
    Entity entity(String id) {
        Entity e = entities.get(id);
        return e != null ? e : gazetteer.get(id);
    }

    /** The entity of a surface of this document: the gazetteer's when it knows the id, else one with labels from the text. */
    Entity mint(EntityKind kind, String slug, String en, int start, int end) {
        String id = kind.slugPrefix + "/" + slug;
        Entity known = gazetteer.get(id);
        if (known != null) return known;
        Entity prior = entities.get(id);
        if (prior != null) return prior;
        String simplified = s.substring(start, end);
        String hans = null, hant = null;
        if (TextKeys.hasHan(simplified)) {
            hans = simplified;
            String orig = nt.toOriginal(start, end).cut(nt.original());
            hant = nt.lang().equals("zh-Hant") ? orig : HanLP.convertToTraditionalChinese(simplified);
        }
        return new Entity(id, kind, en, hans, hant, List.of(), null, null, false);
    }

    /** The gazetteer's entity of that kind with this exact name, else the first of another kind, else null. */
    Entity known(String name, EntityKind kind) {
        List<String> ids = gazetteer.lookup(name);
        for (String id : ids) if (gazetteer.get(id).kind() == kind) return gazetteer.get(id);
        return null;
    }

    /** The gazetteer's person of this name, else a person minted from the text span [a, b). */
    Entity person(String name, String slug, String en, int a, int b) {
        Entity known = known(name, EntityKind.PERSON);
        return known != null ? known : mint(EntityKind.PERSON, slug, en, a, b);
    }

    /** The gazetteer's model of this exact name, else null. */
    Entity knownModel(String name) {
        return known(name, EntityKind.MODEL);
    }

    /** An organisation mention ending right before {@code a} (allowing 的 / 's / a space between), else null. */
    Entity orgBefore(int a) {
        for (Found f : endingIn(Math.max(0, a - 3), a + 1)) {
            if (f.nested()) continue;
            String gap = s.substring(f.end(), a);
            if (ORG_GAP.matcher(gap).matches()) {
                Entity e = entity(f.entityId());
                if (e != null && e.kind() == EntityKind.ORG) return e;
            }
        }
        return null;
    }
}
