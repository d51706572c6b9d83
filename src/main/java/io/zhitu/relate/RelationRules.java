package io.zhitu.relate;

import io.zhitu.normalize.NormalizedText;
import io.zhitu.core.*;
import io.zhitu.recognize.Found;
import io.zhitu.recognize.Recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the relation rules to every sentence, plus the few statements that come from the
 * article's structure rather than a sentence pattern: its headline and dateline, a unit named
 * with its organisation (美团LongCat团队), an organisation named inside another's name, the report
 * the article's lead is about. A model's name alone states no family: Qwen3-235B-A22B is not said
 * to be a member of Qwen3 unless the text says so.
 */
public final class RelationRules {

    private record Anaphor(String phrase, String kind, int count) {}

    /**
     * Sentences longer than this (in tagged chars) are not matched against the rules. No news sentence
     * is that long: such a "sentence" is a list of hundreds of names or a dump without punctuation, where
     * a rule would find only accidental patterns, and the time to try every rule at every mention grows
     * with the square of its length.
     */
    public static final int MAX_SENTENCE_CHARS = 1000;

    final RuleSet rules;
    private final List<Anaphor> anaphors = new ArrayList<>();
    /** The anaphors by their first character, longest first: the scan of a sentence tries only those that can start at a position. */
    private final Map<Character, List<Anaphor>> anaphorsByFirst = new HashMap<>();
    /** The chars anaphors open with: the scan passes over every other char without a boxed lookup. */
    private final BitSet anaphorFirsts = new BitSet();

    public RelationRules(RuleSet rules) {
        this.rules = rules;
        String path = "ontology/rules/anaphora.tsv";
        try (InputStream in = RelationRules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (!header) { header = true; continue; }
                String[] c = line.split("\t");
                if (c.length != 3 || !RuleSet.KINDS.containsKey(c[1])) throw new IllegalStateException(path + ": bad row '" + line + "'");
                anaphors.add(new Anaphor(c[0], c[1], Integer.parseInt(c[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        anaphors.sort(Comparator.comparingInt((Anaphor a) -> a.phrase().length()).reversed());
        for (Anaphor a : anaphors) anaphorsByFirst.computeIfAbsent(a.phrase().charAt(0), k -> new ArrayList<>()).add(a);
        anaphorsByFirst.keySet().forEach(anaphorFirsts::set);
    }

    public List<Statement> apply(Recognition rec) {
        NormalizedText nt = rec.text();
        List<Statement> out = new ArrayList<>();
        structural(rec, out);
        List<Span> sentences = nt.simplifiedSentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).length() > MAX_SENTENCE_CHARS) continue; // see MAX_SENTENCE_CHARS
            TaggedSentence ts = tag(rec, i);
            if (ts.text.length() > MAX_SENTENCE_CHARS) continue;
            boolean byline = isBylineBlock(nt, nt.sentences().get(i).block());
            boolean[] present = new boolean[128];
            for (int k = 0; k + 1 < ts.text.length(); k++) {
                char c = ts.text.charAt(k + 1);
                if (ts.text.charAt(k) == RuleSet.OPEN && c < 128) present[c] = true;
            }
            Map<List<String>, Boolean> seen = new IdentityHashMap<>();
            String tagged = ts.text.toString();
            for (Rule rule : rules.rules()) {
                if (rule.where().equals("byline") && !byline) continue;
                if (!rule.couldFire(present) || !rule.hasWords(tagged, seen)) continue;
                rule.matches(tagged, m -> emit(rec, ts, rule, m, out));
            }
        }
        seriesMembers(rec, out);
        return dedupe(out);
    }

    private static final java.util.regex.Pattern SERIES_WORD = java.util.regex.Pattern.compile("^\\s?(?:系列|家族|模型家族|series|family)");
    private static final java.util.regex.Pattern AMONG_THEM = java.util.regex.Pattern.compile("^\\s*(?:其中|Among them|Of these|Of them)");

    /**
     * "智谱AI推出GLM-4.5系列。其中GLM-4.5-Air……": a sentence that opens with 其中 (among them) lists members of
     * the series the sentence before names ("X系列"). A member whose name extends the series' name is said to be
     * part of it, and was released by whoever the sentence before says released the series.
     */
    private void seriesMembers(Recognition rec, List<Statement> out) {
        NormalizedText nt = rec.text();
        String s = nt.simplified();
        List<Span> sentences = nt.simplifiedSentences();
        List<Statement> added = new ArrayList<>();
        List<Found> all = rec.found();
        for (int i = 1; i < sentences.size(); i++) {
            Span here = sentences.get(i), before = sentences.get(i - 1);
            if (!AMONG_THEM.matcher(s.substring(here.start(), here.end())).lookingAt()) continue;
            for (int j = firstFrom(all, before.start()); j < all.size() && all.get(j).start() < before.end(); j++) {
                Found seriesMention = all.get(j);
                if (seriesMention.nested()
                        || !SERIES_WORD.matcher(s.substring(seriesMention.end(), Math.min(before.end(), seriesMention.end() + 6))).lookingAt()) continue;
                String series = seriesMention.entityId();
                if (rec.entities().get(series).kind() != EntityKind.MODEL) continue;
                for (int k = firstFrom(all, here.start()); k < all.size() && all.get(k).start() < here.end(); k++) {
                    Found m = all.get(k);
                    if (m.nested() || m.entityId().equals(series) || !series.equals(m.family())) continue;
                    Span evidence = nt.toOriginal(seriesMention.start(), m.end());
                    Evidence ev = new Evidence(i, evidence, "series-member");
                    added.add(new Statement(m.entityId(), Vocab.PART_OF_FAMILY, new Value.EntityRef(series), ev));
                    for (Statement dev : out) {
                        if (dev.property().equals(Vocab.DEVELOPED_BY) && dev.subject().equals(series)
                                && dev.evidence() != null && dev.evidence().sentence() == i - 1) {
                            added.add(new Statement(m.entityId(), Vocab.DEVELOPED_BY, dev.object(), ev));
                        }
                    }
                }
            }
        }
        out.addAll(added);
    }

    // ---- tagging

    /** An anaphor written as an English pronoun ("It", "He", "She"): it stands only as the subject of a sentence. */
    private static final java.util.regex.Pattern ENGLISH_PRONOUN = java.util.regex.Pattern.compile("[A-Z][a-z]{0,2}");
    /** What stands between a name and its alias in brackets: "name (alias)". */
    private static final java.util.regex.Pattern OPENING_BRACKET = java.util.regex.Pattern.compile("\\s*[(（]\\s*");

    TaggedSentence tag(Recognition rec, int index) {
        NormalizedText nt = rec.text();
        String s = nt.simplified();
        Span span = nt.simplifiedSentences().get(index);
        TaggedSentence ts = new TaggedSentence(index);
        List<TaggedSentence.Slot> marks = new ArrayList<>();
        boolean[] used = new boolean[span.length()];
        List<Found> all = rec.found();
        for (int i = firstFrom(all, span.start()); i < all.size() && all.get(i).start() < span.end(); i++) {
            Found f = all.get(i);
            if (f.nested() || f.end() > span.end()) continue;
            Entity e = rec.entities().get(f.entityId());
            marks.add(new TaggedSentence.Slot(letter(e.kind()), List.of(e.id()), f.start(), f.end(), null));
            for (int k = f.start(); k < f.end(); k++) used[k - span.start()] = true;
        }
        // anaphors: the entity (or entities) of that kind named last before them
        for (int p = span.start(); p < span.end(); p++) {
            if (used[p - span.start()] || !anaphorFirsts.get(s.charAt(p))) continue;
            List<Anaphor> candidates = anaphorsByFirst.get(s.charAt(p));
            if (candidates == null) continue;
            for (Anaphor a : candidates) {
                if (!s.startsWith(a.phrase(), p) || p + a.phrase().length() > span.end()) continue;
                if (a.phrase().length() == 1 && !opensClause(s, span, p)) continue; // 他 in 其他, 他们
                boolean englishPronoun = ENGLISH_PRONOUN.matcher(a.phrase()).matches();
                if (englishPronoun && !opensSentence(s, span, p, a.phrase())) continue; // "It" only as the subject of a sentence
                List<String> ante = englishPronoun ? soleInPrevious(rec, index, RuleSet.KINDS.get(a.kind()))
                        : antecedents(rec, index, p, RuleSet.KINDS.get(a.kind()), a.count());
                if (ante.size() == a.count()) {
                    marks.add(new TaggedSentence.Slot(RuleSet.KINDS.get(a.kind()), ante, p, p + a.phrase().length(), "anaphor"));
                    for (int k = p; k < p + a.phrase().length(); k++) used[k - span.start()] = true;
                }
                break;
            }
        }
        // every amount and every date holds a digit: a sentence without one needs neither regex
        boolean digits = false;
        for (int k = span.start(); k < span.end() && !digits; k++) digits = s.charAt(k) >= '0' && s.charAt(k) <= '9';
        Matcher q = Quantities.AMOUNT.matcher(s);
        AnchoredFind amounts = new AnchoredFind(q, span.start(), span.end(), k -> AnchoredFind.digitRunStart(s, k));
        while (digits && amounts.find()) {
            if (anyUsed(used, span, q.start(), q.end())) continue;
            Long v = Quantities.value(q.group(1), q.group(2));
            if (v == null) continue;
            marks.add(new TaggedSentence.Slot('N', List.of(), q.start(), q.end(), v));
            for (int k = q.start(); k < q.end(); k++) used[k - span.start()] = true;
        }
        if (s.substring(span.start(), span.end()).contains("illion")) {
            Matcher w = Quantities.WORD_AMOUNT.matcher(s).region(span.start(), span.end());
            while (w.find()) {
                if (anyUsed(used, span, w.start(), w.end())) continue;
                Long v = Quantities.wordValue(w.group(1), w.group(2));
                if (v == null) continue;
                marks.add(new TaggedSentence.Slot('N', List.of(), w.start(), w.end(), v));
                for (int k = w.start(); k < w.end(); k++) used[k - span.start()] = true;
            }
        }
        Matcher d = Dates.DATE.matcher(s);
        // a date opens with digits or with a month's name
        AnchoredFind dates = new AnchoredFind(d, span.start(), span.end(), k -> AnchoredFind.digitRunStart(s, k) || "JFMASOND".indexOf(s.charAt(k)) >= 0);
        while (digits && dates.find()) {
            if (anyUsed(used, span, d.start(), d.end())) continue;
            Dates.Found df = Dates.match(d);
            if (df == null) continue;
            marks.add(new TaggedSentence.Slot('D', List.of(), d.start(), d.end(), df));
            for (int k = d.start(); k < d.end(); k++) used[k - span.start()] = true;
        }
        marks.sort(Comparator.comparingInt(TaggedSentence.Slot::start));
        int p = span.start();
        TaggedSentence.Slot previous = null;
        for (int k = 0; k < marks.size(); k++) {
            TaggedSentence.Slot mark = marks.get(k);
            // "name (alias)": the alias in brackets is the same thing again, not a second mention
            if (previous != null && previous.ids().equals(mark.ids()) && !mark.ids().isEmpty()
                    && OPENING_BRACKET.matcher(s.substring(p, mark.start())).matches() && mark.end() < span.end()
                    && (s.charAt(mark.end()) == ')' || s.charAt(mark.end()) == '）')) {
                p = mark.end() + 1;
                continue;
            }
            for (; p < mark.start(); p++) ts.appendChar(s.charAt(p), p);
            ts.appendToken(mark);
            p = mark.end();
            previous = mark;
            // a person's name glossed in Latin: 杜楠(音译,Nan Du) reads as the name alone, so that lists of people hold
            if (mark.kind() == 'P') {
                Matcher g = PERSON_GLOSS.matcher(s).region(p, span.end());
                if (g.lookingAt() && (k + 1 == marks.size() || marks.get(k + 1).start() >= g.end())) p = g.end();
            }
        }
        for (; p < span.end(); p++) ts.appendChar(s.charAt(p), p);
        return ts;
    }

    /** A Latin gloss in brackets after a person's Chinese name, marked as a transliteration or not. */
    private static final Pattern PERSON_GLOSS = Pattern.compile("\\s?[(（](?:音译|译音)?[,，、:：]?\\s?[A-Z][A-Za-z.'\\- ]{1,40}[)）]");

    /** Whether an English pronoun opens the sentence as a word of its own: "It is built on…", not "Italy". */
    private static boolean opensSentence(String s, Span span, int p, String phrase) {
        int end = p + phrase.length();
        return s.substring(span.start(), p).isBlank() && end < span.end() && s.charAt(end) == ' ';
    }

    /**
     * The one entity of that kind the previous sentence names, for a sentence opening with "It": with two models
     * there ("A beat B. It has…") the pronoun has no single referent, and nothing is read.
     */
    private List<String> soleInPrevious(Recognition rec, int sentence, char kind) {
        if (sentence == 0) return List.of();
        Span prev = rec.text().simplifiedSentences().get(sentence - 1);
        java.util.Set<String> ids = new java.util.TreeSet<>();
        List<Found> found = rec.found();
        for (int i = firstFrom(found, prev.start()); i < found.size() && found.get(i).start() < prev.end(); i++) {
            Found f = found.get(i);
            if (f.nested()) continue;
            Entity e = rec.entities().get(f.entityId());
            if (letter(e.kind()) == kind) ids.add(f.entityId());
        }
        return ids.size() == 1 ? List.copyOf(ids) : List.of();
    }

    /** Whether a one-character pronoun stands alone at the head of a clause: "…之前,他曾主导", not 其他, 他们, 他人. */
    private static boolean opensClause(String s, Span span, int p) {
        boolean before = p == span.start() || "，,;；:：。 \n“\"「(（".indexOf(s.charAt(p - 1)) >= 0;
        boolean after = p + 1 < span.end() && "们人国方乡处者日".indexOf(s.charAt(p + 1)) < 0;
        return before && after;
    }

    private static boolean anyUsed(boolean[] used, Span span, int a, int b) {
        for (int k = a; k < b; k++) if (used[k - span.start()]) return true;
        return false;
    }

    /** What joins the members of a list: "A和B", "A、B", "A, B and C", "「A」和「B」"; a comma with no space after it
     * is a folded Chinese comma between clauses ("A接近B,C则接近D"), not a list. */
    private static final java.util.regex.Pattern COORDINATION =
            java.util.regex.Pattern.compile("\\s*[」”\"』]?\\s*(?:、|和|与|及|以及|and|or|,\\s+and|,\\s+)\\s*(?:the\\s)?[「“\"『]?\\s*");

    /** Whether the text between two names makes them members of one list: joined by 和/、/and, or opening parallel clauses ("A…;B…"). */
    private static boolean joined(String gap) {
        return COORDINATION.matcher(gap).matches() || gap.stripTrailing().endsWith(";");
    }

    /**
     * The entities an anaphor stands for: for one, the last of its kind named before {@code pos}, within this and the
     * two sentences before; for several ("两款模型", "these models"), the last list of exactly that many joined by
     * 和/、/and. Two names that merely precede the anaphor are not a pair it can mean.
     */
    private List<String> antecedents(Recognition rec, int sentence, int pos, char kind, int count) {
        int windowStart = rec.text().simplifiedSentences().get(Math.max(0, sentence - 2)).start();
        String s = rec.text().simplified();
        List<Found> before = new ArrayList<>(); // latest first
        List<Found> found = rec.found();
        for (int i = firstFrom(found, pos) - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.start() < windowStart) break; // sorted by start: all before it start earlier still
            if (f.nested() || f.end() > pos) continue;
            Entity e = rec.entities().get(f.entityId());
            if (letter(e.kind()) == kind) before.add(f);
        }
        if (count == 1) return before.isEmpty() ? List.of() : List.of(before.get(0).entityId());
        for (int i = 0; i + count - 1 < before.size(); i++) {
            List<String> ids = new ArrayList<>();
            boolean joined = true;
            for (int k = i; k < i + count && joined; k++) {
                Found f = before.get(k);
                if (ids.contains(f.entityId())) joined = false;
                ids.add(f.entityId());
                if (k > i && !joined(s.substring(f.end(), before.get(k - 1).start()))) joined = false;
            }
            if (joined) {
                Collections.reverse(ids);
                return ids;
            }
        }
        return List.of();
    }

    /** The index of the first mention starting at or after {@code pos}; {@code found} is sorted by start. */
    static int firstFrom(List<Found> found, int pos) {
        int lo = 0, hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static char letter(EntityKind k) {
        return switch (k) {
            case ORG -> 'O';
            case PERSON -> 'P';
            case MODEL -> 'M';
            case LICENSE -> 'L';
            case COUNTRY -> 'C';
            case PLATFORM -> 'F';
            case BENCHMARK -> 'B';
            case REPORT -> 'R';
        };
    }

    /** A short block among the first three or last three of the body: where bylines and datelines sit. */
    static boolean isBylineBlock(NormalizedText nt, int block) {
        List<Block> body = nt.article().body();
        Span s = body.get(block).span();
        if (s.length() > 140) return false;
        return block <= 3 || block >= body.size() - 3;
    }

    // ---- emitting

    void emit(Recognition rec, TaggedSentence ts, Rule rule, Matcher m, List<Statement> out) {
        NormalizedText nt = rec.text();
        Span evidence = nt.toOriginal(ts.simplifiedStart(m.start()), ts.simplifiedEnd(m.end()));
        Evidence ev = new Evidence(ts.sentence, evidence, rule.id());
        for (Rule.Emit e : rule.emits()) {
            List<String> subjects = entityTerm(ts, m, e.subject());
            if (subjects == null) continue;
            for (String subject : subjects) {
                List<Value> objects = objectTerm(rec, ts, m, e.property(), e.object());
                for (Value o : objects) {
                    if (o instanceof Value.EntityRef ref && ref.id().equals(subject)) continue;
                    if (!fits(rec, subject, e.property(), o)) continue;
                    out.add(new Statement(subject, property(e.property()), o, ev));
                }
            }
        }
    }

    private static List<String> entityTerm(TaggedSentence ts, Matcher m, String term) {
        if (term.equals("doc")) return List.of(Statement.DOCUMENT);
        String g = group(m, term);
        if (g == null) return null;
        List<String> ids = new ArrayList<>();
        for (TaggedSentence.Slot s : ts.slotsIn(g)) ids.addAll(s.ids());
        return ids;
    }

    private List<Value> objectTerm(Recognition rec, TaggedSentence ts, Matcher m, String property, String term) {
        NormalizedText nt = rec.text();
        if (term.startsWith("zt:")) return List.of(new Value.Literal(Vocab.ZT + term.substring(3), null, null));
        if (term.equals("doc")) return List.of(new Value.EntityRef(Statement.DOCUMENT));
        String g = group(m, term);
        if (g == null) return List.of();
        List<Value> out = new ArrayList<>();
        switch (property) {
            case "totalParameters", "activeParameters" -> {
                for (TaggedSentence.Slot s : ts.slotsIn(g)) if (s.value() instanceof Long v) out.add(new Value.Literal(v.toString(), Vocab.XSD_LONG, null));
            }
            case "datePublished" -> {
                for (TaggedSentence.Slot s : ts.slotsIn(g)) if (s.value() instanceof Dates.Found d) out.add(new Value.Literal(d.lexical(), d.datatype(), null));
            }
            case "authorCount" -> {
                Integer n = Quantities.count(g);
                if (n != null && n > 0) out.add(new Value.Literal(n.toString(), Vocab.XSD_INTEGER, null));
            }
            case "jobTitle", "name" -> {
                int a = m.start(term), b = m.end(term);
                Span o = nt.toOriginal(ts.simplifiedStart(a), ts.simplifiedEnd(b));
                String text = o.cut(nt.original()).strip();
                if (!text.isEmpty()) out.add(new Value.Literal(text, null, nt.langOf(text)));
            }
            default -> {
                for (TaggedSentence.Slot s : ts.slotsIn(g)) for (String id : s.ids()) out.add(new Value.EntityRef(id));
            }
        }
        return out;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The contract's domain and range: a rule that binds the wrong kinds states nothing. */
    private static boolean fits(Recognition rec, String subject, String property, Value o) {
        EntityKind sk = subject.equals(Statement.DOCUMENT) ? null : rec.entities().get(subject).kind();
        EntityKind ok = o instanceof Value.EntityRef r && !r.id().equals(Statement.DOCUMENT) ? rec.entities().get(r.id()).kind() : null;
        return switch (property) {
            case "developedBy" -> sk == EntityKind.MODEL && ok == EntityKind.ORG;
            case "partOfFamily", "outperforms" -> sk == EntityKind.MODEL && ok == EntityKind.MODEL;
            case "parentOrganization" -> sk == EntityKind.ORG && ok == EntityKind.ORG;
            case "affiliation" -> sk == EntityKind.PERSON && ok == EntityKind.ORG;
            case "jobTitle" -> sk == EntityKind.PERSON;
            case "author" -> (sk == null || sk == EntityKind.REPORT) && ok == EntityKind.PERSON;
            case "publisher" -> (sk == null || sk == EntityKind.REPORT) && ok == EntityKind.ORG;
            case "authorCount" -> sk == EntityKind.REPORT;
            case "datePublished", "name" -> sk == null || sk == EntityKind.REPORT;
            case "about" -> sk == null && ok != null;
            case "license" -> (sk == EntityKind.MODEL || sk == EntityKind.ORG) && ok == EntityKind.LICENSE;
            case "totalParameters", "activeParameters", "architecture" -> sk == EntityKind.MODEL;
            case "country" -> sk == EntityKind.ORG && ok == EntityKind.COUNTRY;
            case "rankedFirstOn" -> sk == EntityKind.MODEL && (ok == EntityKind.PLATFORM || ok == EntityKind.BENCHMARK);
            default -> false;
        };
    }

    static String property(String shortName) {
        return switch (shortName) {
            case "developedBy" -> Vocab.DEVELOPED_BY;
            case "partOfFamily" -> Vocab.PART_OF_FAMILY;
            case "parentOrganization" -> Vocab.PARENT_ORGANIZATION;
            case "affiliation" -> Vocab.AFFILIATION;
            case "jobTitle" -> Vocab.JOB_TITLE;
            case "author" -> Vocab.AUTHOR;
            case "authorCount" -> Vocab.AUTHOR_COUNT;
            case "publisher" -> Vocab.PUBLISHER;
            case "datePublished" -> Vocab.DATE_PUBLISHED;
            case "name" -> Vocab.NAME;
            case "about" -> Vocab.ABOUT;
            case "license" -> Vocab.LICENSE;
            case "totalParameters" -> Vocab.TOTAL_PARAMETERS;
            case "activeParameters" -> Vocab.ACTIVE_PARAMETERS;
            case "architecture" -> Vocab.ARCHITECTURE;
            case "country" -> Vocab.COUNTRY;
            case "outperforms" -> Vocab.OUTPERFORMS;
            case "rankedFirstOn" -> Vocab.RANKED_FIRST_ON;
            default -> throw new IllegalArgumentException(shortName);
        };
    }

    // ---- statements from the article's structure

    private void structural(Recognition rec, List<Statement> out) {
        NormalizedText nt = rec.text();
        Article a = nt.article();
        String text = nt.original();
        if (a.headline() != null) {
            String title = a.headline().cut(text).strip();
            int sentence = sentenceAt(nt, a.headline().start());
            out.add(new Statement(Statement.DOCUMENT, Vocab.NAME, new Value.Literal(title, null, nt.langOf(title)),
                    new Evidence(sentence, a.headline(), "headline")));
        }
        if (a.date() != null) {
            Span where = a.dateline() != null ? a.dateline() : new Span(0, 0);
            out.add(new Statement(Statement.DOCUMENT, Vocab.DATE_PUBLISHED, new Value.Literal(a.date(), Dates.datatypeOf(a.date()), null),
                    new Evidence(a.dateline() != null ? sentenceAt(nt, a.dateline().start()) : -1, where,
                            a.dateline() != null ? "dateline" : "page-metadata")));
        }
        for (Found f : rec.found()) {
            Span o = nt.toOriginal(f.start(), f.end());
            int sentence = sentenceAt(nt, o.start());
            // a unit named with its organisation: 美团LongCat团队 is Meituan's LongCat team (a model's name alone says no family)
            Entity self = rec.entities().get(f.entityId());
            if (f.family() != null && self.kind() == EntityKind.ORG && rec.entities().containsKey(f.family())) {
                out.add(new Statement(f.entityId(), Vocab.PARENT_ORGANIZATION, new Value.EntityRef(f.family()),
                        new Evidence(sentence, o, "unit-of-named-org")));
            }
            // an organisation whose name starts with another's: 斯坦福大学人本人工智能研究所 -> 斯坦福大学
            if (f.nested()) {
                Entity inner = rec.entities().get(f.entityId());
                List<Found> all = rec.found();
                for (int i = firstFrom(all, f.start()); i < all.size() && all.get(i).start() == f.start(); i++) {
                    Found outer = all.get(i);
                    if (outer.nested() || outer.end() <= f.end()) continue;
                    Entity oe = rec.entities().get(outer.entityId());
                    if (oe.kind() == EntityKind.ORG && inner.kind() == EntityKind.ORG) {
                        out.add(new Statement(oe.id(), Vocab.PARENT_ORGANIZATION, new Value.EntityRef(inner.id()),
                                new Evidence(sentence, nt.toOriginal(outer.start(), outer.end()), "name-contains-parent")));
                    }
                }
            }
        }
        // the report the article's lead describes is what the article is about
        int leadEnd = Math.min(nt.sentences().size(), (a.headline() != null ? 1 : 0) + 3);
        for (Found f : rec.found()) {
            Entity e = rec.entities().get(f.entityId());
            if (e.kind() != EntityKind.REPORT) continue;
            Span o = nt.toOriginal(f.start(), f.end());
            int sentence = sentenceAt(nt, o.start());
            if (sentence >= 0 && sentence < leadEnd) {
                out.add(new Statement(Statement.DOCUMENT, Vocab.ABOUT, new Value.EntityRef(e.id()),
                        new Evidence(sentence, o, "report-in-lead")));
                out.add(new Statement(e.id(), Vocab.NAME, new Value.Literal(o.cut(text), null, nt.langOf(o.cut(text))),
                        new Evidence(sentence, o, "report-title")));
            } else {
                out.add(new Statement(e.id(), Vocab.NAME, new Value.Literal(o.cut(text), null, nt.langOf(o.cut(text))),
                        new Evidence(sentence, o, "report-title")));
            }
        }
    }

    /** The sentence whose span holds the offset, or -1; sentences are in text order and do not overlap. */
    private static int sentenceAt(NormalizedText nt, int originalOffset) {
        List<Sentence> ss = nt.sentences();
        int lo = 0, hi = ss.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = ss.get(mid).span();
            if (originalOffset < sp.start()) hi = mid - 1;
            else if (originalOffset >= sp.end()) lo = mid + 1;
            else return ss.get(mid).index();
        }
        return -1;
    }

    /** One statement per triple and evidence span; the first rule to state it wins the evidence. */
    /** What makes two statements the same for {@link #dedupe}: the rule and sentence that made them aside. */
    private record StatementKey(String subject, String property, Value object, Span span) {}

    private static List<Statement> dedupe(List<Statement> in) {
        Map<StatementKey, Statement> seen = new LinkedHashMap<>();
        for (Statement s : in) {
            seen.putIfAbsent(new StatementKey(s.subject(), s.property(), s.object(), s.evidence().span()), s);
        }
        return new ArrayList<>(seen.values());
    }
}
