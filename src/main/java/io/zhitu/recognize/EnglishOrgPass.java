package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English organisation names the gazetteer does not know, by their ending: "Reflection AI", "Thinking Machines Lab". */
final class EnglishOrgPass implements RecognitionPass {

    private static final Pattern EN_ORG = Pattern.compile(
            "(?<![A-Za-z])((?:[A-Z][A-Za-z0-9&'.-]*\\s){1,3}(?:AI|Labs?|Inc\\.?|Technologies|Research|Institute|University|Corporation|Corp\\.?|Intelligence"
                    + "|Association|Party|Foundation|Council|Academy|Society|Agency|Commission|Ministry|Holdings|Capital|Ventures|Department|Division)"
                    + "(?:\\s(?:of|for)\\s[A-Z][a-z]+(?:\\s(?:and\\s)?[A-Z][a-z]+){0,3})?"
                    + "|(?:University|Institute|Academy|Ministry)\\sof\\s[A-Z][a-z]+(?:\\s(?:and\\s)?[A-Z][a-z]+){0,3})(?![A-Za-z])");
    /** A common noun right after "… AI" makes the words before it an adjective phrase. */
    private static final Pattern EN_DESCRIBED_NOUN = Pattern.compile("\\s(?:startup|start-up|company|firm|giant|group|unicorn|developer|lab|labs|team|model|models|chip|chips|sector|industry|researchers?)\\b");

    /** "start-up Physical Intelligence", "venture capital firm Greenoaks": a capitalised name right after a word for a company. */
    private static final Pattern NOUN_THEN_NAME = Pattern.compile(
            "(?<![A-Za-z])(?:start-?up|startup|company|firm|unicorn|lab|developer|maker|rival)\\s((?:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?:\\s[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]){0,2})(?![A-Za-z0-9'’])");

    /** What NOUN_THEN_NAME's words for a company start with. */
    private static final List<String> COMPANY_WORDS = List.of("start", "company", "firm", "unicorn", "lab", "developer", "maker", "rival");

    /** "co-founder and CEO of Windsurf": the head of something capitalised is the head of a company. */
    private static final Pattern HEAD_OF = Pattern.compile(
            "(?i:CEO|CTO|COO|CFO|chief\\sexecutive(?:\\sofficer)?|founder|co-founder|cofounder|president|chairman|chairwoman|managing\\sdirector)"
                    + "\\sof\\s(?:the\\s)?((?:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?:\\s[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]){0,2})(?![A-Za-z0-9'’])");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "the Hangzhou-based AI startup": a word hyphened to "based", "backed" … describes, it does not name. */
    private static final Pattern HYPHENED_DESCRIPTION = Pattern.compile("(?i).*-(?:based|backed|owned|headquartered|listed|founded|funded)\\b.*");

    private final Lexicon lexicon;

    /** Whether most words of a line of five words or more start with a capital, as English headlines are written. */
    static boolean titleCase(String line) {
        String[] words = SPACES.split(line.strip());
        if (words.length < 5) return false;
        int caps = 0, letters = 0;
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) continue;
            letters++;
            if (Character.isUpperCase(word.charAt(0))) caps++;
        }
        return letters >= 5 && caps * 10 >= letters * 7;
    }

    EnglishOrgPass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:en-org";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        if (!w.holdsAny(sentence, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) return; // every name here opens with a capital
        if (titleCase(w.s.substring(sentence.start(), sentence.end()))) return; // a headline: every word capitalised
        Matcher m = EN_ORG.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = SPACES.matcher(m.group(1)).replaceAll(" ");
            String[] words = name.split(" ");
            int skip = 0;
            while (skip < words.length - 1 && EnglishNames.notName(words[skip], lexicon) && !words[skip + 1].equals("of")) {
                a += words[skip].length() + 1;
                skip++;
            }
            if (words.length - skip < 2) continue;
            if (lexicon.contains("en-not-org-head", words[skip]) && words.length - skip == 2) continue; // "Generative AI"
            // a gloss in brackets after a Chinese term: 生成式人工智能(Generative AI)
            if (a > 0 && (w.s.charAt(a - 1) == '(' || w.s.charAt(a - 1) == '（') && a > 1 && TextKeys.hasHan(w.s.substring(a - 2, a - 1))) continue;
            // "the Hangzhou-based AI startup", "a Paris-backed AI company": a description, not a name
            if (HYPHENED_DESCRIPTION.matcher(name).matches()) continue;
            if (EN_DESCRIBED_NOUN.matcher(w.s).region(b, Math.min(w.s.length(), b + 20)).lookingAt()) continue;
            name = w.s.substring(a, b);
            if (!w.free(a, b)) continue;
            List<String> ids = w.gazetteer.lookup(name);
            Entity e = !ids.isEmpty() ? w.gazetteer.get(ids.get(0)) : w.mint(EntityKind.ORG, Slugs.latin(name), name, a, b);
            if (e.kind() != EntityKind.ORG) continue;
            w.add(new Found(a, b, e.id(), name()), e);
        }
        described(w, sentence);
    }

    private void described(RecognitionState w, Span sentence) {
        // each pattern runs only where a word it cannot match without stands
        if (COMPANY_WORDS.stream().anyMatch(word -> w.holds(sentence, word))) described(w, sentence, NOUN_THEN_NAME);
        if (w.holds(sentence, "of")) described(w, sentence, HEAD_OF);
    }

    private void described(RecognitionState w, Span sentence, Pattern p) {
        Matcher m = p.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            String[] words = name.split(" ");
            boolean ok = true;
            for (String word : words) if (EnglishNames.notName(word, lexicon) || word.equals("I")) ok = false;
            if (!ok || lexicon.contains("given-name-en", words[0]) || !w.free(a, b)) continue;
            if (EN_DESCRIBED_NOUN.matcher(w.s).region(b, Math.min(w.s.length(), b + 20)).lookingAt()) continue;
            List<String> ids = w.gazetteer.lookup(name);
            Entity e = !ids.isEmpty() ? w.gazetteer.get(ids.get(0)) : w.mint(EntityKind.ORG, Slugs.latin(name), name, a, b);
            if (e.kind() != EntityKind.ORG) continue;
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }
}
