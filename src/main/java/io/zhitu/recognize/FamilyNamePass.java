package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family named by the models of a text: once a page names "Wan2.2-T2V-A14B", its "Wan2.2" alone is that
 * family. Only a head with both letters and a digit counts ("Wan2.2", "Nova-3"): "Wan" or "2.2" alone are not names.
 */
final class FamilyNamePass implements RecognitionPass {

    private static final Pattern HEAD = Pattern.compile("[A-Za-z][A-Za-z0-9.]*\\d[A-Za-z0-9.]*");

    @Override
    public String name() {
        return "pattern:family-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        for (String head : w.<TreeSet<String>>fromMentions(FamilyNamePass.class, () -> heads(w))) {
            int from = sentence.start();
            while (true) {
                int a = w.s.indexOf(head, from);
                if (a < 0 || a >= sentence.end()) break;
                int b = a + head.length();
                from = b;
                boolean bounded = (a == 0 || !isNamePart(w.s.charAt(a - 1))) && (b >= w.s.length() || !isNamePart(w.s.charAt(b)));
                if (!bounded || b > sentence.end() || !w.free(a, b)) continue;
                Entity known = w.knownModel(head);
                Entity e = known != null ? known : w.mint(EntityKind.MODEL, Slugs.latin(head), head, a, b);
                w.add(new Found(a, b, e.id(), name()), e);
            }
        }
    }

    private static boolean isNamePart(char c) {
        return TextKeys.isLatinOrDigit(c) || c == '-' || c == '.' || c == '_';
    }

    /** The heads of the hyphenated model names found so far ("Wan2.2" of "Wan2.2-T2V-A14B"), longest first. */
    private static TreeSet<String> heads(RecognitionState w) {
        TreeSet<String> out = new TreeSet<>((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        for (Found f : w.found) {
            Entity e = w.entity(f.entityId());
            if (e == null || e.kind() != EntityKind.MODEL) continue;
            String surface = w.s.substring(f.start(), f.end());
            int dash = surface.indexOf('-');
            if (dash <= 0) continue;
            String head = surface.substring(0, dash);
            if (HEAD.matcher(head).matches() && head.length() >= 3) out.add(head);
        }
        return out;
    }
}
