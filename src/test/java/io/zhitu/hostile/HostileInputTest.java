package io.zhitu.hostile;

import io.zhitu.core.Block;
import io.zhitu.core.Extraction;
import io.zhitu.core.Mention;
import io.zhitu.pipeline.Pipeline;
import io.zhitu.core.Sentence;
import io.zhitu.core.Source;
import io.zhitu.core.Span;
import io.zhitu.core.Statement;
import io.zhitu.core.ZhituException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever bytes a user hands over, the pipeline ends in an {@link Extraction} whose every offset
 * points at what it claims, or in a {@link ZhituException} with a one-line message naming the source,
 * within a time bound; never another exception, never a hang, and the same bytes always give the same result.
 */
class HostileInputTest {
    static final Pipeline PIPELINE = Pipeline.standard();
    static final Duration SMALL = Duration.ofSeconds(10);
    static final Duration MEGABYTE = Duration.ofSeconds(30);

    /** Sentences of the genre, so that hostile bytes sit around text the later stages really work on. */
    static final List<String> PROSE = List.of(
            "阿里巴巴发布了Qwen3模型，该模型采用混合专家架构，总参数2350亿。",
            "百度於6月30日正式開源文心大模型4.5系列，騰訊混元同步發力。",
            "OpenAI released gpt-oss-120b and gpt-oss-20b under the Apache 2.0 license.",
            "月之暗面发布并开源了Kimi K2模型，在LMArena开源榜单上排名第一。",
            "斯坦福HAI发布了《超越DeepSeek：中国开源模型》报告。",
            "DeepSeek, the Hangzhou-based AI startup, released DeepSeek-R1 under the MIT License.",
            "智谱AI推出GLM-4.5系列，其中GLM-4.5-Air总参数1060亿。",
            "Meta's Llama 4 Maverick outperforms GPT-4.1 on several benchmarks, said Sam Altman, CEO of OpenAI.",
            "2025年7月28日 来源：示例科技网", "（作者：李文，示例科技网记者）", "相关新闻", "分享至 12", "版权所有 © 2025");

    static final List<String> NAMES = List.of("a.txt", "page.html", "-", "two\nlines.txt", "tab\tand\rcr.htm",
            "rtl\u202Egnp.txt", "nul\u0000.txt", "bell\u0007.html", "中文名.txt", "", "sep\u2028ara\u2029tor.txt");

    @BeforeContainer
    static void warmUp() {
        // the first document loads HanLP's dictionaries: no try should pay for that under its time bound
        PIPELINE.extract(new Source("warm-up.txt", PROSE.get(0).getBytes(StandardCharsets.UTF_8), null, null));
    }

    // ---------------------------------------------------------------- the contract

    /** Runs one input under a time bound; returns the extraction, or null when it was refused as it should be. */
    static Extraction endsWell(String name, byte[] bytes, Duration limit) {
        Object out = assertTimeoutPreemptively(limit, () -> {
            try {
                return PIPELINE.extract(new Source(name, bytes, null, null));
            } catch (ZhituException e) {
                return e;
            }
        }, () -> ZhituException.oneLine(name) + " (" + bytes.length + " bytes) took longer than " + limit);
        if (out instanceof ZhituException e) {
            assertOneLineNamingTheSource(name, e);
            Statistics.label("outcome").collect("refused: " + e.getMessage().substring(ZhituException.oneLine(name).length() + 2)
                    .replaceAll("\\(.*", "").strip());
            return null;
        }
        Extraction x = (Extraction) out;
        assertOffsetsHold(x);
        Statistics.label("outcome").collect(x.mentions().isEmpty() ? "extracted, no mention" : "extracted, with mentions");
        return x;
    }

    static void assertOneLineNamingTheSource(String name, ZhituException e) {
        String m = e.getMessage();
        assertTrue(m.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'),
                "message is not one line: " + m.replace("\n", "⏎"));
        assertTrue(m.startsWith(ZhituException.oneLine(name) + ": "), "message does not name the source: " + m);
    }

    static void assertOffsetsHold(Extraction x) {
        String text = x.text();
        Set<String> ids = x.entities().stream().map(e -> e.id()).collect(Collectors.toSet());
        for (Mention m : x.mentions()) {
            assertInside(m.span(), text, "mention " + m);
            assertEquals(m.surface(), m.span().cut(text), "surface of " + m);
            assertTrue(ids.contains(m.entityId()), "mention of an unlisted entity: " + m);
        }
        for (Statement s : x.statements()) {
            if (s.evidence() != null) {
                assertInside(s.evidence().span(), text, "evidence of " + s);
                assertTrue(s.evidence().sentence() >= -1 && s.evidence().sentence() < x.sentences().size(), "sentence of " + s);
            }
        }
        for (Sentence s : x.sentences()) assertInside(s.span(), text, "sentence " + s);
        for (Block b : x.article().body()) assertInside(b.span(), text, "block " + b);
        if (x.article().headline() != null) assertInside(x.article().headline(), text, "headline");
        if (x.article().dateline() != null) assertInside(x.article().dateline(), text, "dateline");
    }

    static void assertInside(Span s, String text, String what) {
        assertTrue(s.start() >= 0 && s.end() <= text.length(), what + " lies outside the text of " + text.length() + " chars");
    }

    /** Everything an extraction says, without the source's byte array (a record compares arrays by identity). */
    static List<Object> view(Extraction x) {
        return List.of(x.documentIri(), x.lang(), x.text(), x.article().doc().blocks(), String.valueOf(x.article().headline()),
                String.valueOf(x.article().dateline()), String.valueOf(x.article().date()), x.article().body(), x.sentences(),
                x.entities(), x.mentions(), x.statements(), x.reference(), x.referenceEntities());
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void randomBytes(@ForAll("names") String name, @ForAll("randomBytes") byte[] bytes) {
        endsWell(name, bytes, SMALL);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void randomHtml(@ForAll("names") String name, @ForAll("randomHtml") String html) {
        endsWell(name, html.getBytes(StandardCharsets.UTF_8), SMALL);
        reachesTheRecognizer();
    }

    /** A generator that only ever gets refused tests nothing past the loader: some tries must reach the recogniser. */
    static void reachesTheRecognizer() {
        Statistics.label("outcome").coverage(c -> c.check("extracted, with mentions").count(n -> n > 0));
    }

    @Property(tries = 12, shrinking = ShrinkingMode.BOUNDED)
    void deeplyNestedHtml(@ForAll("nestedHtml") String html) {
        endsWell("nested.html", html.getBytes(StandardCharsets.UTF_8), SMALL);
        reachesTheRecognizer();
    }

    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void megabyteLinesWithoutPunctuation(@ForAll("megabyteLine") String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= 1_000_000);
        endsWell("line.txt", bytes, MEGABYTE);
    }

    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void mixedEncodingsInOneFile(@ForAll("mixedEncodings") byte[] bytes) {
        endsWell("mixed.txt", bytes, SMALL);
        reachesTheRecognizer();
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    void unicodeEdgeCases(@ForAll("names") String name, @ForAll("unicodeEdgeCases") byte[] bytes) {
        endsWell(name, bytes, SMALL);
        reachesTheRecognizer();
    }

    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void mutatedArticles(@ForAll("mutatedArticles") byte[] bytes) {
        endsWell("mutated.txt", bytes, SMALL);
        reachesTheRecognizer();
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void sameBytesGiveTheSameExtraction(@ForAll("anyInput") byte[] bytes, @ForAll("names") String name) {
        Extraction first = endsWell(name, bytes, SMALL);
        Extraction second = endsWell(name, bytes.clone(), SMALL);
        if (first == null || second == null) {
            assertEquals(first == null, second == null, "refused once but not twice");
            return;
        }
        assertEquals(view(first), view(second));
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        // without NUL the binary sniffer lets them through to the decoders and everything after
        Arbitrary<byte[]> noNul = Arbitraries.bytes().between((byte) 1, Byte.MAX_VALUE).array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> highBytes = Arbitraries.integers().between(0x80, 0xFF).map(i -> (byte) (int) i)
                .array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> fewBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> withProse = Combinators.combine(fewBytes, Arbitraries.of(PROSE), fewBytes)
                .as((a, p, b) -> concat(a, p.getBytes(StandardCharsets.UTF_8), b));
        return Arbitraries.oneOf(any, noNul, highBytes, withProse);
    }

    @Provide
    Arbitrary<String> randomHtml() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<li>", "<ul>",
                        "</ul>", "<h1>", "</h1>", "<br>", "<pre>", "</pre>", "<a href='x'>", "</a>", "<table><tr><td>", "</td>",
                        "<article>", "</article>", "<nav>", "<footer>", "<p style='display:none'>", "<div hidden>")),
                Tuple.of(2, Arbitraries.of("<script>", "</script>", "<style>", "</style>", "<!--", "-->",
                        "<![CDATA[", "]]>", "<template>", "<svg>", "<title>", "</title>", "<textarea>", "<noscript>",
                        "<script type='application/ld+json'>{\"datePublished\":\"2025-07-", "<meta charset='gbk'>",
                        "<meta property='og:title' content='Qwen3 <b>", "<time datetime='9999-99-99'>", "<!doctype html>")),
                Tuple.of(2, Arbitraries.of("&amp;", "&lt;", "&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#1114112;",
                        "&#x10FFFF;", "&#x202E;", "&bogus;", "&nbsp;", "&#12288;", "&", "<", ">", "\"", "'", "=", "</", "<!")),
                Tuple.of(3, Arbitraries.of(PROSE)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
        return fragment.list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> nestedHtml() {
        Arbitrary<String> tag = Arbitraries.of("div", "p", "span", "li", "ul", "table", "td", "a", "b", "pre", "blockquote",
                "section", "font", "i", "article");
        return Combinators.combine(tag.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(1, 10_000),
                        Arbitraries.of(true, false), Arbitraries.of(PROSE), Arbitraries.of(true, false))
                .as((tags, depth, close, prose, wrap) -> {
                    StringBuilder b = new StringBuilder(wrap ? "<!doctype html><html><head><title>t</title></head><body>" : "");
                    for (int i = 0; i < depth; i++) b.append('<').append(tags.get(i % tags.size())).append('>');
                    b.append(prose);
                    if (close) for (int i = depth - 1; i >= 0; i--) b.append("</").append(tags.get(i % tags.size())).append('>');
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<String> megabyteLine() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.longs())
                .as((kind, seed) -> megabyteLine(kind, seed));
    }

    /** One megabyte of UTF-8 and no sentence punctuation: ideographs, Latin words, names, hyphen chains, or one letter. */
    static String megabyteLine(int kind, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> names = List.of("Qwen3", "Llama", "GLM-4.5", "DeepSeek", "阿里巴巴", "发布", "模型", "OpenAI", "Kimi K2",
                "超越", "Meta", "the", "released", "李文", "记者");
        StringBuilder b = new StringBuilder(1_000_100);
        int bytes = 0;
        while (bytes < 1_000_000) {
            int from = b.length();
            switch (kind) {
                case 0 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 1 -> b.append(names.get(r.nextInt(names.size()))).append(r.nextBoolean() ? " " : "");
                case 2 -> {
                    b.append((char) ('A' + r.nextInt(26)));
                    for (int i = r.nextInt(8); i > 0; i--) b.append((char) ('a' + r.nextInt(26)));
                    b.append(' ');
                }
                case 3 -> b.append((char) ('a' + r.nextInt(3))).append(r.nextInt(4) == 0 ? '.' : '-');
                default -> b.append('x');
            }
            for (int i = from; i < b.length(); i++) bytes += b.charAt(i) < 0x80 ? 1 : b.charAt(i) < 0x800 ? 2 : 3;
        }
        return b.toString();
    }

    @Provide
    Arbitrary<byte[]> mixedEncodings() {
        Arbitrary<Charset> cs = Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("Big5"),
                Charset.forName("GB18030"));
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(PROSE),
                Arbitraries.of("繁體中文的新聞報導", "简体中文的新闻报道", "通義千問", "月之暗面", "\n", "。"));
        Arbitrary<byte[]> piece = Combinators.combine(text, cs).as((t, c) -> t.getBytes(c));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> concat(l.toArray(new byte[0][])));
    }

    @Provide
    Arbitrary<byte[]> unicodeEdgeCases() {
        Arbitrary<String> odd = Arbitraries.of(
                "\u0301", "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307", "Q\u0336w\u0336e\u0336n\u0336", // combining marks
                "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇨🇳", "\u200D", "\u200C", // ZWJ and emoji
                "\u202E", "\u202D", "\u200F", "\u061C", "مرحبا بالعالم", "שלום", "\u2067abc\u2069", // right to left
                "Ｑｗｅｎ３", "０１２３４５６７８９", "ＡＢＣ", "\u3000", "，。！？", // full width
                "\uFEFF", "\u2028", "\u2029", "\r", "\r\n", "\t", "\u000B", "\f", "\u0085",
                "𠀀𠀁𪚥", "\uFE0F", "\uFFFD", "\uFFFF", "\uE000M1\uE001", "\uE000", "\uE001", "Ǆ", "ﬁ", "İ", "ß");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(4, odd), Tuple.of(4, Arbitraries.of(PROSE)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)),
                Tuple.of(2, Arbitraries.strings().withCharRange(' ', '\uFFFD').ofMaxLength(8)));
        Arbitrary<String> text = piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
        // lone surrogates cannot be written by a correct encoder: put their (invalid) UTF-8 and UTF-16 forms in as bytes
        Arbitrary<byte[]> loneSurrogate = Arbitraries.of(
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB2, (byte) 0xA9}, // CESU-8 pair
                new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        Arbitrary<Integer> surrogates = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1),
                Tuple.of(1, 2));
        Arbitrary<byte[]> utf8 = Combinators.combine(text, loneSurrogate, surrogates, text)
                .as((a, s, n, b) -> {
                    List<byte[]> parts = new ArrayList<>(List.of(a.getBytes(StandardCharsets.UTF_8)));
                    for (int i = 0; i < n; i++) parts.add(s);
                    parts.add(b.getBytes(StandardCharsets.UTF_8));
                    return concat(parts.toArray(new byte[0][]));
                });
        Arbitrary<byte[]> withNul = text.map(t -> (t + "\u0000" + t).getBytes(StandardCharsets.UTF_8)); // refused as binary
        Arbitrary<byte[]> utf16 = text.map(t -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE)));
        Arbitrary<byte[]> utf16LoneSurrogate = text.map(t -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                t.getBytes(StandardCharsets.UTF_16BE), new byte[] {(byte) 0xD8, 0x00, 0x00, 0x41}));
        return Arbitraries.frequencyOf(Tuple.of(8, utf8), Tuple.of(1, withNul),
                Tuple.of(2, utf16), Tuple.of(1, utf16LoneSurrogate));
    }

    /** The articles this project is developed on, as shipped in the test resources. */
    static final List<byte[]> ARTICLES = List.of("/dev/kimi-glm-qwen.zh-Hans.txt", "/dev/deepseek-gpt-oss.en.txt",
            "/dev/ernie-hunyuan.zh-Hant.txt", "/clean/sample-page.zh-Hans.html").stream().map(HostileInputTest::resource).toList();

    static byte[] resource(String path) {
        try (var in = HostileInputTest.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing");
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real article with a few characters dropped or replaced by hostile fragments, now and then a raw byte too. */
    @Provide
    Arbitrary<byte[]> mutatedArticles() {
        List<String> fragments = List.of("\u0000", "\uFEFF", "\n\n", "、Qwen、Llama、GLM".repeat(300), "<div>".repeat(500),
                "《Qwen3》", "Ｑｗｅｎ３", "\u202E", "👩‍💻", "e\u0301", "\r", "。", "发布了", "\uE000M1\uE001", "相关新闻\n", "2025年7月28日");
        return Combinators.combine(Arbitraries.of(ARTICLES), Arbitraries.integers().between(1, 20), Arbitraries.longs())
                .as((article, edits, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StringBuilder t = new StringBuilder(new String(article, StandardCharsets.UTF_8));
                    for (int e = 0; e < edits; e++) {
                        int at = r.nextInt(t.length() + 1);
                        if (r.nextBoolean()) t.delete(at, Math.min(t.length(), at + 1 + r.nextInt(12)));
                        else t.insert(at, fragments.get(r.nextInt(fragments.size())));
                    }
                    byte[] b = t.toString().getBytes(StandardCharsets.UTF_8);
                    if (r.nextInt(8) == 0 && b.length > 0) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                    return b;
                });
    }

    @Provide
    Arbitrary<byte[]> anyInput() {
        return Arbitraries.oneOf(randomBytes(), randomHtml().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                mixedEncodings(), unicodeEdgeCases(), mutatedArticles());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
