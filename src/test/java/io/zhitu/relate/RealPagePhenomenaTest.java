package io.zhitu.relate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zhitu.relate.RelationRulesTest.statements;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The ways real pages write facts that text written like the sample does not: each test shows one phenomenon with
 * a sentence written for it (no page text), and where it matters, the near sentence that must state nothing.
 */
class RealPagePhenomenaTest {

    private static void has(List<String> s, String statement) {
        assertTrue(s.stream().anyMatch(x -> x.startsWith(statement + " [")), () -> "missing " + statement + " in " + s);
    }

    private static List<String> entities(String text) {
        return RelationRulesTest.RECOGNIZER.recognize(new io.zhitu.normalize.Normalizer().normalize(io.zhitu.TestDocs.article(text)))
                .mentions().stream().map(m -> m.entityId()).distinct().toList();
    }

    private static void some(List<String> s, String prefix) {
        assertTrue(s.stream().anyMatch(x -> x.startsWith(prefix)), () -> "nothing like " + prefix + " in " + s);
    }

    private static void hasNo(List<String> s, String prefix) {
        assertTrue(s.stream().noneMatch(x -> x.startsWith(prefix)), () -> "unexpected " + prefix + " in " + s);
    }

    @Test
    void spacesBetweenScriptsAsTaiwanAndHongKongWriteThem() {
        has(statements("騰訊的 Hunyuan-Large 模型表現亮眼。"), "model/hunyuan-large developedBy org/tencent");
        has(statements("測試顯示它優於 MoonShot AI 的 Kimi K2。"), "model/kimi-k2 developedBy org/moonshot");
    }

    @Test
    void versionsAreReadToTheirEnd() {
        List<String> s = statements("OpenAI 的 GPT-4.5 參數眾多,阿里巴巴的Qwen2.5-Max 也未開源。");
        has(s, "model/gpt-4.5 developedBy org/openai");
        has(s, "model/qwen2.5-max developedBy org/alibaba");
        hasNo(s, "model/gpt-4 ");
    }

    @Test
    void aNameAloneStatesNoFamilyAndNoParent() {
        List<String> s = statements("百度发布了ERNIE-4.5-300B-A47B。Google DeepMind's Gemma 3 27b is open.");
        hasNo(s, "model/ernie-4.5-300b-a47b partOfFamily");
        hasNo(s, "org/google-deepmind parentOrganization");
        // a unit named inside its organisation's name is that organisation's part
        has(statements("清華大學知識工程實驗室孵化了多家公司。"), "org/tsinghua-keg parentOrganization org/tsinghua-university");
    }

    @Test
    void aTeamNamedWithItsOrganisationAndANewModelWithoutDigits() {
        List<String> s = statements("近日,美团LongCat团队开源了 LongCat-Audio-Mini,一款12B MoE大模型。");
        has(s, "org/meituan-longcat-team parentOrganization org/meituan");
        has(s, "model/longcat-audio-mini developedBy org/meituan-longcat-team");
        has(statements("美团LongCat团队开源12B MoE大模型LongCat-Audio-Mini。"), "model/longcat-audio-mini totalParameters 12000000000");
        // a hyphenated English word is not a model
        hasNo(statements("该团队开源了 Open-Source 模型工具。"), "model/open-source");
    }

    @Test
    void listsUnderCountryWords() {
        List<String> s = statements("Chinese AI firms like DeepSeek, Alibaba and Baidu have open-sourced models.");
        has(s, "org/deepseek country country/china");
        has(s, "org/alibaba country country/china");
        has(s, "org/baidu country country/china");
        has(statements("Baidu, the Chinese search giant, opened its model."), "org/baidu country country/china");
        has(statements("中國科技巨頭阿里巴巴發佈了新模型。"), "org/alibaba country country/china");
        has(statements("美國的人工智能開發商OpenAI本周發表新模型。"), "org/openai country country/usa");
    }

    @Test
    void aModelFromAStartupNamedWithItsCountry() {
        has(statements("The best open model is Kimi K2 from Chinese startup Moonshot AI."), "model/kimi-k2 developedBy org/moonshot");
        has(statements("It trails Mistral Small 2506 from France’s Mistral AI."), "model/mistral-small-2506 developedBy org/mistral-ai");
    }

    @Test
    void theOrganisationsOwnModelByItsOrAPossessiveWithAdjectives() {
        has(statements("Baidu, the Chinese search giant, said it will open its Ernie model to developers."), "model/ernie developedBy org/baidu");
        has(statements("The specifics of OpenAI's latest open-weight models, the gpt-oss-20b and gpt-oss-120b, are known."),
                "model/gpt-oss-20b developedBy org/openai");
        // "its" with another organisation between has no single referent
        hasNo(statements("Alibaba praised Tencent, and its Hunyuan model."), "model/hunyuan developedBy org/alibaba");
    }

    @Test
    void quotedMembersOfAListAfterARelease() {
        List<String> s = statements("OpenAI新推出的兩款模型為「gpt-oss-120b」和「gpt-oss-20b」。");
        has(s, "model/gpt-oss-120b developedBy org/openai");
        has(s, "model/gpt-oss-20b developedBy org/openai");
    }

    @Test
    void anAnaphorForTwoModelsNeedsAListOfTwo() {
        List<String> s = statements("gpt-oss-120b的表現接近o4-mini,gpt-oss-20b則接近o3-mini。OpenAI原計劃提早發布這兩個新模型。");
        hasNo(s, "model/o4-mini developedBy");
        hasNo(s, "model/o3-mini developedBy");
        s = statements("OpenAI has two models, the gpt-oss-20b and gpt-oss-120b. These models are released under the Apache 2.0 license.");
        has(s, "model/gpt-oss-20b license license/apache-2.0");
        has(s, "model/gpt-oss-120b license license/apache-2.0");
    }

    @Test
    void fallingBehindIsTheOtherBeatingIt() {
        has(statements("MiniMax-M1-40k取得48.2%的成绩,这一成绩略逊于DeepSeek-R1-0528的51.0%。"),
                "model/deepseek-r1-0528 outperforms model/minimax-m1-40k");
        // across a further clause the one behind is not the last model named
        hasNo(statements("MiniMax-M1超越了Claude Opus 4,全球排名第二,仅落后于Gemini 2.5 Pro。"),
                "model/gemini-2.5-pro outperforms model/claude-opus-4");
    }

    @Test
    void aLeaderboardShowsAModelFirst() {
        has(statements("LMArena最新榜單顯示，騰訊旗下混元圖像3.0在參評的十餘款模型中位居第一。"),
                "model/hunyuanimage-3.0 rankedFirstOn benchmark/chatbot-arena");
    }

    @Test
    void peopleWithTheirPostsAndBylinesOfTaiwanAndHongKong() {
        has(statements("张伟此前在阿里担任M6大模型的技术负责人。"), "person/zhang-wei affiliation org/alibaba");
        List<String> s = statements("Dana Lee, associate professor of computer science at the University of Southern California, said so.");
        has(s, "person/dana-lee affiliation org/usc");
        has(s, "person/dana-lee jobTitle associate professor of computer science");
    }

    @Test
    void aShortNameBesideItsDeveloperOrAfterTheFullName() {
        has(statements("DeepSeek's R1 surprised the industry."), "model/deepseek-r1 developedBy org/deepseek");
        List<String> s = statements("MiniMax发布了MiniMax-M1。M1在长上下文任务中超越了Claude Opus 4。");
        has(s, "model/minimax-m1 outperforms model/claude-opus-4");
        // a short name nothing in the text defines stays unread
        hasNo(statements("M1在测试中超越了Claude Opus 4。"), "model/minimax-m1");
    }

    @Test
    void aLongerNameIsNotCutToAKnownPrefix() {
        List<String> s = statements("DeepSeek开源了DeepSeek-R1-Zero,总参数6710亿。");
        hasNo(s, "model/deepseek-r1 ");
        has(s, "model/deepseek-r1-zero totalParameters 671000000000");
        s = statements("腾讯混元Large模型总参数量400B。");
        hasNo(s, "model/hunyuan totalParameters");
        has(s, "model/hunyuan-large totalParameters 400000000000");
        // the same name twice is not a variant
        has(statements("阿里巴巴的通义千问Qwen表现突出。"), "model/qwen developedBy org/alibaba");
    }

    @Test
    void aNameWithAParameterSizeIsAModelWithoutACue() {
        has(statements("Example Lab的Nova-OSS-36B-Base表现突出。"), "model/nova-oss-36b-base developedBy org/example-lab");
    }

    @Test
    void partnersAndOutletsAreNotDevelopersAndOpinionsAreNotResults() {
        hasNo(statements("科大讯飞联合华为发布了星火X1。"), "model/spark-x1 developedBy org/huawei");
        hasNo(statements("据CNBC报道,阿里巴巴上架了Qwen3。"), "model/qwen3 developedBy org/cnbc");
        hasNo(statements("Qwen3被用户认为在理解力上超过了Claude Opus 4。"), "model/qwen3 outperforms");
    }

    @Test
    void outletsOpeningTheText() {
        List<String> s = statements("IT之家 6 月 3 日消息,阿里巴巴发布了Qwen3的新版本。");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("_document publisher org/")), s.toString());
    }

    @Test
    void aListAfterAComparisonMayNameEachMembersOwner() {
        List<String> s = statements("測試中 Qwen3-Max 勝過 Google 的 Gemini 2.5 Pro、Anthropic 的 Claude Opus 4 的舊版本以及 DeepSeek V3.1。");
        has(s, "model/qwen3-max outperforms model/gemini-2.5-pro");
        has(s, "model/qwen3-max outperforms model/claude-opus-4");
        has(s, "model/qwen3-max outperforms model/deepseek-v3.1");
        // a release's list takes no owner: Anthropic's model is not Alibaba's
        hasNo(statements("阿里巴巴发布了Qwen3、Anthropic的Claude Opus 4。"), "model/claude-opus-4 developedBy org/alibaba");
    }

    @Test
    void membershipSaidInWords() {
        has(statements("阿里巴巴推出 Qwen-3-Max-Preview。該新模型歸屬於 Qwen3 系列。"), "model/qwen3-max-preview partOfFamily model/qwen3");
        has(statements("Qwen3-Coder belongs to the Qwen3 family."), "model/qwen3-coder partOfFamily model/qwen3");
    }

    @Test
    void oneOfACountrysCompanies() {
        has(statements("Zhipu AI, one of the oldest of China’s AI unicorns, raised funds."), "org/zhipu country country/china");
    }

    @Test
    void aLaunchSentenceWithItsRankAndWhatItBeat() {
        List<String> s = statements("Zhipu AI launched GLM-5, a model that quickly took the #1 spot on Chatbot Arena, "
                + "outperforming rivals including GPT-4.5 and Claude Opus 4.");
        has(s, "model/glm-5 rankedFirstOn benchmark/chatbot-arena");
        has(s, "model/glm-5 outperforms model/gpt-4.5");
        has(s, "model/glm-5 outperforms model/claude-opus-4");
    }

    @Test
    void unitsAnOrganisationSetUpAndModelsNamedAfterTheWordModel() {
        List<String> s = statements("Tencent has set up two new units — the Speech Model Department and the Agent Platform Department.");
        assertTrue(s.stream().filter(x -> x.contains("parentOrganization org/tencent")).count() == 2, s.toString());
        s = statements("Tencent introduced the new model TurboS this spring.");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("model/turbos developedBy org/tencent")), s.toString());
    }

    @Test
    void anEditorInBracketsAfterTheOutletsDateline() {
        List<String> s = statements("《科创板日报》3 月 2 日讯(编辑 王小明) 今日,一家大模型公司递交了上市申请。");
        has(s, "_document publisher org/star-market-daily");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("_document author person/")), s.toString());
    }

    @Test
    void aTickersMarketIsNoCountryAndAVersionIsNoTicker() {
        List<String> s = statements("Meta(META-US)首席科学家杨立昆出席了会议。GLM-5 uses a Mixture-of-Experts architecture.");
        hasNo(s, "org/meta country");
        has(s, "model/glm-5 architecture https://w3id.org/zhitu/ontology#MixtureOfExperts");
    }

    @Test
    void aPersonsCompanyAndAModelToppled() {
        has(statements("Musk’s xAI launched Grok 3 on Monday."), "person/elon-musk affiliation org/xai");
        has(statements("Grok 3 toppled the former leader Gemini 2.0 Flash on the board."), "model/grok-3 outperforms model/gemini-2.0-flash");
    }

    @Test
    void bylinesOnTheirOwnLinesAndAnOutletsDateline() {
        List<String> s = statements("智东西\n作者 | 李小华\n智东西5月8日报道,今天,腾讯发布了混元T1的新版本。");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("_document author person/")), s.toString());
        has(s, "_document publisher org/zhidongxi");
    }

    @Test
    void aCompanysNameWithASizeIsItsModelAndALongerSecondTitle() {
        has(statements("百川智能发布了第一款大模型Baichuan-7B。"), "model/baichuan-7b developedBy org/baichuan");
        List<String> s = statements("商湯聯合創始人兼大裝置事業群總裁楊帆表示,明年將擴大算力投入。");
        assertTrue(s.stream().anyMatch(x -> x.contains("jobTitle 聯合創始人兼大裝置事業群總裁")), s.toString());
    }

    @Test
    void anArticleInsideAWordIsNoArticle() {
        hasNo(statements("腾讯混元发布了首个Hybrid-Transformer-Mamba MoE大模型TurboS。"), "model/hunyuan architecture");
    }

    @Test
    void latinNamesGluedToChineseAndAppsNamedAfterModels() {
        List<String> s = statements("多位OpenAI科学家Alan Park、Maria Chen加入了新团队。");
        has(s, "person/alan-park affiliation org/openai");
        has(s, "person/maria-chen affiliation org/openai");
        hasNo(statements("The models are available in Alibaba’s Qwen Chat app."), "model/qwen developedBy");
    }

    @Test
    void aFamilyNamedByItsMembers() {
        has(statements("Wan2.2-T2V-A14B is open. Wan2.2 tops the Chatbot Arena leaderboard."), "model/wan2.2 rankedFirstOn benchmark/chatbot-arena");
        // without a member named in full, the head alone is no name
        hasNo(statements("Wan2.2 tops the Chatbot Arena leaderboard."), "model/wan2.2");
    }

    @Test
    void aTitleAloneIsATitleWordNotTheClauseBeforeIt() {
        has(statements("林志远将直接向总裁刘炽平汇报。"), "person/martin-lau jobTitle 总裁");
        hasNo(statements("此时执行长祖克柏正在重组部门。"), "person/mark-zuckerberg jobTitle");
    }

    @Test
    void aFounderByTheVerb() {
        has(statements("2013年,梁文锋与同学共同创立了幻方量化。"), "person/liang-wenfeng affiliation org/high-flyer");
    }

    @Test
    void parameterCountsWrittenAsCompounds() {
        has(statements("Zhipu AI released GLM-5, a 500-billion-parameter model, on Tuesday."), "model/glm-5 totalParameters 500000000000");
        has(statements("DeepSeek unveiled the 671B-parameter DeepSeek-V3 last year."), "model/deepseek-v3 totalParameters 671000000000");
        // a name's own size is no count the text states
        hasNo(statements("Alibaba released Qwen3-235B-A22B."), "model/qwen3-235b-a22b totalParameters");
    }

    @Test
    void newFamiliesWrittenAsNameAndVersionOrWithTheirCounts() {
        List<String> s = statements("蚂蚁集团的 Nova 2.0 系列模型陆续亮相;Nova-mini-2.0 总参数 160 亿,每个 Token 仅激活 14 亿参数。");
        has(s, "model/nova-2.0 developedBy org/ant-group");
        has(s, "model/nova-mini-2.0 totalParameters 16000000000");
        has(s, "model/nova-mini-2.0 activeParameters 1400000000");
    }

    @Test
    void itsModelDescribedAndAShareOfAScoreIsNoWin() {
        has(statements("xAI 計劃在其最新大型語言模型 Grok 5 上線後開放測試。"), "model/grok-5 developedBy org/xai");
        hasNo(statements("Mistral Medium 3 exceeds 85% of Claude Sonnet 3.7 on coding tests."), "model/mistral-medium-3 outperforms");
    }

    @Test
    void aModelInAppositionAndAPersonOfAnOrganisation() {
        has(statements("Kimi K2, Moonshot AI's latest open-source model, was released in July."), "model/kimi-k2 developedBy org/moonshot");
        has(statements("Google's Sundar Pichai said the model is ready."), "person/sundar-pichai affiliation org/google");
        List<String> s = statements("Alibaba's chief executive Eddie Wu spoke on Tuesday.");
        has(s, "person/eddie-wu affiliation org/alibaba");
        has(s, "person/eddie-wu jobTitle chief executive");
    }

    @Test
    void aChineseNameThenItsLatinNameAreOneListForTheDeveloper() {
        List<String> s = statements("蚂蚁集团百灵大模型 Nova 2.0 系列模型陆续亮相。");
        has(s, "model/ling developedBy org/ant-group");
        has(s, "model/nova-2.0 developedBy org/ant-group");
    }

    @Test
    void aCountGivenWithYi() {
        has(statements("Qwen3-32B以320亿参数实现了接近旗舰模型的效果。"), "model/qwen3-32b totalParameters 32000000000");
    }

    @Test
    void aPronounOpeningAClauseIsThePersonJustNamed() {
        has(statements("梁文锋早年在浙江求学。毕业后,他加入了幻方量化。"), "person/liang-wenfeng affiliation org/high-flyer");
        // 他 inside a word (其他, 他们) is no pronoun
        hasNo(statements("梁文锋表示,其他公司加入了幻方量化。"), "person/liang-wenfeng affiliation");
    }

    @Test
    void aTitledNameThatAnnouncesAndAKoreanGivenName() {
        has(statements("火山引擎总裁谭待宣布,豆包大模型的使用量增长了十倍。"), "person/tan-dai affiliation org/volcano-engine");
        has(statements("Lee Jin-sik, leader of the EXAONE Lab at LG AI Research, said the model ranks well."), "person/lee-jin-sik jobTitle leader");
    }

    @Test
    void aShortNameInAListAfterItsSiblingAndAModelDescribedAsTheOrganisations() {
        List<String> s = statements("DeepSeek 去年先后发布了 DeepSeek V3 和 R1 两款模型。");
        has(s, "model/deepseek-v3 developedBy org/deepseek");
        has(s, "model/deepseek-r1 developedBy org/deepseek");
        has(statements("Nemotron is NVIDIA’s family of open models."), "model/nemotron developedBy org/nvidia");
        has(statements("Google 旗舰开放模型 Gemma 今日更新。"), "model/gemma developedBy org/google");
        hasNo(statements("OpenAI 对标模型 Gemma 发布了新版。"), "model/gemma developedBy org/openai");
    }

    @Test
    void aNameOnceConfirmedIsThatNameThroughoutAndTickersInAList() {
        List<String> s = statements("腾讯任命研究员林志远出任首席科学家。根据林志远的个人页面,他曾任职于 Google(GOOGL-US)、微软 (MSFT-US)。");
        has(s, "person/lin-zhiyuan affiliation org/google");
        has(s, "person/lin-zhiyuan affiliation org/microsoft");
    }

    @Test
    void aPersonGlossedWithALatinNameIsOnePersonUnderBoth() {
        List<String> s = statements("百度以高薪挖来了谷歌AI团队的钱若林(Ruolin Qian)。");
        has(s, "person/ruolin-qian affiliation org/baidu");
        has(s, "person/ruolin-qian affiliation org/google");
        // a transliteration joined by any of the dots news use, cut after the title before it
        has(statements("由Scale AI前首席执行官亚历山德拉・王(Alexandr Wang)出任新职。"), "person/alexandr-wang affiliation org/scale-ai");
        // the Latin names listed after a glossed person are persons too
        has(statements("百度挖来了孙若(Ruo Sun)、Mia Chen等人。"), "person/mia-chen affiliation org/baidu");
        // an organisation glossed the same way is no person
        hasNo(statements("月之暗面(Moonshot AI)的杨植麟发言。"), "person/moonshot-ai");
    }

    @Test
    void countsWithThousandsSeparatorsActiveAsTaiwanWritesItAndTrillionsAsZhao() {
        List<String> s = statements("Llama 4 Scout 擁有 170 億有效參數和 4,000 億總參數。");
        has(s, "model/llama-4-scout totalParameters 400000000000");
        has(s, "model/llama-4-scout activeParameters 17000000000");
        hasNo(s, "model/llama-4-scout totalParameters 0");
        has(statements("Kimi K2 總參數達 1 兆。"), "model/kimi-k2 totalParameters 1000000000000");
    }

    @Test
    void mitIsTheLicenceOnlyBesideALicenceWord() {
        has(statements("微软的 Phi-4 以 MIT 许可开源。"), "model/phi-4 license license/mit");
        has(statements("中国开发者普遍采用Apache 2.0、MIT等宽松许可条款。DeepSeek-R1采用MIT许可。"), "model/deepseek-r1 license license/mit");
        has(statements("王东(Dong Wang)曾任职于MIT。"), "person/dong-wang affiliation org/mit");
        List<String> s = statements("王东(Dong Wang)曾任职于MIT,参与的项目以 Apache 2.0 许可开源。");
        assertTrue(s.stream().noneMatch(x -> x.contains("license/mit")), s::toString);
    }

    @Test
    void aTeamNamedOnlyByGenericWordsIsNoOrganisation() {
        hasNo(statements("小米延揽了李四,掌理大语言模型团队。"), "org/da-yu-yan-mo-xing-tuan-dui");
        hasNo(statements("他加入了苹果的模型团队。"), "org/mo-xing-tuan-dui");
    }

    @Test
    void unknownNamesConfirmedByAPostTakenOrATitleAndADash() {
        List<String> s = statements("示例科技邀请28岁、曾任职OpenAI的姚远帆出任首席科学家。");
        has(s, "person/yao-yuanfan affiliation org/openai");
        has(s, "person/yao-yuanfan jobTitle 首席科学家");
        has(statements("另一边,则是其公布的新董事长——印东林。此后,印东林加入了百度。"), "person/yin-donglin affiliation org/baidu");
    }

    @Test
    void hiresAndFormerMembersAreAffiliations() {
        List<String> s = statements("阿里巴巴以数亿元挖来了腾讯AI团队的何小明(Xiaoming He)。");
        has(s, "person/xiaoming-he affiliation org/alibaba");
        has(s, "person/xiaoming-he affiliation org/tencent");
        has(statements("曾参与DeepSeek核心研发的罗东明(Dongming Luo)加入了小米。"), "person/dongming-luo affiliation org/deepseek");
        has(statements("1997年,乔布斯回归苹果。"), "person/steve-jobs affiliation org/apple");
        has(statements("《金融时报》记者王小东就已嗅到异样。"), "person/wang-xiaodong affiliation org/financial-times");
    }

    @Test
    void anEnglishAppositiveWithAPossessiveTitle() {
        List<String> s = statements("It was a busy week. Joe Tsai, Alibaba’s chair, said the firm would work with Apple.");
        has(s, "person/joe-tsai affiliation org/alibaba");
        has(s, "person/joe-tsai jobTitle chair");
    }

    @Test
    void aChineseModelNameIntroducedByModelAndVersion() {
        List<String> s = statements("阿里推出的视频模型万相 2.1 在评测中碾压 Sora 等国际竞品。");
        has(s, "model/wan-xiang-2.1 developedBy org/alibaba");
        has(s, "model/wan-xiang-2.1 outperforms model/sora");
        hasNo(s, "model/sora developedBy org/alibaba");
        hasNo(statements("该模型参数 2 倍于前代。"), "model/can-shu");
    }

    @Test
    void aDeveloperNamedRightBeforeItsModel() {
        List<String> s = statements("後者定位則類似於 OpenAI GPT-4o 與 Google Gemini 2.0 Flash。");
        has(s, "model/gpt-4o developedBy org/openai");
        has(s, "model/gemini-2.0-flash developedBy org/google");
    }

    @Test
    void itOpeningASentenceIsTheOneModelOfTheSentenceBefore() {
        has(statements("The best open model is Kimi K2 from Moonshot AI. It is built on a mixture of experts architecture "
                + "with a total of 1 trillion parameters."), "model/kimi-k2 totalParameters 1000000000000");
        // two models before it: no single referent
        hasNo(statements("Kimi K2 beat GPT-4o in tests. It has 2 trillion parameters."), "model/kimi-k2 totalParameters");
    }

    @Test
    void formerEmployersInEnglishAppositivesAndListsJoinedByAnd() {
        List<String> s = statements("Founded by John Roe, a former DeepMind researcher, alongside ex-Meta researchers Timothée Dubois and Paul Martin, the lab grew.");
        has(s, "person/john-roe affiliation org/google-deepmind");
        has(s, "person/timothee-dubois affiliation org/meta");
        has(s, "person/paul-martin affiliation org/meta");
    }

    @Test
    void aPersonReturningToAnOrganisationOrLeadingIt() {
        has(statements("王东(Dong Wang),已原则上达成协议重返OpenAI。"), "person/dong-wang affiliation org/openai");
        hasNo(statements("在董事会和微软首席执行官纳德拉的支持下,我期待重返OpenAI。"), "person/satya-nadella affiliation org/openai");
        has(statements("由王东(Dong Wang)联合领导的斯坦福大学以人为本人工智能研究所发布了报告。"), "person/dong-wang affiliation org/stanford-hai");
        List<String> t = statements("颇为巧合的是,正式出任百度董事长之前,王东(Dong Wang)已在幕后布局。");
        has(t, "person/dong-wang affiliation org/baidu");
        has(t, "person/dong-wang jobTitle 董事长");
    }

    @Test
    void aTitledNameTheTextRepeatsIsAPerson() {
        has(statements("百度董事长蔡明远亲自督军。蔡明远一路走来的理念是留住人才。蔡明远引领技术创新。"),
                "person/cai-mingyuan affiliation org/baidu");
        // once only, with no speech verb: not trusted
        hasNo(statements("百度董事长蔡明远亲自督军。"), "person/cai-mingyuan");
    }

    @Test
    void transliteratedNamesGlossedInLatinAfterATitle() {
        List<String> s = statements("蘋果AI策略副總裁詹南德里亞（John Giannandrea）負責此事。");
        has(s, "person/john-giannandrea affiliation org/apple");
        hasNo(s, "person/zhan-nan");
        // a space before the bracket, and a surname that would complete the title (主管 + 杜平)
        some(statements("蘋果多名AI工程師岡特 （Tom Gunter）跳槽。"), "person/tom-gunter affiliation org/apple");
        has(statements("蘋果AI基礎設施主管杜平（Benoit Dupin）負責此事。"), "person/benoit-dupin jobTitle AI基礎設施主管");
        // a verb between the title and the name makes the run too long for the Latin name: the surname reading wins
        assertTrue(entities("专家组评审王五(Wu Wang)表示同意。").contains("person/wu-wang"));
    }

    @Test
    void latinNamesByAGivenNameOrAPinyinShapeConfirmedByTheSurnameAlone() {
        List<String> s = statements("Tencent itself appointed Zhou Mingxuan, 33, as chief scientist last year. "
                + "Zhou previously worked at Example Research.");
        has(s, "person/zhou-mingxuan affiliation org/tencent");
        has(s, "person/zhou-mingxuan jobTitle chief scientist");
        has(s, "person/zhou-mingxuan affiliation org/example-research");
        // a pinyin shape whose surname never stands alone is no one: Hong Kong
        hasNo(statements("Hong Kong startups said Example Research leads."), "person/");
        has(statements("過去曾領導示例科技AI團隊的Frank Roe，將加入Meta。"), "person/frank-roe affiliation org/meta");
        List<String> j = statements("A former OpenAI researcher, Zhao Yiran joined Tencent in May as chief AI scientist. Zhao said so.");
        has(j, "person/zhao-yiran affiliation org/openai");
        has(j, "person/zhao-yiran jobTitle chief AI scientist");
    }

    @Test
    void benchmarksNamedByTheWordsAroundThem() {
        List<String> s = entities("示例模型在 FooBench、BarQA-Pro (2025) 等评测集上超越了GPT-4o。");
        assertTrue(s.containsAll(List.of("benchmark/foobench", "benchmark/barqa-pro")), s::toString);
        assertTrue(entities("Example-M2 在HealthyBench評測中得分最高。").contains("benchmark/healthybench"));
        assertTrue(entities("It wins 20 benchmarks, including FooEval, Multi-Foo, and BarQA.").containsAll(
                List.of("benchmark/fooeval", "benchmark/multi-foo", "benchmark/barqa")));
        // a model reviewed is no benchmark: 测评 alone names none
        assertFalse(entities("Example-M2 测评:速度很快。").stream().anyMatch(x -> x.startsWith("benchmark/")));
    }

    @Test
    void anObjectOfAComparisonOrAPassiveIsNoWinner() {
        List<String> s = statements("該模型超越美國OpenAI的gpt-oss120b，並超過Qwen3-235B、Kimi K2等模型。");
        hasNo(s, "model/gpt-oss-120b outperforms");
        hasNo(statements("OpenAI的GPT-4首次失去榜首位置,它首次被国产大模型击败了,而击败GPT-4 Turbo的国产大模型来自商汤。"), "model/gpt-4 outperforms");
    }

    @Test
    void reportersListedBeforeThePlaceOfTheReportAndSpeechToSomeone() {
        List<String> s = statements("記者鄭妤安、李琦瑋/台北報導");
        has(s, "_document author person/zheng-yuan");
        has(s, "_document author person/li-qiwei");
        List<String> t = statements("火山引擎总裁谭待向记者透露,毛利可观。");
        has(t, "person/tan-dai affiliation org/volcano-engine");
    }

    @Test
    void aBracketedBylineOpeningTheFirstParagraphAndAPersonsOwnCompany() {
        has(statements("〔編譯王小明／台北報導〕2023年2月，Meta推出其AI模型Llama。"), "_document author person/wang-xiaoming");
        has(statements("知名創投家李開復的「零一萬物」（01.AI）因此受到關注。"), "person/kai-fu-lee affiliation org/01-ai");
        hasNo(statements("张三的OpenAI账号被封。"), "person/");
    }

    @Test
    void countsInBracketsAndAPlainWordCalledAModelFromBothSides() {
        has(statements("星火X1對標DeepSeek R1(參數量671B)。"), "model/deepseek-r1 totalParameters 671000000000");
        List<String> s = entities("Meta正以Qwen訓練自己的新模型Avocado。這家公司的Avocado模型將不開源。");
        assertTrue(s.contains("model/avocado"), s::toString);
        assertFalse(entities("Meta的新模型Avocado。").contains("model/avocado"), "one cue alone is not enough");
        has(statements("“We are amazed,” wrote Microsoft AI principal research engineer Jane Roe on X."),
                "person/jane-roe jobTitle AI principal research engineer");
    }

    @Test
    void seriesInQuotesWithTheirMembersAndTheLastOfAListOfModels() {
        List<String> s = statements("零一万物正式发布「Foo」系列预训练开源大模型,包括了 Foo-6B 和 Foo-34B 两个版本。");
        has(s, "model/foo-6b partOfFamily model/foo");
        has(s, "model/foo-34b developedBy org/01-ai");
        assertTrue(entities("它击败了 LLaMA2 和 Falconet 等开源竞品。").contains("model/falconet"));
        // "不及 X 一半的参数量" compares sizes, not results
        hasNo(statements("Yi-34B 只用了不及 LLaMA2-70B 一半的参数量。"), "model/llama2-70b outperforms");
    }

    @Test
    void outletsNamedInTheirOwnBracketsNotTheOnesTheyQuote() {
        List<String> s = statements("《經濟通通訊社29日專訊》據《路透》消息，英偉達曾協助DeepSeek。");
        some(s, "_document publisher org/");
        hasNo(s, "_document publisher org/reuters");
        has(statements("美國芯片製造商英偉達(US.NVDA)曾協助DeepSeek。"), "org/nvidia country country/usa");
    }

    @Test
    void aChineseModelNameWithItsVersionGlossedInLatinAndModelsCarriedThroughTheText() {
        has(statements("国产大模型来自于商汤科技的日日新5.0(SenseChat V5)。"), "model/sensechat-v5 developedBy org/sensetime");
        List<String> s = statements("智源研究院发布悟界·Emu9.5多模态世界大模型。Emu9.5基于大量数据训练,参数规模为340亿。");
        has(s, "model/emu9.5 developedBy org/baai");
        has(s, "model/emu9.5 totalParameters 34000000000");
        has(statements("Tech giant Google has brought in Jane Roe, co-founder and CEO of Windsurfer, as part of its efforts."),
                "person/jane-roe affiliation org/windsurfer");
    }

    @Test
    void movesBetweenCompaniesAndFormerEmployersInBrackets() {
        List<String> s = statements("在那之後，蘋果多名AI工程師岡特 （Tom Gunter）、張博文（Bowen Zhang）等人相繼跳槽至Meta。");
        has(s, "person/tom-gunter affiliation org/meta");
        has(s, "person/bowen-zhang affiliation org/meta");
        has(s, "person/bowen-zhang jobTitle AI工程師");
        has(statements("It was founded by Jane Roe (Principal Scientist, previously OpenAI) and John Doe (ex-Apple AI lead)."),
                "person/jane-roe affiliation org/openai");
        has(statements("它由 Jane Roe (ex-Apple AI lead) 创立。"), "person/jane-roe affiliation org/apple");
        has(statements("Mistral AI has once again shaken up the landscape with its latest release, Mistral Small 3.1."),
                "model/mistral-small-3.1 developedBy org/mistral-ai");
    }

    @Test
    void aChipAfterAVersionedModelIsTheHardwareNotAVersion() {
        List<String> s = entities("相較DeepSeek-R1 H20需雙節點部署，Kimi K2 表現不錯。");
        assertTrue(s.contains("model/deepseek-r1") && s.contains("model/kimi-k2"), s::toString);
        assertFalse(s.contains("model/deepseek-r1-h20"), s::toString);
    }

    @Test
    void aReleaseInAClauseAfterCommaAndButNotByOneOfAListOfOrganisations() {
        has(statements("Open models got a boost in the plan, and OpenAI has since followed it by releasing the gpt-oss models."),
                "model/gpt-oss developedBy org/openai");
        List<String> s = statements("Google, Meta, and OpenAI released Gemma 3, Llama 4 and gpt-oss-120b.");
        hasNo(s, "model/gemma-3 developedBy org/openai");
        hasNo(s, "model/llama-4 developedBy org/openai");
    }

    @Test
    void aCofounderNamedAfterWithAndAClassmateCue() {
        List<String> s = statements("2013年,王小明与清华同学李大伟共同创立了杭州星辰投资管理有限公司。");
        has(s, "person/li-dawei affiliation org/h6a20ee3305");
        hasNo(s, "affiliation org/tsinghua-university");
    }

    @Test
    void aBackerIsNotTheDeveloperAndACommonWordIsNotTheCompany() {
        List<String> s = statements("Kimi K2 Thinking, created by the Alibaba-backed startup Moonshot AI, is open. It is alphabet soup.");
        has(s, "model/kimi-k2-thinking developedBy org/moonshot");
        hasNo(s, "developedBy org/alibaba");
        assertFalse(entities("It is alphabet soup to most readers of Alphabet news.").stream().filter(e -> e.equals("org/alphabet")).count() > 1);
    }

    @Test
    void aNewModelIntroducedAsAReleaseOrAFamilyAndItsSizeInWords() {
        List<String> s = statements("IBM today announced the release of Nimbus 4.0, its newest family of models. Nimbus 4.0 has a total of one trillion parameters.");
        has(s, "model/nimbus-4.0 developedBy org/ibm");
        has(s, "model/nimbus-4.0 totalParameters 1000000000000");
        has(statements("Little wonder AI engineer Jane Roe observed that it works."), "person/jane-roe jobTitle AI engineer");
    }

    @Test
    void aVersionOfAFamilyItsSizesAndASecondWinAfterAComma() {
        List<String> s = statements("腾讯开源了混元大模型的最新版本Hunyuan-A13B。Hunyuan-A13B是一个专家混合模型,拥有800亿参数,其中130亿参数处于激活状态。"
                + "在数学AIME2024、AIME2025测试中,Hunyuan-A13B超过了DeepSeek-R1的79.8分,同时也大幅度超过了OpenAI的o1模型。");
        has(s, "model/hunyuan-a13b developedBy org/tencent");
        has(s, "model/hunyuan-a13b partOfFamily model/hunyuan");
        has(s, "model/hunyuan-a13b totalParameters 80000000000");
        has(s, "model/hunyuan-a13b activeParameters 13000000000");
        has(s, "model/hunyuan-a13b outperforms model/deepseek-r1");
        has(s, "model/hunyuan-a13b outperforms model/o1");
        List<String> e = entities("在Agent智能体BFCL-V3、ComplexBench测试中,Foo-7B表现最好。");
        assertTrue(e.contains("benchmark/bfcl-v3") && e.contains("benchmark/complexbench"), e::toString);
        assertTrue(entities("在数学AIME2024、AIME2025测试中成绩很好。").contains("benchmark/aime-2024"));
    }

    @Test
    void membersListedAfterTheFamilyAndTheirActiveParametersAsMachineTranslationWritesThem() {
        List<String> s = statements("今天,我们介绍两款新的GLM系列成员:GLM-4.5和GLM-4.5-Air。GLM-4.5拥有3550亿个总参数和320亿个活动参数。");
        has(s, "model/glm-4.5 partOfFamily model/glm");
        has(s, "model/glm-4.5-air partOfFamily model/glm");
        has(s, "model/glm-4.5 totalParameters 355000000000");
        has(s, "model/glm-4.5 activeParameters 32000000000");
    }

    @Test
    void namesAScraperGluedTogetherWhenEachIsWrittenExactly() {
        List<String> e = entities("开放权重可以在HuggingFaceModelScope上获得。");
        assertTrue(e.contains("platform/hugging-face") && e.contains("platform/modelscope"), e::toString);
        assertFalse(entities("它叫HuggingFaceless。").contains("platform/hugging-face"));
    }

    @Test
    void aChineseFamilyNameWithASpacedSizeOrVariantAndAMixtureOfExpertsDescribedAfterIt() {
        List<String> e = entities("目前,盘古 Pro MoE 72B 模型权重已上线,盘古 7B 将于近期上线。");
        assertTrue(e.contains("model/pangu-pro-moe-72b") && e.contains("model/pangu-7b"), e::toString);
        List<String> s = statements("华为开源了盘古 Pro MoE 720 亿参数的混合专家模型。");
        has(s, "model/pangu-pro-moe totalParameters 72000000000");
        has(s, "model/pangu-pro-moe architecture https://w3id.org/zhitu/ontology#MixtureOfExperts");
        hasNo(statements("华为开源盘古 70 亿参数的稠密模型。"), "model/pangu-70");
    }

    @Test
    void anOrganisationGlossedByItsAcronymAndANewsroomSigningTheArticle() {
        List<String> e = entities("新加坡国家人工智能计划(AISG)日前确认,将改用Qwen。");
        assertTrue(e.stream().anyMatch(x -> x.startsWith("org/")), e::toString);
        assertTrue(entities("人工智能(AI)正在改变世界,他加入了示例研究所(EXR)。").stream().noneMatch(x -> x.startsWith("org/")));
        has(statements("鉅亨網新聞中心 2025-12-17 16:40\n\n小米發布新模型。"), "_document publisher org/cnyes");
    }

    @Test
    void aWinNotClaimedForAModelTheSentenceOnlySaysItApproachesAndBenchmarkVariants() {
        List<String> s = statements("在SWE-bench Verified测试中,MiMo-V2-Flash 以 73.4% 的得分超越所有开源模型,表现直逼尚未发布的 GPT-5-High。");
        hasNo(s, "outperforms model/gpt-5-high");
        assertTrue(entities("在多语言基准测试 SWE-Bench Multilingual 里,它的解决率为 71.7%。").contains("benchmark/swe-bench-multilingual"));
        has(statements("小米发布了MiMo-V2-Flash模型。这款模型总参数达 3,090 亿,活跃参数为 150 亿。"), "model/mimo-v2-flash totalParameters 309000000000");
    }

    @Test
    void postsHeldAtOrganisationsAndAMoveFromOneToAnother() {
        List<String> s = statements("2022年底，周靖人開始擔任阿里雲CTO和通義實驗室負責人。周靖人在2015年從微軟（美：MSFT）加入阿里巴巴。");
        has(s, "person/zhou-jingren affiliation org/alibaba-cloud");
        has(s, "person/zhou-jingren jobTitle CTO");
        has(s, "person/zhou-jingren jobTitle 負責人");
        has(s, "person/zhou-jingren affiliation org/microsoft");
        has(s, "person/zhou-jingren affiliation org/alibaba");
        List<String> t = statements("阿里巴巴（9988）旗下千問開源大模型技術負責人林俊暘上周突然離職。");
        has(t, "person/lin-junyang affiliation org/alibaba");
        has(t, "model/qwen developedBy org/alibaba");
    }

    @Test
    void peopleListedWithTheirGlossesTitlesOpeningAListAndThePostTakenOnJoining() {
        List<String> s = statements("包括研究团队负责人张健(音译,Jian Zhang)在内的成员已离职。张健将加入Meta旗下机器人工作室,担任机器人技术总监。");
        has(s, "person/zhang-jian jobTitle 研究团队负责人");
        has(s, "person/zhang-jian jobTitle 机器人技术总监");
        List<String> e = entities("三名研究员杜楠(音译,Nan Du)与孟兆(音译,Zhao Meng)转投OpenAI。");
        assertTrue(e.contains("person/du-nan") && e.contains("person/meng-zhao"), e::toString);
    }

    @Test
    void departmentsNamedInLatinAndNoNameMadeOfFunctionWords() {
        List<String> s = statements("腾讯新成立AI Infra部。刘煜宏担任AI Data部负责人,均向公司副总裁蒋杰汇报。张健离职时已在苹果任职十年。");
        has(s, "person/liu-yuhong affiliation org/ai-data-department");
        hasNo(s, "org/jun-xiang-gong-si");
        assertFalse(entities("张健离职时已在苹果任职十年。").contains("person/shi-yi"));
    }

    @Test
    void namesTypesetWithSpacedHyphensAndVersionedNamesListedWithModels() {
        List<String> s = statements("智譜公司的 GLM - 4.5 和 GLM - 4.5 - Air、阿里旗下的 Wan - 2.2、Qwen3 Coder。騰訊的 Hunyuan World - 1 佔據榜單。");
        has(s, "model/glm-4.5 developedBy org/zhipu");
        has(s, "model/glm-4.5-air developedBy org/zhipu");
        has(s, "model/wan-2.2 developedBy org/alibaba");
        has(s, "model/hunyuan-world-1 developedBy org/tencent");
        hasNo(statements("The model - Example 2 - is out."), "model/");
    }

    @Test
    void anOutletCitedInBracketsAPartnerListedWithSpacesAndAFormerEmployerAfterTheNewOne() {
        List<String> e = entities("據《WIRED》報導,Meta 挖角兩位研究員。");
        assertTrue(e.contains("org/wired") && !e.stream().anyMatch(x -> x.startsWith("report/")), e::toString);
        List<String> s = statements("Meta 挖角兩位研究員,分別是 Jason Wei 與 Hyung Won Chung,兩人即將加入 Meta 新成立的「超級智慧實驗室」。"
                + "Wei 於 2023 年加入 OpenAI,此前則任職於 Google。");
        has(s, "org/meta-superintelligence-labs parentOrganization org/meta");
        has(s, "person/jason-wei affiliation org/google");
        assertTrue(entities("分別是 Jason Wei 與 Hyung Won Chung。").contains("person/hyung-won-chung"));
    }

    @Test
    void englishMovesPostsLeftAndUnitsNamedAfterTheirDescription() {
        List<String> s = statements("Jan Leike announced on X that he has joined Anthropic. Leike will report to Anthropic’s chief science officer, Jared Kaplan. "
                + "Dario Amodei left his position as VP of research at OpenAI. The team sounds much like OpenAI's former Superalignment team.");
        has(s, "person/jan-leike affiliation org/anthropic");
        has(s, "person/jared-kaplan affiliation org/anthropic");
        has(s, "person/jared-kaplan jobTitle chief science officer");
        has(s, "person/dario-amodei affiliation org/openai");
        has(s, "person/dario-amodei jobTitle VP of research");
        has(s, "org/openai-superalignment-team parentOrganization org/openai");
        assertFalse(entities("The team sounds good.").stream().anyMatch(x -> x.startsWith("org/")));
        List<String> t = statements("It was written by Jane Roe, a policy research manager at Stanford University's Human-Centered AI institute, HAI, in a report released last week, \"Beyond Examples: A Study.\"");
        has(t, "person/jane-roe affiliation org/stanford-hai");
        has(t, "org/stanford-hai parentOrganization org/stanford-university");
        assertTrue(entities("China's open AI models are in a dead heat.").stream().noneMatch(x -> x.equals("org/openai")));
    }

    @Test
    void aModelNamedAsSuchItsResearchersInstitutionsAndASecondPost() {
        List<String> s = statements("Switzerland launched a national Large Language Model (LLM) named ‘Apertus’. "
                + "The model was developed by engineers and researchers of ETH Zurich, the Swiss Federal Institute of Technology Lausanne (EPFL), and the Swiss National Supercomputing Centre (CSCS). "
                + "\"It matters,\" said Thomas Schulthess, Director of CSCS and Professor at ETH Zurich.");
        has(s, "model/apertus developedBy org/eth-zurich");
        has(s, "model/apertus developedBy org/epfl");
        has(s, "model/apertus developedBy org/cscs");
        has(s, "person/thomas-schulthess affiliation org/eth-zurich");
        List<String> t = statements("It got a push with the release of Sarvam-M, a 24-billion parameter open-weights AI model from Bengaluru-based startup Sarvam AI.");
        has(t, "model/sarvam-m developedBy org/sarvam-ai");
        has(t, "model/sarvam-m totalParameters 24000000000");
    }

    @Test
    void aPostTakenAfterATitleAndLatinTitlesAloneBeforeChineseNames() {
        List<String> s = statements("旷视科技联合创始人、千里科技董事长印奇正式出任阶跃星辰董事长,与CEO姜大昕、CTO朱亦博组成管理团队。");
        has(s, "person/yin-qi affiliation org/megvii");
        has(s, "person/yin-qi affiliation org/stepfun");
        has(s, "person/jiang-daxin jobTitle CEO");
    }

    @Test
    void aListBeforeACountrysCompaniesAndNoCompanyNamedByItsRelation() {
        List<String> s = statements("英國「金融時報」指此政策可能適用於抖音母公司字節跳動、騰訊與阿里巴巴等中國企業。");
        has(s, "org/bytedance country country/china");
        has(s, "org/tencent country country/china");
        has(s, "org/alibaba country country/china");
        assertTrue(entities("可能適用於抖音母公司字節跳動。").stream().noneMatch(x -> x.startsWith("org/yin")));
    }
}
