package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.zhitu.normalize.NormalizedText;
import io.zhitu.pipeline.Entity;
import io.zhitu.pipeline.EntityKind;
import io.zhitu.pipeline.Mention;
import io.zhitu.pipeline.Name;
import io.zhitu.pipeline.Span;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities of a text in priority order, like HanLP's pipes: the gazetteer first (with
 * model names extended by their version suffixes), then patterns of the genre (Latin model names,
 * bylines, 《titles》 of reports), then HanLP's person and organisation recognisers, each kept only
 * where nothing earlier claimed the text and a cue in the context confirms it.
 */
public final class Recognizer {

    private static final Pattern VERSION_UNIT = Pattern.compile(
            "(?:[-_]|[ ](?=[A-Za-z]?\\d|[A-Z]))?(?:A\\d+(?:\\.\\d+)?[Bb]|\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|[A-Za-z]\\d+(?:\\.\\d+)*[A-Za-z]?"
                    + "|(?<=[-_ ])(?:Air|Flash|Turbo|Pro|Max|Mini|Lite|Plus|Ultra|Instruct|Chat|Coder|Maverick|Scout|Behemoth"
                    + "|Sonnet|Opus|Haiku|Thinking|Preview|Base|Nano|Large|Medium|Small|Omni|VL|Vision|Reasoner|Exp|oss|mini))(?![A-Za-z0-9])");
    /** Units that are quantities or dates, not versions: "2025年", "22个". */
    private static final Pattern NOT_VERSION_AFTER = Pattern.compile("^(?:年|月|日|个|家|款|位|亿|万|名|多|余|%|岁|天|次|项|倍)");
    private static final Pattern LATIN_MODEL = Pattern.compile(
            "(?<![A-Za-z0-9\\-.])([A-Za-z][A-Za-z0-9]*+(?:[-.][A-Za-z0-9]++){0,12}(?:-[A-Za-z0-9.]++){0,4})(?![A-Za-z0-9\\-])");
    private static final Pattern CHIP_LIKE = Pattern.compile("[A-Z]\\d{2,4}[A-Za-z]?|\\d+[A-Za-z]*|[A-Za-z]+-\\d{2,4}|COVID-19|Top-?\\d+|[A-Za-z]{1,3}\\d{0,1}");
    /** What may stand between an organisation and its model: "阿里巴巴的Qwen", "Alibaba's Qwen". */
    private static final Pattern ORG_GAP = Pattern.compile("的?|'s |’s |\\s");
    private static final Pattern REPORT_TITLE = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final Pattern REPORT_TITLE_EN = Pattern.compile(
            "(?i:report|brief|paper|study)\\s+(?:titled|entitled|called)\\s+[\"“]([^\"”\\n]{5,150})[\"”]");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?:来源|出处|Source)\\s*:\\s*([^\\s,;()|]{2,20})");
    private static final Pattern EN_PERSON = Pattern.compile(
            "(?<![A-Za-z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\\.)?(?: (?:van |de |von |da |del |di |le )?[A-Z][a-zA-Z'’]+(?:-[A-Z][a-z]+)?){1,2})(?![A-Za-z])");
    private static final Set<String> EN_NOT_NAME = Set.of("The", "In", "On", "At", "By", "For", "And", "Of", "To", "A", "An",
            "Open", "Analysts", "Related", "Home", "News", "This", "That", "Its", "It", "With", "From", "As", "But", "While",
            "Chinese", "American", "Staff", "Writer", "Editor", "Reporter", "Senior", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Community", "License", "Licence", "Read", "More", "Share");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NameTrie trie = new NameTrie();
    private final Pattern releaseBefore;
    private final Pattern modelCueAfter;
    private final Pattern enTitleAround;

    public Recognizer(Gazetteer gazetteer, Lexicon lexicon) {
        Quiet.hanlp();
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        for (String k : gazetteer.keys()) trie.add(k);
        releaseBefore = Pattern.compile(lexicon.alternation("release-verb") + "(?:了|并开源了|并开源)?\\s*$");
        modelCueAfter = Pattern.compile("^\\s?" + lexicon.alternation("model-cue") + "(?![A-Za-z])");
        enTitleAround = Pattern.compile("(?i)" + lexicon.alternation("job-title-en"));
        teachHanlp(gazetteer);
    }

    private static boolean taught;

    /** Puts the gazetteer's Chinese names into HanLP's in-memory dictionary so its segmenter keeps them whole; no cache file is written. */
    private static synchronized void teachHanlp(Gazetteer g) {
        if (taught) return;
        for (Entity e : g.entities()) {
            String nature = switch (e.kind()) {
                case PERSON -> "nr";
                case ORG -> "nt";
                case COUNTRY -> "ns";
                default -> "nz";
            };
            for (String n : Gazetteer.names(e)) {
                if (TextKeys.hasHan(n) && n.length() > 1) CustomDictionary.insert(HanLP.convertToSimplifiedChinese(n), nature + " 1000");
            }
        }
        taught = true;
    }

    /** Recognises every entity mention in the body sentences of a normalised text. */
    public Recognition recognize(NormalizedText nt) {
        Work w = new Work(nt);
        for (Span sentence : nt.simplifiedSentences()) {
            reportPass(w, sentence); // a report's title is one name, whatever it names inside
            gazetteerPass(w, sentence);
        }
        for (Span sentence : nt.simplifiedSentences()) {
            latinModelPass(w, sentence);
            bylinePass(w, sentence);
            hanlpPass(w, sentence);
            englishOrgPass(w, sentence);
            englishPersonPass(w, sentence);
        }
        w.found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed())
                .thenComparing(Found::entityId));
        List<Mention> mentions = new ArrayList<>();
        for (Found f : w.found) {
            Span o = nt.toOriginal(f.start(), f.end());
            String surface = o.cut(nt.original());
            mentions.add(new Mention(o, f.entityId(), surface, nt.langOf(surface), f.source()));
        }
        return new Recognition(nt, new TreeMap<>(w.entities), List.copyOf(w.found), List.copyOf(mentions));
    }

    /** Mutable state of one document's recognition. */
    private final class Work {
        final NormalizedText nt;
        final String s;
        final String folded;
        final boolean[] taken;
        final List<Found> found = new ArrayList<>();
        /** Indexes into {@link #found} by start and by end offset, so that no pass scans every mention per candidate. */
        final Map<Integer, List<Integer>> byStart = new HashMap<>(), byEnd = new HashMap<>();
        final Map<String, Entity> entities = new HashMap<>();

        Work(NormalizedText nt) {
            this.nt = nt;
            this.s = nt.simplified();
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) b.append(TextKeys.lower(s.charAt(i)));
            this.folded = b.toString();
            this.taken = new boolean[s.length()];
        }

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

        /** The mentions found so far that start in [a, b), in the order they were found. */
        List<Found> startingIn(int a, int b) {
            List<Integer> idx = new ArrayList<>();
            for (int i = a; i < b; i++) {
                List<Integer> at = byStart.get(i);
                if (at != null) idx.addAll(at);
            }
            Collections.sort(idx);
            List<Found> out = new ArrayList<>(idx.size());
            for (int i : idx) out.add(found.get(i));
            return out;
        }

        Entity known(String id) {
            return gazetteer.get(id);
        }

        /** The labels of an entity minted from a surface of this document. */
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
    }

    // ---- 1. gazetteer, with model names extended by their version suffix

    private void gazetteerPass(Work w, Span sentence) {
        record Cand(int start, int end, String key) {}
        List<Cand> cands = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (i > sentence.start() && isWordChar(w.s.charAt(i)) && isWordChar(w.s.charAt(i - 1))
                    && TextKeys.isLatinOrDigit(w.s.charAt(i))) continue; // inside a Latin word
            for (Map.Entry<Integer, String> m : trie.matchesAt(w.folded, i, sentence.end())) {
                int end = m.getKey();
                String key = m.getValue();
                char last = w.s.charAt(end - 1);
                if (TextKeys.isLatinOrDigit(last) && end < w.s.length() && TextKeys.isLatinOrDigit(w.s.charAt(end))) continue;
                if (!gazetteer.caseOk(key, w.s.substring(i, end))) continue;
                cands.add(new Cand(i, end, key));
            }
        }
        cands.sort(Comparator.comparingInt(Cand::start).thenComparing(Comparator.comparingInt(Cand::end).reversed()));
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
            String id = choose(w, gazetteer.idsForKey(c.key()), c.end());
            Entity e = gazetteer.get(id);
            int end = c.end();
            String family = null;
            if (e.kind() == EntityKind.MODEL || e.kind() == EntityKind.ORG) {
                int ext = extendVersion(w.s, c.start(), c.end(), e, sentence.end());
                if (ext > c.end()) {
                    Entity derived = derivedModel(w, e, c.start(), c.end(), ext);
                    if (derived != null) {
                        if (e.kind() == EntityKind.MODEL && !derived.id().equals(e.id())) family = e.id();
                        e = derived;
                        end = ext;
                    }
                }
            }
            if (e.kind() == EntityKind.MODEL && family == null) family = familyByPrefix(w, c.start(), end, e.id());
            w.add(new Found(c.start(), end, e.id(), "gazetteer", false, family), e);
            // organisations named inside a longer organisation name: the parent in 斯坦福大学人本人工智能研究所
            if (e.kind() == EntityKind.ORG) {
                int lo = 0, hi = inner.size(); // inner is sorted by start: find the first inside this name
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (inner.get(mid).start() < c.start()) lo = mid + 1;
                    else hi = mid;
                }
                for (int k = lo; k < inner.size() && inner.get(k).start() < c.end(); k++) {
                    Cand in = inner.get(k);
                    if (in.end() <= c.end() && in.end() - in.start() < c.end() - c.start()) {
                        for (String iid : gazetteer.idsForKey(in.key())) {
                            Entity ie = gazetteer.get(iid);
                            if (ie.kind() == EntityKind.ORG && !iid.equals(e.id())) {
                                w.add(new Found(in.start(), in.end(), iid, "gazetteer", true, null), ie);
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return TextKeys.isLatinOrDigit(c);
    }

    /** Among entities sharing a name, a model when a model cue follows, else the first listed. */
    private String choose(Work w, List<String> ids, int end) {
        if (ids.size() == 1) return ids.get(0);
        boolean modelCue = modelCueAfter.matcher(w.s.substring(end, Math.min(w.s.length(), end + 8))).find();
        for (String id : ids) {
            if (modelCue == (gazetteer.get(id).kind() == EntityKind.MODEL)) return id;
        }
        return ids.get(0);
    }

    /** Where a model name continues with version units ("-235B-A22B", " K2", "4.5"), the new end; else {@code end}. */
    private int extendVersion(String s, int start, int end, Entity base, int limit) {
        int pos = end;
        boolean chineseBase = TextKeys.hasHan(s.substring(start, end));
        if (chineseBase) {
            for (String filler : List.of("大模型", "模型")) {
                if (s.startsWith(filler, pos) && pos + filler.length() < limit && Character.isDigit(s.charAt(pos + filler.length()))) {
                    pos += filler.length();
                    break;
                }
            }
        }
        int units = 0;
        Matcher m = VERSION_UNIT.matcher(s);
        m.region(pos, limit);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (pos < limit) {
            m.region(pos, limit);
            if (!m.lookingAt() || m.end() == pos) break;
            String unit = m.group();
            boolean spaced = unit.startsWith(" ");
            if (spaced && units == 0 && base.kind() == EntityKind.ORG) break;
            String after = s.substring(m.end(), Math.min(limit, m.end() + 2));
            if (NOT_VERSION_AFTER.matcher(after).find()) break;
            if (unit.matches("[ ]?\\d{4,}") && !unit.matches("[-_]?\\d{4}")) break; // a year or a count
            if (base.kind() == EntityKind.ORG && units == 0 && !unit.matches("[-_ ][A-Za-z]\\d+(?:\\.\\d+)*[A-Za-z]?")) break;
            if (unit.matches("[ ]?\\d{4}") && units == 0) break; // "DeepSeek 2025"
            pos = m.end();
            units++;
        }
        if (units == 0) return end;
        return pos;
    }

    /** The model a version-extended name denotes: the gazetteer's when it knows the full name, else a minted one. */
    private Entity derivedModel(Work w, Entity base, int start, int baseEnd, int end) {
        String full = w.s.substring(start, end);
        Entity e = knownModel(full);
        if (e != null) return e;
        String suffix = w.s.substring(baseEnd, end);
        String versionPart = suffix.replaceFirst("^(大模型|模型)", "");
        String baseSurface = w.s.substring(start, baseEnd);
        String en;
        if (!TextKeys.hasHan(baseSurface)) {
            en = full;
        } else if (base.labelEn() != null) {
            for (String sep : List.of("", " ", "-")) {
                Entity k = knownModel(base.labelEn() + sep + versionPart);
                if (k != null) return k;
            }
            char first = versionPart.charAt(0);
            en = base.labelEn() + (first == '-' || first == '.' || first == ' ' ? "" : " ") + versionPart;
        } else {
            en = null;
        }
        if (base.kind() == EntityKind.ORG) {
            // an organisation's name with a model version: "DeepSeek-V3"
            if (base.labelEn() == null) return null;
        }
        String slug = en != null ? Slugs.latin(en) : Slugs.chinese(full);
        return w.mint(EntityKind.MODEL, slug, en, start, end);
    }

    private Entity knownModel(String name) {
        for (String id : gazetteer.lookup(name)) {
            Entity e = gazetteer.get(id);
            if (e.kind() == EntityKind.MODEL) return e;
        }
        return null;
    }

    /** The longest other model name this one starts with, cut at a version boundary ("ERNIE-4.5" in "ERNIE-4.5-300B-A47B"). */
    private String familyByPrefix(Work w, int start, int end, String selfId) {
        for (int k = end - 1; k > start + 1; k--) {
            char c = w.s.charAt(k), p = w.s.charAt(k - 1);
            boolean boundary = c == '-' || c == ' ' || c == '_' || (Character.isDigit(c) && !Character.isDigit(p) && p != '.');
            if (!boundary) continue;
            Entity fam = knownModel(w.s.substring(start, k));
            if (fam != null && !fam.id().equals(selfId)) return fam.id();
        }
        return null;
    }

    // ---- 2. Latin model names the gazetteer does not know, confirmed by a cue ("X模型", "released X")

    private void latinModelPass(Work w, Span sentence) {
        Matcher m = LATIN_MODEL.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            if (!w.free(a, b)) continue;
            if (name.chars().noneMatch(Character::isDigit) || name.chars().noneMatch(Character::isLetter)) continue;
            if (CHIP_LIKE.matcher(name).matches() && !qualifiedByOrg(w, a)) continue;
            String after = w.s.substring(b, Math.min(sentence.end(), b + 6));
            String before = w.s.substring(Math.max(sentence.start(), a - 12), a);
            boolean cue = modelCueAfter.matcher(after).find() || releaseBefore.matcher(before).find();
            if (!cue) continue;
            Entity org = orgBefore(w, a);
            Entity e = null;
            if (org != null && org.labelEn() != null) {
                for (String sep : List.of("-", " ", "")) {
                    e = knownModel(org.labelEn() + sep + name);
                    if (e != null) break;
                }
            }
            if (e == null) {
                Entity k = knownModel(name);
                e = k != null ? k : w.mint(EntityKind.MODEL, Slugs.latin(name), name, a, b);
            }
            w.add(new Found(a, b, e.id(), "pattern:latin-model"), e);
        }
    }

    private boolean qualifiedByOrg(Work w, int a) {
        return orgBefore(w, a) != null;
    }

    /** An organisation mention ending right before {@code a} (allowing 的 / 's between), else null. */
    private Entity orgBefore(Work w, int a) {
        List<Integer> idx = new ArrayList<>();
        for (int gapLength : new int[] {0, 1, 3}) {
            List<Integer> at = w.byEnd.get(a - gapLength);
            if (at != null) idx.addAll(at);
        }
        Collections.sort(idx); // the first found wins, as it always did
        for (int i : idx) {
            Found f = w.found.get(i);
            if (f.nested()) continue;
            String gap = w.s.substring(f.end(), a);
            if (ORG_GAP.matcher(gap).matches()) {
                Entity e = w.entities.get(f.entityId());
                if (e != null && e.kind() == EntityKind.ORG) return e;
            }
        }
        return null;
    }

    // ---- 3. reports: 《title》 with a report cue in the sentence, or an English "report titled "…""

    private void reportPass(Work w, Span sentence) {
        String sent = w.s.substring(sentence.start(), sentence.end());
        boolean cue = false;
        for (String c : lexicon.get("report-cue")) if (sent.contains(c)) cue = true;
        if (cue) {
            Matcher m = REPORT_TITLE.matcher(w.s);
            m.region(sentence.start(), sentence.end());
            while (m.find()) addReport(w, m.start(1), m.end(1));
        }
        Matcher e = REPORT_TITLE_EN.matcher(w.s);
        e.region(sentence.start(), sentence.end());
        while (e.find()) addReport(w, e.start(1), e.end(1));
    }

    private void addReport(Work w, int a, int b) {
        if (!w.free(a, b) || namesAThing(w, a, b)) return;
        String title = w.s.substring(a, b);
        boolean han = TextKeys.hasHan(title);
        Entity e = w.mint(EntityKind.REPORT, "r" + Slugs.hash(title).substring(1), han ? null : title, a, b);
        // the mention covers the title only; mentions inside it (DeepSeek in 超越DeepSeek) are not separate things
        w.add(new Found(a, b, e.id(), "pattern:report-title"), e);
    }

    /**
     * Whether a bracketed title is just the name of a thing other than a report: 《Qwen3》, 《通义千问》,
     * 《Qwen3-235B-A22B》, 《GLM-5.7》. Those are left to the gazetteer and the model patterns.
     */
    private boolean namesAThing(Work w, int a, int b) {
        String title = w.s.substring(a, b).strip();
        if (title.isEmpty()) return false;
        for (String id : gazetteer.lookup(title)) if (gazetteer.get(id).kind() != EntityKind.REPORT) return true;
        if (LATIN_MODEL.matcher(title).matches() && title.chars().anyMatch(Character::isDigit)
                && title.chars().anyMatch(Character::isLetter)) return true;
        for (Map.Entry<Integer, String> m : trie.matchesAt(w.folded, a, b)) {
            for (String id : gazetteer.idsForKey(m.getValue())) {
                Entity e = gazetteer.get(id);
                if (e.kind() == EntityKind.MODEL && extendVersion(w.s, a, m.getKey(), e, b) == b) return true;
            }
        }
        return false;
    }

    // ---- 4. bylines: "来源:X" names the outlet, "(作者:李文,示例科技网记者)" the author and outlet

    private void bylinePass(Work w, Span sentence) {
        Matcher m = SOURCE_LINE.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b)) continue;
            String name = m.group(1);
            List<String> ids = gazetteer.lookup(name);
            Entity e = ids.isEmpty() ? w.mint(EntityKind.ORG, TextKeys.hasHan(name) ? Slugs.chinese(name) : Slugs.latin(name),
                    TextKeys.hasHan(name) ? null : name, a, b) : gazetteer.get(ids.get(0));
            w.add(new Found(a, b, e.id(), "pattern:source-line"), e);
        }
    }

    // ---- 5. HanLP's person and organisation recognisers, kept only with a cue

    private Segment segment() {
        return HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enableTranslatedNameRecognize(true).enableOffset(true).enableCustomDictionary(true);
    }

    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(this::segment);

    private void hanlpPass(Work w, Span sentence) {
        String sent = w.s.substring(sentence.start(), sentence.end());
        if (!TextKeys.hasHan(sent)) return;
        List<Term> terms = segments.get().seg(sent);
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            String nature = term.nature == null ? "" : term.nature.toString();
            int a = sentence.start() + term.offset, b = a + term.word.length();
            if (b > sentence.end() || !w.free(a, b)) continue;
            if (nature.startsWith("nr")) {
                if (isChinesePersonName(term.word, nature) && personCue(w, sentence, a, b)) {
                    String word = term.word;
                    List<String> ids = gazetteer.lookup(word);
                    Entity e = !ids.isEmpty() && gazetteer.get(ids.get(0)).kind() == EntityKind.PERSON ? gazetteer.get(ids.get(0))
                            : w.mint(EntityKind.PERSON, Slugs.personPinyin(word), null, a, b);
                    w.add(new Found(a, b, e.id(), "hanlp"), e);
                }
            } else if (nature.startsWith("nt")) {
                String word = term.word;
                if (looksLikeOrgName(word)) {
                    Entity e = w.mint(EntityKind.ORG, Slugs.chinese(word), null, a, b);
                    w.add(new Found(a, b, e.id(), "hanlp"), e);
                }
            }
        }
        titledNames(w, sentence);
        // an outlet named before a reporter's title in a byline: "李文,示例科技网记者"
        for (Found f : w.startingIn(sentence.start(), sentence.end())) {
            if (f.end() > sentence.end()) continue;
            Entity p = w.entities.get(f.entityId());
            if (p == null || p.kind() != EntityKind.PERSON) continue;
            if (f.end() < w.s.length() && (w.s.charAt(f.end()) == ',' || w.s.charAt(f.end()) == '、')) {
                int a = f.end() + 1;
                for (int b = a + 2; b <= Math.min(sentence.end(), a + 14); b++) {
                    String rest = w.s.substring(b, Math.min(sentence.end(), b + 6));
                    String title = lexicon.prefixAt("job-title", w.s, b);
                    if (title != null && rest.startsWith(title) && w.free(a, b)) {
                        String name = w.s.substring(a, b);
                        if (lexicon.suffixOf("media-suffix", name) != null && !name.contains(",")) {
                            Entity e = w.mint(EntityKind.ORG, Slugs.chinese(name), null, a, b);
                            w.add(new Found(a, b, e.id(), "pattern:byline-outlet"), e);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** Words after a name that say the name is a person speaking. */
    private static final List<String> SPEECH = List.of("表示", "指出", "认为", "说", "称", "介绍", "透露", "强调", "坦言", "谈到");

    /**
     * A name HanLP's recogniser misses (rare characters: 陈缊侬) between a job title and a speech verb:
     * "教授陈缊侬指出". Both cues are required: a surname and one or two characters alone are not a name.
     */
    private void titledNames(Work w, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            String title = lexicon.prefixAt("job-title", w.s, i);
            if (title == null) continue;
            int te = i + title.length();
            String sn = lexicon.prefixAt("surname", w.s, te);
            if (sn == null) continue;
            for (int g = 2; g >= 1; g--) {
                int end = te + sn.length() + g;
                if (end > sentence.end() || !w.free(te, end)) continue;
                String name = w.s.substring(te, end);
                if (!name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) continue;
                String after = w.s.substring(end, Math.min(sentence.end(), end + 2));
                if (SPEECH.stream().noneMatch(after::startsWith)) continue;
                List<String> ids = gazetteer.lookup(name);
                Entity e = !ids.isEmpty() && gazetteer.get(ids.get(0)).kind() == EntityKind.PERSON ? gazetteer.get(ids.get(0))
                        : w.mint(EntityKind.PERSON, Slugs.personPinyin(name), null, te, end);
                w.add(new Found(te, end, e.id(), "pattern:titled-name"), e);
                break;
            }
        }
    }

    private boolean isChinesePersonName(String word, String nature) {
        if (!TextKeys.hasHan(word)) return false;
        if (nature.equals("nrf")) return word.length() >= 3 && word.length() <= 8;
        if (word.length() < 2 || word.length() > 4) return false;
        for (String sn : lexicon.get("surname")) {
            if (word.startsWith(sn) && word.length() - sn.length() >= 1 && word.length() - sn.length() <= 2) return true;
        }
        return false;
    }

    /** A person name needs a cue: a title or 作者/为 before it, a comma and an organisation or 表示 after it. */
    private boolean personCue(Work w, Span sentence, int a, int b) {
        String before = w.s.substring(Math.max(sentence.start(), a - 12), a).replaceAll("\\s+$", "");
        String after = w.s.substring(b, Math.min(sentence.end(), b + 8));
        if (lexicon.suffixOf("job-title", before) != null) return true;
        if (lexicon.suffixOf("person-cue-before", before) != null) {
            String cue = lexicon.suffixOf("person-cue-before", before);
            // 为/是 only after a title: "技术负责人为林俊旸"
            if (!cue.equals("为") && !cue.equals("是")) return true;
            String head = before.substring(0, before.length() - cue.length());
            return lexicon.suffixOf("job-title", head) != null;
        }
        for (String c : lexicon.get("person-cue-after")) {
            if (after.startsWith(c) && !c.equals("在") && !c.equals("今年") && !c.equals("此前")) return true;
        }
        if ((after.startsWith("今年") || after.startsWith("此前") || after.startsWith("在")) && lexicon.suffixOf("job-title", before) != null) return true;
        // a byline: the name opens its sentence and a comma and an organisation or a title follow
        if ((after.startsWith(",") || after.startsWith("、")) && opensSentence(w.s, sentence.start(), a)) {
            int next = b + 1;
            for (Found f : w.startingIn(next, next + 1)) if (!f.nested()) return true;
            if (lexicon.prefixAt("job-title", w.s, next) != null) return true;
        }
        return false;
    }

    /** Whether only spaces and opening brackets stand between the sentence start and {@code a}. */
    private static boolean opensSentence(String s, int sentenceStart, int a) {
        for (int i = sentenceStart; i < a; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '(' && c != '（') return false;
        }
        return true;
    }

        private boolean looksLikeOrgName(String word) {
        if (word.length() < 4 || !TextKeys.hasHan(word)) return false;
        String suffix = lexicon.suffixOf("org-suffix", word);
        if (suffix == null) return false;
        String head = word.substring(0, word.length() - suffix.length());
        if (head.length() < 2) return false;
        if (head.matches(".*[0-9一二三四五六七八九十几多].*")) return false;
        for (String g : lexicon.get("org-generic")) {
            if (head.equals(g) || head.startsWith(g)) return false;
        }
        return true;
    }

    // ---- 6. English organisation names the gazetteer does not know, by their ending ("Reflection AI", "Thinking Machines Lab")

    private static final Pattern EN_ORG = Pattern.compile(
            "(?<![A-Za-z])((?:[A-Z][A-Za-z0-9&'.-]*\\s){1,3}(?:AI|Labs?|Inc\\.?|Technologies|Research|Institute|University|Corporation|Corp\\.?|Intelligence))(?![A-Za-z])");

    /** A common noun right after "… AI" makes the words before it an adjective phrase. */
    private static final Pattern EN_DESCRIBED_NOUN = Pattern.compile("\\s(?:startup|start-up|company|firm|giant|group|unicorn|developer|lab|labs|team|model|models|chip|chips|sector|industry|researchers?)\\b");

    private void englishOrgPass(Work w, Span sentence) {
        Matcher m = EN_ORG.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = m.group(1).replaceAll("\\s+", " ");
            String[] words = name.split(" ");
            int skip = 0;
            while (skip < words.length - 1 && (EN_NOT_NAME.contains(words[skip]) || lexicon.contains("month-en", words[skip]))) {
                a += words[skip].length() + 1;
                skip++;
            }
            if (words.length - skip < 2) continue;
            // "the Hangzhou-based AI startup", "a Paris-backed AI company": a description, not a name
            if (name.matches("(?i).*-(?:based|backed|owned|headquartered|listed|founded|funded)\\b.*")) continue;
            if (EN_DESCRIBED_NOUN.matcher(w.s).region(b, Math.min(w.s.length(), b + 20)).lookingAt()) continue;
            name = w.s.substring(a, b);
            if (!w.free(a, b)) continue;
            List<String> ids = gazetteer.lookup(name);
            Entity e = !ids.isEmpty() ? gazetteer.get(ids.get(0)) : w.mint(EntityKind.ORG, Slugs.latin(name), name, a, b);
            if (e.kind() != EntityKind.ORG) continue;
            w.add(new Found(a, b, e.id(), "pattern:en-org"), e);
        }
    }

    // ---- 7. English person names, only with a cue (By X; X, CEO of; X said)

    private void englishPersonPass(Work w, Span sentence) {
        Matcher m = EN_PERSON.matcher(w.s);
        m.useTransparentBounds(true);
        int from = sentence.start();
        while (from < sentence.end()) {
            m.region(from, sentence.end());
            if (!m.find()) break;
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            String first = name.split(" ")[0];
            // "By Dana Example": start again after a leading word that is not a name
            from = EN_NOT_NAME.contains(first) || lexicon.contains("month-en", first) ? a + first.length() : b;
            if (!w.free(a, b)) continue;
            boolean stop = false;
            for (String part : name.split(" ")) if (EN_NOT_NAME.contains(part) || lexicon.contains("month-en", part)) stop = true;
            if (stop) continue;
            String before = w.s.substring(Math.max(sentence.start(), a - 30), a);
            String after = w.s.substring(b, Math.min(sentence.end(), b + 40));
            boolean cue = before.matches("(?s).*(?:^|\\s)(?:By|by|Author:|Reporter:|said|says|according to|told)\\s*$")
                    || after.matches("(?s)^\\s*(?:said|says|told|wrote|explained|noted|argued|added)\\b.*")
                    || (after.startsWith(",") && enTitleAround.matcher(after.substring(1, Math.min(after.length(), 30))).lookingAt())
                    || after.matches("(?s)^, (?:the |a |an )?(?i:" + lexicon.alternation("job-title-en") + ").*")
                    || before.matches("(?s).*(?i:" + lexicon.alternation("job-title-en") + ")\\s+$")
                    || lexicon.suffixOf("job-title", before.trim()) != null;
            if (!cue) continue;
            List<String> ids = gazetteer.lookup(name);
            Entity e = !ids.isEmpty() && gazetteer.get(ids.get(0)).kind() == EntityKind.PERSON ? gazetteer.get(ids.get(0))
                    : w.mint(EntityKind.PERSON, Slugs.latin(name.replaceAll(" [A-Z]\\.", "")), name, a, b);
            w.add(new Found(a, b, e.id(), "pattern:en-person"), e);
        }
    }

    /** The names an entity has in the gazetteer, for callers that compare labels. */
    public List<Name> aliases(String id) {
        Entity e = gazetteer.get(id);
        return e == null ? List.of() : e.aliases();
    }
}
