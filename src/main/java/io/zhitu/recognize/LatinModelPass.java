package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin model names the gazetteer does not know ("Nova-lite-3.0", "MiniMax-M1"), kept only where a cue confirms
 * them: a model word after ("X模型", "X model") or a release verb before ("发布了X", "released X"). A short name
 * a developer qualifies ("DeepSeek的V3") resolves to the developer's model of that name where the gazetteer knows it.
 */
final class LatinModelPass implements RecognitionPass {

    static final Pattern LATIN_MODEL = Pattern.compile(
            "(?<![A-Za-z0-9\\-.])([A-Za-z][A-Za-z0-9]*+(?:[-.][A-Za-z0-9]++){0,12}(?:-[A-Za-z0-9.]++){0,4})(?![A-Za-z0-9\\-])");
    private static final Pattern CHIP_LIKE = Pattern.compile("[A-Z]\\d{2,4}[A-Za-z]?|\\d+[A-Za-z]*|[A-Za-z]+-\\d{2,4}|COVID-19|Top-?\\d+|[A-Za-z]{1,3}\\d{0,1}");

    private final Pattern releaseBefore;
    private final Pattern modelCueAfter;
    private final Pattern modelCueBefore;
    private final Pattern notModel;
    /** A name with a parameter size among its parts is a model's whatever stands around it: "Seed-OSS-36B-Base". */
    private static final Pattern SIZED = Pattern.compile("[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-A?\\d+(?:\\.\\d+)?[BbMmT](?:-[A-Za-z0-9.]+)*");
    /** A parameter count right after the name: "Ling-mini-2.0 总参数 160 亿", "X has 7B parameters" is not this. */
    private static final Pattern PARAMS_AFTER = Pattern.compile("\\s?(?:总参数|激活参数|参数量|参数规模|总参数量)");
    /** A name and a version apart: "Ling 2.0", "Nova 3". */
    private static final Pattern SPACED = Pattern.compile("(?<![A-Za-z0-9.\\-])([A-Z][A-Za-z]{1,15} \\d+(?:\\.\\d+)?)(?![A-Za-z0-9.\\-])");

    /** "announced the release of X": a release told as a noun. */
    private static final Pattern RELEASE_OF = Pattern.compile("(?<![A-Za-z])(?:release|launch|debut|unveiling|rollout) of (?:the )?$");

    /** A Chinese brand and the dot that joins it to a Latin name: 悟界· in 悟界·Emu3.5. */
    private static final Pattern BRAND_DOT = Pattern.compile("\\p{IsHan}{2}·$");
    /** "a national Large Language Model (LLM) named ‘Apertus’": a model word and a naming verb before the name. */
    private static final Pattern NAMED_AS_MODEL = Pattern.compile("(?:model|models|LLM|\\(LLM\\)|模型)\\s(?:named|called|dubbed)\\s[‘'\"“]?$");

    /** "model X", "模型X": the word right before the name. */
    private static final Pattern MODEL_WORD_BEFORE = Pattern.compile("(?:(?<![A-Za-z])model |模型\\s?)$");
    /** A name with a capital inside it: "TurboS", "DeepSeek". */
    private static final Pattern CAMEL = Pattern.compile("[A-Z][a-z]+[A-Z][A-Za-z]*");
    /** A name without digits needs to look like a product name: capitalised, in parts joined by hyphens ("LongCat-Flash-Lite", "Nano-banana"). */
    private static final Pattern COMPOUND_NAME = Pattern.compile("[A-Z][A-Za-z]*+(?:-[A-Za-z]++){1,4}");

    LatinModelPass(Lexicon lexicon) {
        releaseBefore = Pattern.compile(lexicon.alternation("release-verb") + "(?:了|并开源了|并开源)?(?:的)?\\s*[「“\"『]?\\s*$");
        modelCueAfter = Pattern.compile("^[」”\"』]?\\s?" + lexicon.alternation("model-cue") + "(?![A-Za-z])");
        modelCueBefore = Pattern.compile("(?:大模型|模型|(?<![A-Za-z])models?)\\s?[:]?\\s?[「“\"『]?$");
        notModel = Pattern.compile("(?i)" + lexicon.alternation("not-model-en"));
    }

    @Override
    public String name() {
        return "pattern:latin-model";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = LATIN_MODEL.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            if (!w.free(a, b)) continue;
            if (name.chars().noneMatch(Character::isLetter)) continue;
            boolean digits = name.chars().anyMatch(Character::isDigit);
            String after = w.s.substring(b, Math.min(sentence.end(), b + 10));
            // a Chinese brand joined to the name by a dot is part of how it is introduced: 发布悟界·Emu3.5
            String before = w.s.substring(Math.max(sentence.start(), a - 20), a);
            if (before.indexOf('·') >= 0) before = BRAND_DOT.matcher(before).replaceFirst("");
            // "the deep-thinking model T1", "the fast-thinking model TurboS": a model word right before names it
            boolean namedModel = MODEL_WORD_BEFORE.matcher(before).find();
            boolean namedAs = NAMED_AS_MODEL.matcher(before).find() && name.matches("[A-Z][a-z]{2,}");
            boolean modelAfter = modelCueAfter.matcher(after).find();
            boolean plainWord = !digits && (namedModel || modelAfter) && name.matches("[A-Z][a-z]{3,}") && calledAModelBothWays(w.s, name);
            if (!digits && !(COMPOUND_NAME.matcher(name).matches() || (namedModel || modelAfter) && CAMEL.matcher(name).matches() || plainWord || namedAs)
                    || notModel.matcher(name).matches()) continue;
            Entity org = w.orgBefore(a);
            if (CHIP_LIKE.matcher(name).matches() && org == null && !namedModel) continue;
            boolean cue = SIZED.matcher(name).matches() || modelCueAfter.matcher(after).find() || PARAMS_AFTER.matcher(after).lookingAt() || releasedBefore(before)
                    || modelCueBefore.matcher(before).find() || namedAs;
            if (!cue) continue;
            Entity e = null;
            if (org != null && org.labelEn() != null) {
                for (String sep : List.of("-", " ", "")) {
                    e = w.knownModel(org.labelEn() + sep + name);
                    if (e != null) break;
                }
            }
            if (e == null) {
                Entity k = w.knownModel(name);
                e = k != null ? k : w.mint(EntityKind.MODEL, Slugs.latin(name), name, a, b);
            }
            w.add(new Found(a, b, e.id(), name()), e);
        }
        // each of these patterns needs a char that most sentences lack: without it, its scan is skipped
        if (w.holdsAny(sentence, " ")) spaced(w, sentence);
        if (w.holdsAny(sentence, "系家")) quotedSeries(w, sentence);
        if (w.holdsAny(sentence, "、")) listedWithModels(w, sentence);
        if (w.holdsAny(sentence, "等")) listPeers(w, sentence);
        if (w.holdsAny(sentence, "(（")) glossed(w, sentence);
    }

    /** A Chinese model name with its version, glossed with its Latin one: 日日新5.0(SenseChat V5), 混元2.0(Hunyuan 2.0). */
    private static final Pattern GLOSSED = Pattern.compile(
            "(\\p{IsHan}{2,6}\\s?\\d+(?:\\.\\d+)?)\\s?[(（]([A-Z][A-Za-z]+(?:[ -]?[A-Za-z]{0,3}\\d+(?:\\.\\d+)?[A-Za-z]*))[)）]");

    private void glossed(RecognitionState w, Span sentence) {
        Matcher m = GLOSSED.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int ha = m.start(1), hb = m.end(1), la = m.start(2), lb = m.end(2);
            // the Chinese name starts after a 的 or a verb the run may hold: 商汤科技的日日新5.0
            int cut = w.s.lastIndexOf('的', hb - 1);
            if (cut >= ha) ha = cut + 1;
            if (hb - ha < 3 || !w.free(la, lb)) continue;
            String latin = m.group(2);
            Entity k = w.knownModel(latin);
            Entity e = k != null ? k : w.mint(EntityKind.MODEL, Slugs.latin(latin), latin, la, lb);
            if (w.free(ha, hb)) w.add(new Found(ha, hb, e.id(), name()), e);
            w.add(new Found(la, lb, e.id(), name()), e);
        }
    }

    /** A Latin name closing a list of models before 等 and a word for models: "LLaMA2 和 Falcon 等开源竞品". */
    private static final Pattern LAST_OF_LIST = Pattern.compile(
            "(?:、|和|与|及|以及|,)\\s?([A-Z][A-Za-z0-9.\\-]{1,20})\\s?等\\s?[\\p{IsHan}]{0,8}?(?:大模型|模型|竞品|产品|对手)");

    private void listPeers(RecognitionState w, Span sentence) {
        Matcher m = LAST_OF_LIST.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b) || notModel.matcher(m.group(1)).matches()) continue;
            int k = m.start();
            while (k > sentence.start() && w.s.charAt(k - 1) == ' ') k--;
            if (w.endingAt(k, EntityKind.MODEL) == null) continue; // the member before must be a model
            String name = m.group(1);
            addModel(w, name, a, b);
        }
    }

    /** A versioned Latin name set off by 、 beside a model: "阿里旗下的 Wan-2.2、Qwen3 Coder". The list is of models. */
    private void listedWithModels(RecognitionState w, Span sentence) {
        Matcher m = LATIN_MODEL.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            String name = m.group(1);
            if (!w.free(a, b) || name.chars().noneMatch(Character::isDigit) || name.chars().noneMatch(Character::isLetter)
                    || CHIP_LIKE.matcher(name).matches() || notModel.matcher(name).matches()) continue;
            if (!modelAcrossComma(w, a, -1) && !modelAcrossComma(w, b, 1)) continue;
            addModel(w, name, a, b);
        }
    }

    /** Whether a model mention stands beyond the 、 next to {@code pos}, looking back (dir -1) or ahead (dir 1). */
    private static boolean modelAcrossComma(RecognitionState w, int pos, int dir) {
        int k = pos;
        if (dir < 0) {
            while (k > 0 && w.s.charAt(k - 1) == ' ') k--;
            if (k == 0 || w.s.charAt(k - 1) != '、') return false;
            k--;
            while (k > 0 && w.s.charAt(k - 1) == ' ') k--;
            return w.endingAt(k, EntityKind.MODEL) != null;
        }
        while (k < w.s.length() && w.s.charAt(k) == ' ') k++;
        if (k == w.s.length() || w.s.charAt(k) != '、') return false;
        k++;
        while (k < w.s.length() && w.s.charAt(k) == ' ') k++;
        for (Found f : w.startingIn(k, k + 1)) {
            Entity e = w.entity(f.entityId());
            if (!f.nested() && e != null && e.kind() == EntityKind.MODEL) return true;
        }
        return false;
    }

    /** A name in quotation marks, then 系列 and a model word: 「Yi」系列开源大模型, “Nova”系列模型. */
    private static final Pattern QUOTED_SERIES = Pattern.compile(
            "[「“\"『]([A-Za-z][A-Za-z0-9.\\-]{0,19}(?: [A-Za-z0-9.\\-]{1,12})?)[」”\"』]\\s?(?:系列|家族)[\\p{IsHan}A-Za-z ]{0,10}?(?:大模型|模型|LLM)");

    private void quotedSeries(RecognitionState w, Span sentence) {
        Matcher m = QUOTED_SERIES.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b) || notModel.matcher(m.group(1)).matches()) continue;
            String name = m.group(1);
            addModel(w, name, a, b);
        }
    }

    /**
     * Whether the text calls a plain word a model from both sides: "新模型Avocado" and "Avocado模型". A capitalised word
     * alone could be anything; a page that puts the model word before it and after it means the model.
     */
    private static boolean calledAModelBothWays(String s, String name) {
        String n = Pattern.quote(name);
        return Pattern.compile("(?:模型|(?<![A-Za-z])model)\\s?" + n + "(?![A-Za-z0-9])").matcher(s).find()
                && Pattern.compile("(?<![A-Za-z0-9])" + n + "\\s?(?:大模型|模型|model(?![A-Za-z]))").matcher(s).find();
    }

    /** "Ling 2.0 系列模型", "launched Nova 3": a name and its version written apart, with a model word after or a release verb before. */
    /** A mention of the model of that name: the gazetteer's when it knows it, else a new one. */
    private void addModel(RecognitionState w, String name, int a, int b) {
        Entity known = w.knownModel(name);
        Entity e = known != null ? known : w.mint(EntityKind.MODEL, Slugs.latin(name), name, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
    }

    private boolean releasedBefore(String before) {
        return releaseBefore.matcher(before).find() || RELEASE_OF.matcher(before).find();
    }

    private void spaced(RecognitionState w, Span sentence) {
        Matcher m = SPACED.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b) || notModel.matcher(m.group(1).split(" ")[0]).matches()) continue;
            String after = w.s.substring(b, Math.min(sentence.end(), b + 10));
            String before = w.s.substring(Math.max(sentence.start(), a - 20), a);
            if (!(modelCueAfter.matcher(after).find() || releasedBefore(before) || MODEL_WORD_BEFORE.matcher(before).find())) continue;
            String name = m.group(1);
            addModel(w, name, a, b);
        }
    }
}
