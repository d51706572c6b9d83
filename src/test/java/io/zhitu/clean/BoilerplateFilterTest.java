package io.zhitu.clean;

import io.zhitu.load.ArticleLoader;
import io.zhitu.core.Article;
import io.zhitu.core.Block;
import io.zhitu.core.LoadedDocument;
import io.zhitu.core.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateFilterTest {
    private static final List<String> NEVER_KEPT = List.of("伊朗", "特朗普", "以色列", "分享至", "分享到", "Related stories",
            "熱門推薦", "熱點推薦", "相關推薦", "相关阅读", "相关新闻", "網易首頁", "首页", "Home /", "特別聲明", "Notice:", "人妻",
            "廣告", "Five gadgets", "港股", "油价", "版权所有", "Copyright", "財經 | 科技");

    private final ArticleLoader loader = new ArticleLoader();
    private final BoilerplateFilter filter = new BoilerplateFilter();

    private Article cleanResource(String name) {
        try (InputStream in = getClass().getResourceAsStream("/clean/" + name)) {
            assertNotNull(in, name);
            return filter.clean(loader.load(new Source(name, in.readAllBytes(), null, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Article cleanText(String name, String text) {
        return filter.clean(loader.load(new Source(name, text.getBytes(StandardCharsets.UTF_8), null, null)));
    }

    private static List<String> body(Article a) {
        return a.body().stream().map(b -> b.span().cut(a.doc().text())).toList();
    }

    private static String headline(Article a) {
        return a.headline() == null ? null : a.headline().cut(a.doc().text());
    }

    private static String dateline(Article a) {
        return a.dateline() == null ? null : a.dateline().cut(a.doc().text());
    }

    /** What holds for every article: blocks of the document, in order, headline first, no boilerplate. */
    private static void assertWellFormed(Article a) {
        List<Block> all = a.doc().blocks();
        int last = -1;
        for (Block b : a.body()) {
            int i = all.indexOf(b);
            assertTrue(i > last, "body blocks are document blocks in order: " + b);
            last = i;
        }
        if (a.headline() != null) assertEquals(a.headline(), a.body().get(0).span());
        for (String text : body(a)) {
            for (String bad : NEVER_KEPT) assertFalse(text.contains(bad), "kept '" + bad + "' in: " + text);
        }
    }

    @Test void neteaseSample() {
        Article a = cleanResource("netease-beyond-deepseek.zh-Hant.txt");
        assertWellFormed(a);
        List<String> body = body(a);
        assertEquals("美國頂尖智庫如何看待中國開源大模型的崛起", headline(a));
        assertNull(a.dateline());
        assertNull(a.date());
        assertEquals(17, body.size());
        assertEquals("美國頂尖智庫如何看待中國開源大模型的崛起", body.get(0));
        assertTrue(body.get(1).startsWith("2025年12月,美國斯坦福大學人本人工智能研究所"), body.get(1));
        assertTrue(body.contains("一、技術突圍:開源路徑破解算力約束的中國實踐"));
        assertTrue(body.contains("四、結語:以開放創新推動全球AI治理演進"));
        assertTrue(body.get(15).startsWith("斯坦福大學的這份報告"), body.get(15));
        assertEquals("馮巖,上海市研發公共服務平臺管理中心(上海市科技人才發展中心)人才事業部。文章觀點不代表主辦機構立場。",
                body.get(16));
    }

    @Test void devEnglish() {
        Article a = cleanResource("dev-deepseek-gpt-oss.en.txt");
        assertWellFormed(a);
        List<String> body = body(a);
        assertEquals("Open weights, open questions: how DeepSeek, OpenAI and Meta license their largest models", headline(a));
        assertEquals("August 20, 2025", dateline(a));
        assertEquals("2025-08-20", a.date());
        assertEquals("By Dana Example, Staff Writer | August 20, 2025", body.get(1));
        assertTrue(body.get(2).startsWith("DeepSeek, the Hangzhou-based AI startup"), body.get(2));
        assertEquals("Analysts at Artificial Analysis rank DeepSeek-R1 among the strongest open-weight reasoning models.",
                body.get(body.size() - 1));
        assertEquals(6, body.size());
    }

    @Test void devTraditional() {
        Article a = cleanResource("dev-ernie-hunyuan.zh-Hant.txt");
        assertWellFormed(a);
        List<String> body = body(a);
        assertEquals("百度開源文心大模型4.5系列 騰訊混元同步發力", headline(a));
        assertEquals("2025年7月2日", dateline(a));
        assertEquals("2025-07-02", a.date());
        assertEquals("2025年7月2日 科技版", body.get(1));
        assertTrue(body.get(2).startsWith("百度於6月30日正式開源文心大模型4.5系列"), body.get(2));
        assertEquals("百度創始人兼首席執行官李彥宏今年2月宣布了這項開源計劃。", body.get(body.size() - 2));
        assertEquals("責任編輯：陳小明", body.get(body.size() - 1));
        assertEquals(6, body.size());
    }

    @Test void devSimplified() {
        Article a = cleanResource("dev-kimi-glm-qwen.zh-Hans.txt");
        assertWellFormed(a);
        List<String> body = body(a);
        assertEquals("国产开源大模型七月密集发布：Kimi K2、GLM-4.5 与 Qwen3 各有所长", headline(a));
        assertEquals("2025-07-30 09:15", dateline(a));
        assertEquals("2025-07-30", a.date());
        assertEquals("2025-07-30 09:15 来源：示例科技网", body.get(1));
        assertTrue(body.get(2).startsWith("7月11日，月之暗面发布并开源了Kimi K2模型。"), body.get(2));
        assertEquals("（作者：李文，示例科技网记者）", body.get(body.size() - 1));
        assertEquals(7, body.size());
    }

    @Test void htmlPageWithNavAsideAndFooter() {
        Article a = cleanResource("sample-page.zh-Hans.html");
        assertWellFormed(a);
        List<String> body = body(a);
        assertEquals("阿里开源通义千问新模型 性能比肩闭源旗舰", headline(a)); // the article's h1, not the logo's
        assertEquals("2025-04-29 08:30", dateline(a));
        assertEquals("2025-04-29", a.date());
        assertEquals(List.of(
                "阿里开源通义千问新模型 性能比肩闭源旗舰",
                "2025-04-29 08:30 来源：示例新闻网 作者：王小明",
                "4月29日凌晨，阿里巴巴发布并开源新一代通义千问模型Qwen3系列，共包含8款模型，全部采用Apache 2.0许可证。"
                        + "其中旗舰模型Qwen3-235B-A22B总参数2350亿，激活参数220亿。",
                "据介绍，该系列模型采用混合专家架构，在多项基准测试中的表现接近甚至超过部分闭源模型。"
                        + "开发者可以在Hugging Face和魔搭社区下载模型权重。",
                "推理成本显著下降",
                "阿里方面表示，得益于混合专家架构，新模型的部署成本仅为同等性能稠密模型的三分之一左右，普通开发者也能在消费级显卡上运行较小的版本。",
                "分析人士认为，持续开源正在帮助中国大模型在全球开发者社区中建立影响力。",
                "（责任编辑：张华）"), body);
    }

    @Test void htmlFallsBackToThePageDate() {
        String html = "<html><head><title>OpenAI releases open-weight models | Example News</title>"
                + "<meta property=\"article:published_time\" content=\"2025-08-05T17:00:00Z\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/tech>Tech</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>"
                + "<div><h2>OpenAI releases open-weight models</h2>"
                + "<p>OpenAI released two open-weight language models on Tuesday, the first since GPT-2 in 2019.</p>"
                + "<p>The larger model, gpt-oss-120b, runs on a single 80 GB GPU, the company said in a blog post.</p></div>"
                + "<div class=more><h3>More from Tech</h3><ul><li><a href=/1>Phones get pricier this year, analysts say.</a></li>"
                + "<li><a href=/2>Chip exports hit record.</a></li></ul></div></body></html>";
        Article a = filter.clean(loader.load(new Source("p.html", html.getBytes(StandardCharsets.UTF_8), null, null)));
        assertEquals("OpenAI releases open-weight models", headline(a));
        assertNull(a.dateline());
        assertEquals("2025-08-05", a.date());
        assertEquals(3, a.body().size());
        assertTrue(body(a).get(2).startsWith("The larger model"));
    }

    @Test void englishTextWithReadMoreAndCopyright() {
        Article a = cleanText("a.txt", """
                Menu | World | Business | Technology | Science
                Mistral releases a new open model
                20 May 2025
                Share
                Paris-based Mistral AI released Mistral Medium 3 on Tuesday, saying it matches larger rivals at a lower cost.

                The company did not publish the model's weights, unlike its earlier Mistral 7B and Mixtral releases.

                It said more releases would follow.
                Reporting by Jane Doe; Editing by John Roe
                Read more
                Stocks slip as investors weigh rate outlook.
                Copyright © 2025 Example Media. All rights reserved.
                """);
        assertWellFormed(a);
        assertEquals("Mistral releases a new open model", headline(a));
        assertEquals("20 May 2025", dateline(a));
        assertEquals("2025-05-20", a.date());
        List<String> body = body(a);
        assertEquals("20 May 2025", body.get(1));
        assertEquals("It said more releases would follow.", body.get(body.size() - 2));
        assertEquals("Reporting by Jane Doe; Editing by John Roe", body.get(body.size() - 1));
        assertFalse(body.contains("Stocks slip as investors weigh rate outlook."));
    }

    @Test void newsListWithoutAMarkerIsDropped() {
        Article a = cleanText("b.txt", """
                騰訊發布混元新模型

                騰訊今日發布混元大模型新版本，總參數達到3890億，激活參數520億，採用混合專家架構，並在多項中文基準測試中領先。
                騰訊表示，新模型已通過騰訊雲向企業客戶開放，開發者也可以透過開源社區下載較小的版本進行部署與微調。
                球隊絕殺對手！全場沸騰
                體育快訊
                2026-03-22 08:09:41
                股市收盤 指數小幅上漲
                財經日報
                2026-03-22 09:10:11
                """);
        assertWellFormed(a);
        assertEquals("騰訊發布混元新模型", headline(a));
        assertNull(a.date()); // the list's timestamps are not the article's date
        assertEquals(3, a.body().size());
    }

    @Test void sectionHeadingsInsideTheBodyAreKept() {
        Article a = cleanText("c.txt", """
                人工智能开源生态观察
                一、技术路线
                记者了解到，多家国内企业今年陆续开放了大模型权重，并在代码、数学和多语言任务上取得了较好的成绩，引发海外开发者关注。
                二、商业模式
                与闭源路线不同，开源厂商更多依靠云服务、定制开发和企业部署获得收入，这种模式正在被越来越多的公司采用。
                """);
        assertEquals(List.of("人工智能开源生态观察", "一、技术路线",
                "记者了解到，多家国内企业今年陆续开放了大模型权重，并在代码、数学和多语言任务上取得了较好的成绩，引发海外开发者关注。",
                "二、商业模式",
                "与闭源路线不同，开源厂商更多依靠云服务、定制开发和企业部署获得收入，这种模式正在被越来越多的公司采用。"), body(a));
    }

    @Test void aDocumentWithoutProseHasNoBody() {
        Article a = cleanText("d.txt", "首页 | 新闻 | 科技 | 财经\n分享至\n0\n");
        assertNull(a.headline());
        assertTrue(a.body().isEmpty());
    }

    @Test void aOneParagraphArticleWithADateLineKeepsItsParagraph() {
        Article a = cleanText("one.txt", "2025年7月28日，智谱AI发布了GLM-4.5模型。\n2025-07-28\n");
        assertEquals(List.of("2025年7月28日，智谱AI发布了GLM-4.5模型。"), body(a));
        assertEquals("2025-07-28", a.date());

        Article en = cleanText("one.txt", "DeepSeek released DeepSeek-R1 under the MIT License on January 20, 2025.\nJanuary 20, 2025\n");
        assertEquals(List.of("DeepSeek released DeepSeek-R1 under the MIT License on January 20, 2025."), body(en));

        Article dateFirst = cleanText("one.txt", "2025年7月28日\n智谱AI发布了GLM-4.5模型。\n");
        assertEquals(List.of("2025年7月28日", "智谱AI发布了GLM-4.5模型。"), body(dateFirst));
        assertEquals("2025年7月28日", dateline(dateFirst));
    }

    @Test void aLoneParagraphWithoutFinalPunctuationIsKept() {
        Article a = cleanText("one.txt", "智谱AI在北京发布了新一代开源模型GLM-4.5\n2025-07-28\n");
        assertEquals(List.of("智谱AI在北京发布了新一代开源模型GLM-4.5"), body(a));
    }

    @Test void aDateAloneWithAFullStopIsStillADateline() {
        Article a = cleanText("d.txt", "今天是2025年7月28日。\n"
                + "记者了解到，多家国内企业今年陆续开放了大模型权重，并在代码、数学和多语言任务上取得了较好的成绩，引发海外开发者关注。\n");
        assertEquals("2025-07-28", a.date());
        assertEquals("2025年7月28日", dateline(a));
    }

    @Test void timestampsOfARelatedListDoNotMakeTheHeadlineAListEntry() {
        Article a = cleanText("h.txt", """
                亚马逊云科技开源豆包系列 通义千问同步发力
                2024年9月18日 19:56
                亚马逊云科技于6月30日正式开源豆包系列，共10款模型，采用MIT许可证，其中最大的模型采用混合专家架构。
                责任编辑：周航
                相关推荐
                ・天文台：明日酷热 最高34度
                2024-09-18 05:43:36
                ・港股收市 恒指跌120点
                2024-09-17 08:12:00
                """);
        assertEquals("亚马逊云科技开源豆包系列 通义千问同步发力", headline(a));
        assertEquals("2024年9月18日 19:56", dateline(a));
    }

    @Test void siteNameIsStrippedFromThePageTitle() {
        assertEquals("美國頂尖智庫如何看待中國開源大模型的崛起", BoilerplateFilter.mainPart("美國頂尖智庫如何看待中國開源大模型的崛起 - 網易"));
        assertEquals("阿里开源新模型", BoilerplateFilter.mainPart("阿里开源新模型_新浪科技_新浪网"));
        assertEquals("GLM-4.5 released", BoilerplateFilter.mainPart("GLM-4.5 released | Example"));
    }

    @Test
    void aScrapedPagesOwnHeadlineComesBeforeItsDeckAndATeaserForAnotherStoryIsNone() {
        String page = String.join("\n",
                "date 2025-07-12 Example Lab Unveils Nova-pro-3.0 as Its First Open Model",
                "",
                "By",
                "Example Editors - Dana",
                "",
                "Nova-pro-3.0's scale and design signal a new phase for open models in the region",
                "",
                "On July 11, 2025, Example Lab released Nova-pro-3.0, an open model with 300 billion parameters. "
                        + "The lab said the model was trained on its own cluster over four months, and that it would publish the weights.",
                "Analysts said the release puts Example Lab among the leading open model developers this year, "
                        + "and that the model's licence allows commercial use without fees.");
        Article a = cleanText("deck.txt", page);
        assertEquals("Example Lab Unveils Nova-pro-3.0 as Its First Open Model", headline(a));
        assertNull(a.date(), "a crawler's date tag is page metadata, not the article's dateline");

        String teaser = String.join("\n",
                "專訪｜某作家：世間紛擾，笑話何必求意義",
                "示例實驗室發佈兆參數模型，與同業競爭",
                "示例實驗室於周五發佈了其最新的人工智能模型，該模型擁有超過一兆個參數，並在多項測試中表現出色。",
                "示例實驗室表示，模型將於下月向開發者開放，參數的數量是決定模型準確度的重要因素之一。");
        assertEquals("示例實驗室發佈兆參數模型，與同業競爭", headline(cleanText("teaser.txt", teaser)));
    }

    @Test
    void captionsAppPromptsAndTagsAreNoHeadline() {
        String page = String.join("\n",
                "▲示例模型。（圖／路透）",
                "記者王小明／綜合報導",
                "示例公司近日發布新一代模型，宣稱在多項推理測試中表現接近業界領先的閉源模型，並將開放權重供研究使用。",
                "示例公司表示，新模型採用混合專家架構，訓練成本較前一代大幅下降，開發者可在其平台下載。");
        Article a = cleanText("caption.txt", page);
        assertNull(headline(a), "no line here is a headline: " + headline(a));
        assertTrue(body(a).contains("記者王小明／綜合報導"), "the byline is kept: " + body(a));
    }

    @Test
    void aLastParagraphCutByTheCrawlerStillBelongsToTheArticle() {
        String page = String.join("\n",
                "示例公司發布新一代基座模型",
                "示例公司今日宣布推出新一代基座模型，並表示該模型在多項推理與程式測試中表現接近業界領先的閉源模型。",
                "示例公司上月才發布前一代模型 Nova-4.7，在多個綜合榜單與程式");
        Article a = cleanText("cut.txt", page);
        assertTrue(body(a).contains("示例公司上月才發布前一代模型 Nova-4.7，在多個綜合榜單與程式"), body(a).toString());
        // a last line that reads as furniture is not taken in
        Article b = cleanText("cut2.txt", page.replace("示例公司上月才發布前一代模型 Nova-4.7，在多個綜合榜單與程式", "分享到：微博，微信"));
        assertFalse(body(b).contains("分享到：微博，微信"), body(b).toString());
    }

    @Test
    void aLinkToAnotherStoryUnderALabelIsNotTheArticle() {
        String page = String.join("\n",
                "示例公司發布新一代開源模型",
                "(前情提要:另一家公司財報營收成長超預期,執行長為何不畏對手)",
                "示例公司今日宣布推出新一代開源模型，並表示該模型在多項推理與程式測試中表現接近業界領先的閉源模型。",
                "示例公司表示，新模型採用混合專家架構，訓練成本較前一代大幅下降，開發者可在其平台下載。");
        Article a = cleanText("labelled.txt", page);
        assertTrue(body(a).stream().noneMatch(l -> l.contains("前情提要")), body(a).toString());
    }
}
