package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * The known entities of the field, read from the TSV files under {@code ontology/gazetteer/}.
 * Names are matched on a folded key (Simplified script, lower case), so one entry serves every
 * script and spelling; nothing is written to disk (HanLP's own dictionary caches go stale).
 */
public final class Gazetteer {

    /** The files, in the order their entries win ties on a shared name. */
    public static final List<String> FILES = List.of("organizations.tsv", "models.tsv", "people.tsv",
            "licenses.tsv", "countries.tsv", "platforms.tsv", "benchmarks.tsv");
    public static final String HEADER = "id\ten\tzh-Hans\tzh-Hant\taliases\twikidata\tspdx\tfacts";

    /** A fact the reference data knows: {@code key} is a contract statement name (developedBy, country…). */
    public record Fact(String subject, String key, String value) {}

    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> idsByKey = new HashMap<>();
    /** The names as written that fold to each key: what {@link #caseOk} compares a surface with, folded once at load. */
    private final Map<String, List<String>> namesByKey = new HashMap<>();
    private final Set<String> caseSensitive = new HashSet<>();
    /** One capitalised word ("Alphabet") or words ("Open AI"): written in lower case they are common words ("alphabet soup", "open AI models"). */
    private final Set<String> capitalisedWords = new HashSet<>();
    private final List<Fact> facts = new ArrayList<>();

    /** Loads the gazetteer shipped in the jar (or on the test classpath). */
    public static Gazetteer standard() {
        Gazetteer g = new Gazetteer();
        for (String f : FILES) {
            String path = "ontology/gazetteer/" + f;
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) continue;
                g.read(path, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** Reads one TSV file; a malformed row is a data error reported with file and line. */
    public void read(String fileName, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) return;
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        if (!header.equals(HEADER)) {
            throw new IllegalStateException(fileName + ": header must be: " + HEADER.replace("\t", " | "));
        }
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 8) throw new IllegalStateException(fileName + ":" + n + ": expected 8 columns, found " + c.length);
            add(fileName + ":" + n, c);
        }
    }

    private void add(String where, String[] c) {
        String id = c[0].trim();
        int slash = id.indexOf('/');
        if (slash < 1 || !id.substring(slash + 1).matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new IllegalStateException(where + ": bad id '" + id + "'");
        }
        EntityKind kind = EntityKind.ofPrefix(id.substring(0, slash));
        String en = blank(c[1]), hans = blank(c[2]), hant = blank(c[3]);
        if (hans != null && hant == null) hant = HanLP.convertToTraditionalChinese(hans);
        if (hant != null && hans == null) hans = HanLP.convertToSimplifiedChinese(hant);
        List<Name> aliases = new ArrayList<>();
        for (String a : c[4].split("\\|")) {
            a = a.trim();
            if (!a.isEmpty()) aliases.add(new Name(a, TextKeys.hasHan(a) ? (a.equals(HanLP.convertToSimplifiedChinese(a)) ? "zh-Hans" : "zh-Hant") : "en"));
        }
        String wd = blank(c[5]);
        String spdx = blank(c[6]);
        Entity e = new Entity(id, kind, en, hans, hant, List.copyOf(aliases), wd, spdx, true);
        if (byId.put(id, e) != null) throw new IllegalStateException(where + ": duplicate id " + id);
        for (String name : names(e)) index(name, id);
        for (String f : c[7].split(";")) {
            f = f.trim();
            if (f.isEmpty()) continue;
            int eq = f.indexOf('=');
            if (eq < 1) throw new IllegalStateException(where + ": bad fact '" + f + "'");
            facts.add(new Fact(id, f.substring(0, eq).trim(), f.substring(eq + 1).trim()));
        }
    }

    /** Every name of an entity, labels and aliases. */
    public static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        if (e.labelEn() != null) out.add(e.labelEn());
        if (e.labelHans() != null) out.add(e.labelHans());
        if (e.labelHant() != null) out.add(e.labelHant());
        for (Name a : e.aliases()) out.add(a.text());
        return out;
    }

    private void index(String name, String id) {
        String key = TextKeys.key(name);
        if (key.isBlank()) return;
        List<String> ids = idsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!ids.contains(id)) ids.add(id);
        List<String> names = namesByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!names.contains(name)) names.add(name);
        // short Latin names ("MIT", "Meta", "Kimi") are matched with their case, longer ones without
        if (!TextKeys.hasHan(name) && name.length() < 5 && name.chars().noneMatch(Character::isDigit)) {
            caseSensitive.add(name);
        } else if (name.matches("[A-Z][a-z]+") || !TextKeys.hasHan(name) && name.contains(" ")) {
            capitalisedWords.add(name);
        }
    }

    public Entity get(String id) { return byId.get(id); }

    public Collection<Entity> entities() { return Collections.unmodifiableCollection(byId.values()); }

    /** The ids whose names fold to this key, in file order; empty when none. */
    public List<String> idsForKey(String key) { return idsByKey.getOrDefault(key, List.of()); }

    /** Every folded name key, for building a matcher. */
    public Set<String> keys() { return Collections.unmodifiableSet(idsByKey.keySet()); }

    /** Whether a surface as written is acceptable for its key: short Latin names keep their case, capitalised names their capitals. */
    public boolean caseOk(String key, String surface) {
        List<String> names = namesByKey.getOrDefault(key, List.of());
        for (String n : names) {
            if (capitalisedWords.contains(n) && !capitalsKept(n, surface)) continue;
            if (!caseSensitive.contains(n) || n.equals(surface)) return true;
        }
        return names.isEmpty();
    }

    /** Whether every word the name capitalises is capitalised in the surface too: "open AI" is not "Open AI". */
    private static boolean capitalsKept(String name, String surface) {
        if (name.length() != surface.length()) return true;
        for (int i = 0; i < name.length(); i++) {
            boolean wordStart = i == 0 || name.charAt(i - 1) == ' ';
            if (wordStart && Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(surface.charAt(i))) return false;
        }
        return true;
    }

    public List<Fact> facts() { return Collections.unmodifiableList(facts); }

    public List<Fact> factsAbout(String id) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) if (f.subject().equals(id)) out.add(f);
        return out;
    }

    /** Looks a name up as written (any script or case). */
    public List<String> lookup(String name) { return idsForKey(TextKeys.key(name)); }

    private static String blank(String s) {
        s = s.trim();
        return s.isEmpty() ? null : s;
    }
}
