package io.zhitu.load;

import io.zhitu.core.Block;
import io.zhitu.core.BlockKind;
import io.zhitu.core.LoadedDocument;
import io.zhitu.core.Source;
import io.zhitu.core.ZhituException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLoaderTest {
    private static final String SIMPLIFIED = "国产开源大模型七月密集发布\n\n"
            + "7月11日，月之暗面发布并开源了Kimi K2模型。该模型采用混合专家架构，总参数量达1万亿，激活参数为320亿。"
            + "业内人士认为，中国公司普遍选择宽松的开源许可证，有助于其模型在全球开发者社区中快速传播。";
    private static final String TRADITIONAL = "百度開源文心大模型 騰訊混元同步發力\n\n"
            + "百度於6月30日正式開源文心大模型4.5系列，共10款模型，採用Apache 2.0許可證。騰訊則在6月底發布混元模型，"
            + "總參數800億、激活參數130億，同樣是混合專家架構。騰訊表示，該模型可在單張中端顯示卡上部署。";

    private final ArticleLoader loader = new ArticleLoader();

    private LoadedDocument load(String name, byte[] bytes) {
        return loader.load(new Source(name, bytes, null, null));
    }

    private static String error(Runnable r) {
        return assertThrows(ZhituException.class, r::run).getMessage();
    }

    private static void assertSpansMatchText(LoadedDocument d, List<String> lines) {
        assertEquals(lines.size(), d.blocks().size(), "blocks " + d.blocks());
        for (int i = 0; i < lines.size(); i++) assertEquals(lines.get(i), d.blocks().get(i).span().cut(d.text()));
    }

    @Test void plainTextKeepsTheTextAndCutsLines() {
        String text = "　標題 \r\n\r\n  第一段。\u00A0\r\n\t第二段！\n";
        LoadedDocument d = load("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, d.text());
        assertFalse(d.html());
        assertSpansMatchText(d, List.of("標題", "第一段。", "第二段！"));
        for (Block b : d.blocks()) {
            assertEquals(BlockKind.PARAGRAPH, b.kind());
            assertEquals(0, b.linkChars());
        }
        assertNull(d.pageTitle());
    }

    @Test void everyBlockOfTheSampleIsItsTrimmedLine() throws java.io.IOException {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/clean/netease-beyond-deepseek.zh-Hant.txt")) {
            bytes = in.readAllBytes();
        }
        String crlf = new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n");
        LoadedDocument d = load("sample.txt", crlf.getBytes(StandardCharsets.UTF_8));
        assertEquals(crlf, d.text());
        List<String> lines = crlf.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertSpansMatchText(d, lines);
        assertEquals("美國頂尖智庫如何看待中國開源大模型的崛起", d.blocks().get(2).span().cut(d.text()));
    }

    @Test void utf8BomIsRemoved() {
        byte[] body = "Title\nBody text.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF; bytes[1] = (byte) 0xBB; bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        LoadedDocument d = load("a.txt", bytes);
        assertEquals("Title\nBody text.", d.text());
        assertSpansMatchText(d, List.of("Title", "Body text."));
    }

    @Test void utf16WithBom() {
        LoadedDocument d = load("a.txt", ("\uFEFF" + TRADITIONAL).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TRADITIONAL, d.text());
    }

    @Test void gbkBytesAreDetected() {
        assertEquals(SIMPLIFIED, load("a.txt", SIMPLIFIED.getBytes(Charset.forName("GBK"))).text());
        assertEquals(SIMPLIFIED, load("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030"))).text());
    }

    @Test void big5BytesAreDetected() {
        assertEquals(TRADITIONAL, load("a.txt", TRADITIONAL.getBytes(Charset.forName("Big5"))).text());
    }

    @Test void traditionalTextInGb18030IsDetected() {
        assertEquals(TRADITIONAL, load("a.txt", TRADITIONAL.getBytes(Charset.forName("GB18030"))).text());
    }

    @Test void forcedEncodingIsUsed() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        assertEquals(TRADITIONAL, loader.load(new Source("a.txt", big5, null, "Big5")).text());
    }

    @Test void forcedUnknownEncoding() {
        assertEquals("a.txt: unknown encoding 'klingon-8'",
                error(() -> loader.load(new Source("a.txt", "x".getBytes(StandardCharsets.UTF_8), null, "klingon-8"))));
    }

    @Test void forcedEncodingThatDoesNotDecode() {
        byte[] bytes = {'a', 'b', (byte) 0xFF, 'c'};
        assertEquals("a.txt: cannot decode as UTF-8 (byte offset 2)",
                error(() -> loader.load(new Source("a.txt", bytes, null, "UTF-8"))));
    }

    @Test void nothingDecodes() {
        byte[] bytes = {'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'b'};
        assertEquals("x.txt: cannot decode (not UTF-8, GB18030 or Big5)", error(() -> load("x.txt", bytes)));
    }

    @Test void emptyFile() {
        assertEquals("e.txt: empty file", error(() -> load("e.txt", new byte[0])));
        assertEquals("-: empty file", error(() -> load("-", "\uFEFF \n\u3000\t\r\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test void binaryBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals("img.txt: binary file, not text or HTML", error(() -> load("img.txt", png)));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertEquals("c.txt: binary file, not text or HTML", error(() -> load("c.txt", controls)));
    }

    @Test void htmlIsRenderedOneLinePerBlock() {
        String html = "<!DOCTYPE html><html><head><title>开源模型 - 示例网</title>"
                + "<meta property=\"article:published_time\" content=\"2025-07-30T09:15:00+08:00\">"
                + "<meta name=\"author\" content=\"李文\"><style>p{color:red}</style></head><body>"
                + "<nav><a href=\"/\">首页</a> | <a href=\"/tech\">科技</a></nav>"
                + "<h1>开源  模型\n发布</h1><div class=\"info\">2025-07-30 <span>来源：示例网</span></div>"
                + "<p>第一段，<a href=\"/k\">Kimi</a> 发布。</p><h2>小标题</h2>"
                + "<ul><li><a href=\"/x\">相关新闻</a></li></ul><script>var x = '<p>no</p>';</script>"
                + "<form><input name=q><button>搜索</button></form><p>第二&nbsp;段<br>换行后。</p>"
                + "<table><tr><td>表格</td></tr></table></body></html>";
        LoadedDocument d = load("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.html());
        assertEquals("首页 | 科技\n开源 模型 发布\n2025-07-30 来源：示例网\n第一段，Kimi 发布。\n小标题\n相关新闻\n第二 段\n换行后。\n表格",
                d.text());
        assertSpansMatchText(d, List.of("首页 | 科技", "开源 模型 发布", "2025-07-30 来源：示例网", "第一段，Kimi 发布。",
                "小标题", "相关新闻", "第二 段", "换行后。", "表格"));
        List<BlockKind> kinds = d.blocks().stream().map(Block::kind).toList();
        assertEquals(List.of(BlockKind.OTHER, BlockKind.TITLE, BlockKind.OTHER, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.OTHER), kinds);
        List<Integer> links = d.blocks().stream().map(Block::linkChars).toList();
        assertEquals(List.of(4, 0, 0, 4, 0, 4, 0, 0, 0), links);
        assertEquals("开源模型 - 示例网", d.pageTitle());
        assertEquals("2025-07-30", d.pageDate());
        assertEquals("李文", d.pageAuthor());
    }

    @Test void htmlMetadataFallbacks() {
        String html = "<html><head><meta property=\"og:title\" content=\"OG title\"><title>T</title>"
                + "<meta name=\"author\" content=\"https://example.com/me\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025/8/20 10:00\"}</script>"
                + "</head><body><p>Text.</p><time datetime=\"2024-01-01\">Jan 1</time></body></html>";
        LoadedDocument d = load("p.htm", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("OG title", d.pageTitle());
        assertEquals("2025-08-20", d.pageDate());
        assertNull(d.pageAuthor());
    }

    @Test void htmlIsSniffedWithoutAnHtmlName() {
        LoadedDocument d = load("-", "\n  <div><p>Hello <b>world</b>.</p></div>".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.html());
        assertEquals("Hello world.", d.text());
    }

    @Test void htmlMetaCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"big5\"></head><body><p>" + TRADITIONAL + "</p></body></html>";
        LoadedDocument d = load("p.html", html.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL.replace("\n\n", " "), d.text());
    }

    @Test void hiddenElementsAreNotRendered() {
        String html = "<body><div style=\"display: none\">色情 广告 关键词</div><p>正文。</p></body>";
        assertEquals("正文。", load("p.html", html.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test void htmlWithoutText() {
        String html = "<html><head><title>空</title><script>x()</script></head><body><div> </div><img src=a.png></body></html>";
        assertEquals("p.html: HTML page has no text", error(() -> load("p.html", html.getBytes(StandardCharsets.UTF_8))));
    }
}
