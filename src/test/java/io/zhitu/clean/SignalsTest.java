package io.zhitu.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalsTest {
    @Test void weightCountsIdeographsAndWords() {
        assertEquals(4, Signals.weight("開源模型"));
        assertEquals(6, Signals.weight("Open weights, again"));
        assertEquals(6, Signals.weight("采用MIT许可"));
    }

    @Test void sentenceEndings() {
        assertTrue(Signals.endsSentence("他說：“這是開源的。”"));
        assertTrue(Signals.endsSentence("It is open."));
        assertFalse(Signals.endsSentence("美國頂尖智庫如何看待中國開源大模型的崛起"));
    }

    @Test void menusAndBreadcrumbs() {
        assertTrue(Signals.isMenu("網易首頁 > 網易號 > 正文 申請入駐"));
        assertTrue(Signals.isMenu("即時新聞 | 財經 | 科技 | 生活"));
        assertTrue(Signals.isMenu("Home / News / AI"));
        assertTrue(Signals.isMenu("首页 › 正文"));
        assertTrue(Signals.isMenu("首页 新闻 体育 娱乐 财经"));
        assertFalse(Signals.isMenu("By Dana Example, Staff Writer | August 20, 2025"));
        assertFalse(Signals.isMenu("Open weights, open questions: how DeepSeek, OpenAI and Meta license their largest models"));
        assertFalse(Signals.isMenu("支持A/B测试的平台上线"));
    }

    @Test void shareCounters() {
        assertTrue(Signals.isShareCounter("0"));
        assertTrue(Signals.isShareCounter("分享至"));
        assertTrue(Signals.isShareCounter("分享到： 微信 微博 QQ空间"));
        assertTrue(Signals.isShareCounter("Share | Tweet | Email"));
        assertTrue(Signals.isShareCounter("1.2万 评论"));
        assertFalse(Signals.isShareCounter("分享經濟"));
        assertFalse(Signals.isShareCounter("Share prices rose."));
    }

    @Test void keywordSpam() {
        assertTrue(Signals.isSpam("高清图片大全,免费在线观看完整版,精品一区二区三区,国产高清视频,久久精品,人妻无码,在线播放"));
        assertTrue(Signals.isSpam("cheap shoes, nike shoes, shoes outlet, running shoes sale, shoes online, buy shoes now"));
        assertFalse(Signals.isSpam("報告共分6個部分,1.引言:美國對中國AI能力認知正在被現實修正;2.全球擴散:中國開放權重模型已被全球開發者廣泛采用"));
        assertFalse(Signals.isSpam("DeepSeek, the Hangzhou-based AI startup, released DeepSeek-R1 in January 2025 under the MIT License. "
                + "The model has 671 billion parameters in total, of which 37 billion are activated."));
    }

    @Test void disclaimersAndFooters() {
        assertTrue(Signals.isLegal("特別聲明:以上內容(如有圖片或視頻亦包括在內)為自媒體平臺用戶上傳并發布,本平臺僅提供信息存儲服務。"));
        assertTrue(Signals.isLegal("免责声明：本文仅供参考，不构成投资建议。"));
        assertTrue(Signals.isLegal("Notice: The content above is uploaded and posted by a user."));
        assertTrue(Signals.isLegal("Copyright © 2025 Example Media. All rights reserved."));
        assertTrue(Signals.isLegal("本網站所有內容版權所有，未經授權不得轉載"));
        assertFalse(Signals.isLegal("該模型採用Apache 2.0許可證，允許商業使用。"));
        assertTrue(Signals.isLegal("Privacy Policy | Terms of Use | Cookie Policy"));
        assertTrue(Signals.isLegal("关于我们 | 联系我们 | 隐私政策"));
        // a licence named in prose is not a footer link
        assertFalse(Signals.isLegal("Google's Gemma 3, released in March 2025, uses 27 billion parameters and ships under the "
                + "Gemma Terms of Use rather than an OSI-approved licence."));
    }

    @Test void relatedMarkers() {
        for (String s : new String[] {"相關推薦", "熱點推薦", "相关阅读", "延伸閱讀", "猜你喜歡", "熱門推薦", "推荐阅读：", "【相关新闻】",
                "往期回顧 全部", "Related stories", "Read more", "More from Tech", "Recommended", "You may also like"}) {
            assertTrue(Signals.isRelatedMarker(s), s);
        }
        assertFalse(Signals.isRelatedMarker("相關推薦算法在電商平台的應用日益廣泛，引發監管關注。"));
        assertFalse(Signals.isRelatedMarker("二、產業重構:開源模式重塑AI競爭的全球規則"));
        assertFalse(Signals.isRelatedMarker("Recommended models for coding tasks were compared in detail"));
    }

    @Test void bylines() {
        assertTrue(Signals.isByline("（作者：李文，示例科技网记者）"));
        assertTrue(Signals.isByline("責任編輯：陳小明"));
        assertTrue(Signals.isByline("By Dana Example, Staff Writer | August 20, 2025"));
        assertTrue(Signals.isByline("Reporting by Jane Doe; Editing by John Roe"));
        assertTrue(Signals.isByline("馮巖,上海市研發公共服務平臺管理中心(上海市科技人才發展中心)人才事業部。文章觀點不代表主辦機構立場。"));
        assertTrue(Signals.isByline("张明，清华大学人工智能研究院研究员"));
        assertFalse(Signals.isByline("百度於6月30日正式開源文心大模型4.5系列，共10款模型，採用Apache 2.0許可證。"));
        assertFalse(Signals.isByline("By the end of 2025, more than half of new models were open."));
    }

    @Test void bulletsSectionsAndTimestamps() {
        assertTrue(Signals.isBullet("- Five gadgets to buy this autumn"));
        assertTrue(Signals.isBullet("· 国际油价连续三日下跌"));
        assertTrue(Signals.isBullet("・港股收市 恒指跌120點"));
        assertFalse(Signals.isBullet("-5% year on year"));
        assertTrue(Signals.isSectionHeading("一、技術突圍:開源路徑破解算力約束的中國實踐"));
        assertTrue(Signals.isSectionHeading("（二）商业模式"));
        assertFalse(Signals.isSectionHeading("一家公司发布了新模型"));
        assertTrue(Signals.isTimestampOnly("2026-03-22 08:09:41"));
        assertFalse(Signals.isTimestampOnly("2025-07-30 09:15 来源：示例科技网"));
        assertTrue(Signals.isAd("【廣告】夏日優惠 全場八折"));
        assertTrue(Signals.isEndMark("（完）"));
    }
}
