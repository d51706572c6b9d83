package io.zhitu.clean;

import io.zhitu.core.Scripts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues a reader uses to tell an article from the page around it, one test per cue, each judging a
 * single line by its shape (length, punctuation, separators, the genre's stock words) and never by
 * the sentences of a particular page.
 */
final class Signals {
    private Signals() {}

    private static final String SENTENCE_PUNCTUATION = "。！？；，、.,;!?“”「」『』：:";
    private static final String FINAL_PUNCTUATION = "。！？!?.…；;";
    private static final String CLOSERS = "”」』）)\"'’》】]";

    /** Breadcrumb and nav-bar separators between short words. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*(?:[|｜丨>›»／/•]|&gt;|::)\\s*");
    /** Every char MENU_SEPARATOR can match with (of its signs, of "&gt;" and of "::"). */
    private static final String MENU_SEPARATOR_CHARS = "|｜丨>›»／/•&:";
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("[>›»]|&gt;");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*]\\s+|[·・•▪►▶◆◇●○■□→]\\s*|\\d{1,2}[.、)]\\s+)\\S");

    private static final Set<String> SHARE_WORDS = Set.of(
            "分享", "分享至", "分享到", "转发", "轉發", "收藏", "点赞", "點讚", "点赞数", "赞", "讚", "评论", "評論", "留言",
            "微信", "微博", "新浪微博", "腾讯微博", "qq", "qq空间", "qq空間", "qq好友", "朋友圈", "豆瓣", "复制链接", "複製鏈接",
            "复制", "複製", "链接", "鏈接", "打印", "列印", "字号", "字號", "大", "中", "小", "扫一扫", "掃一掃", "举报", "舉報",
            "share", "shares", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "email",
            "e-mail", "mail", "print", "copy", "link", "comments", "comment", "like", "likes", "save", "flipboard", "pinterest");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.,][0-9]+)?[万萬千kKmMwW+]?");

    private static final Pattern SPAM_WORDS = Pattern.compile(
            "(?i)人妻|自慰|毛片|无码|無碼|成人|色情|一区二区|一區二區|精品国产|精品國產|久久|\\bav\\b|\\bporn|\\bxxx\\b|博彩|赌场|賭場|百家乐|百家樂"
            + "|娱乐城|娛樂城|代孕|约炮|約炮|裸聊|黄色|黃色|高清图片|免费视频|免費視頻|在线观看|在線觀看");
    /** What SPAM_WORDS cannot match without. */
    private static final Literals SPAM_LITERALS = new Literals("人妻", "自慰", "毛片", "无码", "無碼", "成人", "色情", "一区二区", "一區二區",
            "精品国产", "精品國產", "久久", "av", "porn", "xxx", "博彩", "赌场", "賭場", "百家乐", "百家樂", "娱乐城", "娛樂城", "代孕", "约炮",
            "約炮", "裸聊", "黄色", "黃色", "高清图片", "免费视频", "免費視頻", "在线观看", "在線觀看");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*[,，、|]\\s*|\\s{2,}");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？!?；;：:“”\"「」]|\\.(?:\\s|$)");

    private static final Pattern AD = Pattern.compile(
            "(?i)^(?:[【\\[(（]\\s*(?:广告|廣告|推广|推廣|赞助|贊助|ad|ads|sponsored)\\s*[】\\])）]|(?:广告|廣告)\\s*[：:]"
            + "|advertisement$|sponsored( content)?$|sponsored by\\b|ad$)");

    private static final Pattern LEGAL_START = Pattern.compile(
            "(?i)^[【\\[(（]?\\s*(?:特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|法律声明|法律聲明|郑重声明|鄭重聲明|声明|聲明"
            + "|免责|免責|disclaimer|notice|legal notice|copyright)\\s*[】\\])）]?\\s*[：:©]");
    private static final Pattern LEGAL_ANYWHERE = Pattern.compile(
            "(?i)版权所有|版權所有|all rights reserved|copyright\\s*(?:©|\\(c\\)|\\d{4})|©\\s*\\d{4}|\\d{4}\\s*©|icp备|icp證|icp证"
            + "|公网安备|公網安備|未经(?:授权|许可|許可).{0,8}(?:转载|轉載|使用|复制|複製)|未經(?:授權|許可).{0,8}(?:轉載|使用|複製)"
            + "|不得转载|不得轉載|禁止转载|禁止轉載|违法和不良信息举报|違法和不良資訊舉報");
    /** What LEGAL_START, LEGAL_ANYWHERE and LEGAL_LINKS cannot match without. */
    private static final Literals LEGAL_LITERALS = new Literals("声明", "聲明", "免责", "免責", "disclaimer", "notice", "copyright",
            "版权所有", "版權所有", "all rights reserved", "©", "icp备", "icp證", "icp证", "公网安备", "公網安備", "未经", "未經", "不得转载",
            "不得轉載", "禁止转载", "禁止轉載", "违法和不良信息举报", "違法和不良資訊舉報", "隐私政策", "隱私權政策", "privacy policy", "terms of",
            "cookie policy");
    /**
     * Footer links: legal on a short line, but prose can name them too ("the Gemma Terms of Use", a story
     * about a privacy policy), so a long line is not cut for them.
     */
    private static final Pattern LEGAL_LINKS = Pattern.compile("(?i)隐私政策|隱私權政策|privacy policy|terms of (?:use|service)|cookie policy");
    private static final int LEGAL_LINKS_WEIGHT = 40;

    private static final Pattern RELATED_ZH = Pattern.compile(
            "^(?:相关|相關|热点|熱點|热门|熱門|精彩|延伸|编辑|編輯|为你|為你|更多|猜你|往期|大家都在|看过|看過|今日|热|熱|推荐|推薦"
            + "|本文|其他|其它|最新|24小时|24小時)"
            + ".{0,3}?(?:推荐|推薦|阅读|閱讀|新闻|新聞|文章|报道|報導|报导|资讯|資訊|喜欢|喜歡|回顾|回顧|排行|话题|話題|视频|視頻"
            + "|专题|專題|热读|熱讀|链接|鏈接|看|阅|閱|点击|點擊|关注|關注|内容|內容)(?:榜)?.{0,4}$");
    private static final Pattern RELATED_EN = Pattern.compile(
            "(?i)^(?:related(?: stories| articles| news| posts| content| coverage| reading| links| topics| videos)?"
            + "|read more(?:\\b.*)?|more from\\b.*|more (?:stories|news|articles|on this|in|like this)\\b.*"
            + "|recommended(?: for you| stories| articles| reading| videos)?|you (?:may|might) also like|also read|see also"
            + "|trending(?: now| stories)?|most (?:popular|read|viewed|shared)|popular(?: stories| now| articles)?"
            + "|top stories|editor'?s picks|further reading|what to read next|latest (?:news|stories)|don't miss)$");

    private static final Pattern BYLINE_BRACKETED = Pattern.compile(
            "^[（(【\\[]\\s*(?:本文)?(?:作者|记者|記者|编辑|編輯|责编|責編|责任编辑|責任編輯|通讯员|通訊員|撰文|撰稿|文|图|圖|文/图|文／圖"
            + "|来源|來源|编译|編譯|翻译|翻譯|校对|校對|审核|審核|实习生|實習生|综合|綜合)\\s*[：:/／|丨]");
    private static final Pattern BYLINE_LABELLED = Pattern.compile(
            "^(?:本文)?(?:作者|记者|記者|编辑|編輯|责编|責編|责任编辑|責任編輯|通讯员|通訊員|撰文|撰稿|文|来源|來源|编译|編譯|校对|校對"
            + "|审核|審核|审校|審校|监制|監製|主编|主編|出品|策划|策劃|原标题|原標題|图片来源|圖片來源)\\s*[：:/／|丨]");
    /** An outlet, a reporter's title and names: "經濟日報／ 記者張三／綜合報導", "鉅亨網編譯李四 2026-01-08 13:00", "記者甲乙、丙丁/台北報導". */
    private static final Pattern BYLINE_OUTLET_REPORTER = Pattern.compile(
            "^(?:\\p{IsHan}{2,8}?\\s*[／/|丨]?\\s*)?(?:记者|記者|编译|編譯|编辑|編輯|特派记者|特派記者|特约记者|特約記者|撰文)\\s*\\p{IsHan}{2,4}(?:、\\s?\\p{IsHan}{2,4}){0,3}"
            + "(?:\\s*[／/|丨]?\\s*\\S{0,6})?(?:\\s+[\\d\\-/:\\s]{8,20})?$");
    /** A role alone on a line under a byline: "Digital Editor", "Staff Writer". */
    private static final Pattern ROLE_ONLY_EN = Pattern.compile(
            "^(?:[A-Z][a-z]+\\s){0,2}(?:Editor|Writer|Reporter|Correspondent|Contributor|Columnist|Journalist)s?$");
    /** A photo caption or credit: "▲Deepseek。（圖／路透）", "（图片来源:视觉中国）". */
    private static final Pattern CAPTION = Pattern.compile("^[▲▼△►]|[（(]\\s*(?:圖|图|攝|摄|圖片|图片|photo|image)\\s*[／/:：]|(?:图片|圖片|截图|截圖)来源|(?:图片|圖片)來源");
    /** An invitation to download or scan: "扫一扫下载界面新闻APP". */
    private static final Pattern APP_PROMO = Pattern.compile("(?i)扫一扫|掃一掃|下载.{0,8}app|下載.{0,8}app|download (?:the|our) app|分享功能|分享到|share (?:this|on)\\b");

    /** The date a crawler puts before a page's text ("date 2025-10-06 "): page metadata, not the article's dateline. */
    static final Pattern CRAWLER_DATE = Pattern.compile("^date \\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern BYLINE_EN = Pattern.compile(
            "^(?:\\(?(?:By|Written by|Reporting by|Reported by|Editing by|Edited by|Additional reporting by|Compiled by"
            + "|Story by|Words by)\\s+\\p{Lu}|[—–-]\\s*(?:Reuters|AP|AFP|Xinhua|Bloomberg|Staff)\\b)");
    private static final Pattern AUTHOR_NOTE = Pattern.compile(
            "(?i)文章观点不代表|文章觀點不代表|本文观点|本文觀點|仅代表作者|僅代表作者|不代表本站|不代表本網|不代表本网|the views expressed"
            + "|do(?:es)? not necessarily reflect|is an? (?:staff |senior |contributing )?(?:writer|reporter|correspondent|editor|columnist)"
            + " (?:at|for|with)\\b");
    /** What AUTHOR_NOTE cannot match without. */
    private static final Literals AUTHOR_NOTE_LITERALS = new Literals("文章观点不代表", "文章觀點不代表", "本文观点", "本文觀點", "仅代表作者",
            "僅代表作者", "不代表本站", "不代表本網", "不代表本网", "the views expressed", "not necessarily reflect", "writer ", "reporter ",
            "correspondent ", "editor ", "columnist ");
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(?:\\p{IsHan}{2,4}|\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+){1,2})\\s*[，,、]\\s*\\S.*"
            + "(?:中心|大学|大學|研究院|研究所|学院|學院|公司|集团|集團|协会|協會|委员会|委員會|实验室|實驗室|事业部|事業部|智库|智庫"
            + "|教授|研究员|研究員|记者|記者|编辑|編輯|University|Institute|Center|Centre|Laborator|College|Foundation|professor"
            + "|fellow|researcher|School)");
    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|第[一二三四五六七八九十\\d]{1,3}[部章節节篇]"
            + "|\\d{1,2}(?:\\.\\d{1,2})*[、.．]\\s*\\S|(?i:part|section|chapter)\\s+\\w+[:.])");
    private static final Pattern END_MARK = Pattern.compile("(?i)^[（(【\\[-]*\\s*(?:完|全文完|end|the end)\\s*[）)】\\]-]*$");

    /** How much text a line carries: one per ideograph, two per Latin or numeric word. */
    static int weight(String s) {
        int w = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Scripts.isHan(c)) {
                w++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) w += 2;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return w;
    }

    /** Sentence punctuation marks per unit of weight. */
    static double punctuationShare(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (SENTENCE_PUNCTUATION.indexOf(s.charAt(i)) >= 0) n++;
        return (double) n / Math.max(1, weight(s));
    }

    /** Whether the line ends as a sentence does, closing quotes and brackets aside. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) i--;
        return i >= 0 && FINAL_PUNCTUATION.indexOf(s.charAt(i)) >= 0;
    }

    static boolean isBullet(String s) {
        return BULLET.matcher(s).find();
    }

    /** Breadcrumbs and nav bars: short words between separators, or a row of short Chinese words. */
    static boolean isMenu(String s) {
        String t = s.strip();
        // a line without a separator's char is one part: the split, a regex tried at every char, is skipped
        String[] parts = anyOf(t, MENU_SEPARATOR_CHARS) ? MENU_SEPARATOR.split(t) : new String[] {t};
        int nonEmpty = 0;
        for (String p : parts) {
            if (p.isBlank()) continue;
            if (weight(p) > 16 || endsSentence(p)) return false;
            nonEmpty++;
        }
        if (nonEmpty >= 3) return true;
        if (nonEmpty == 2 && BREADCRUMB_SEPARATOR.matcher(s).find()) return true;
        String[] words = MENU_WORDS.split(s.strip());
        if (words.length < 4) return false;
        for (String w : words) if (w.length() > 4 || !w.codePoints().allMatch(Signals::isHan)) return false;
        return true;
    }

    private static boolean anyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Share buttons and counters: nothing but share words and numbers. */
    static boolean isShareCounter(String s) {
        // the tokens between runs of separators, taken one by one so that the first other word ends the test
        String l = s.strip().toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = 0, len = l.length(); i < len; ) {
            while (i < len && isShareSeparator(l.charAt(i))) i++;
            int from = i;
            while (i < len && !isShareSeparator(l.charAt(i))) i++;
            if (i == from) continue;
            String t = l.substring(from, i);
            if (!SHARE_WORDS.contains(t) && !NUMBER.matcher(t).matches()) return false;
            n++;
        }
        return n > 0;
    }

    /** What separates share words: the chars of the regex class [\\s:：|/·,，、()（）\\[\\]【】]. */
    private static boolean isShareSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || ":：|/·,，、()（）[]【】".indexOf(c) >= 0;
    }

    /** Keyword stuffing: a long run of short phrases with no sentence in it, or spam vocabulary. */
    static boolean isSpam(String s) {
        if (SPAM_LITERALS.anyIn(s)) {
            int spamWords = 0;
            var m = SPAM_WORDS.matcher(s);
            while (m.find()) spamWords++;
            if (spamWords >= 3) return true;
        }
        if (SENTENCE_MARK.matcher(s).find()) return false;
        String[] parts = LIST_SPLIT.split(s.strip());
        if (parts.length < 6) return false;
        // a list of keywords: every item short; a sentence listing a few names has clauses around them
        for (String p : parts) if (weight(p) > 14) return false;
        return (double) weight(s) / parts.length <= 16;
    }

    static boolean isAd(String s) {
        return AD.matcher(s.strip()).find();
    }

    /** Disclaimers, copyright lines and footers. */
    static boolean isLegal(String s) {
        if (!LEGAL_LITERALS.anyIn(s)) return false;
        return LEGAL_START.matcher(s.strip()).find() || LEGAL_ANYWHERE.matcher(s).find()
                || LEGAL_LINKS.matcher(s).find() && weight(s) <= LEGAL_LINKS_WEIGHT;
    }

    private static final Pattern MARKER_TRIM = Pattern.compile("^[\\p{Punct}【】〖〗《》「」>›»•·\\s]+|[\\p{Punct}【】〖〗《》「」：:>›»•·\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MENU_WORDS = Pattern.compile("[\\s\\u3000]+");

    /** A heading that announces links to other stories. */
    static boolean isRelatedMarker(String s) {
        if (s.length() > 80) return false; // a marker is a short heading
        String t = MARKER_TRIM.matcher(s.strip()).replaceAll("");
        if (t.isEmpty() || weight(t) > 14) return false;
        return RELATED_ZH.matcher(SPACES.matcher(t).replaceAll("")).find() || RELATED_EN.matcher(t).find();
    }

    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)\\|?\\s*models?\\s*\\|");

    /** A row of a table in the article: cells between bars, numbers among them ("Qwen3-8B | 36 | 32 / 8 | No | 128K |"). */
    static boolean isTableRow(String s) {
        String t = s.strip();
        return t.chars().filter(c -> c == '|').count() >= 3 && t.chars().anyMatch(Character::isDigit) || TABLE_HEADER.matcher(t).lookingAt();
    }

    /** A link to another story given inline with its label: "(前情提要:…)", "延伸閱讀：…", "相關報導:…". */
    private static final Pattern LABELLED_LINK = Pattern.compile(
            "^[（(【\\[]?\\s*(?:前情提要|背景補充|背景补充|延伸閱讀|延伸阅读|相關報導|相关报道|相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|你可能也想看|Related|Read more|See also)\\s*[:：|｜]");

    /** A line that links to another story under a label. */
    static boolean isLabelledLink(String s) {
        return LABELLED_LINK.matcher(s.strip()).find();
    }

    /** A photo caption or credit, or an invitation to get an app: page furniture, never a headline. */
    static boolean isCaptionOrPromo(String s) {
        String t = s.strip();
        return CAPTION.matcher(t).find() || APP_PROMO.matcher(t).find();
    }

    /** A line naming the author, editor or source, or a note about the author, closing the body. */
    static boolean isByline(String s) {
        String t = s.strip();
        int w = weight(t);
        if (w <= 60 && (BYLINE_BRACKETED.matcher(t).find() || BYLINE_LABELLED.matcher(t).find())) return true;
        if (w <= 40 && BYLINE_EN.matcher(t).find()) return true;
        if (w <= 40 && BYLINE_OUTLET_REPORTER.matcher(t).find()) return true;
        if (w <= 8 && ROLE_ONLY_EN.matcher(t).matches()) return true;
        if (w <= 200 && AUTHOR_NOTE_LITERALS.anyIn(t) && AUTHOR_NOTE.matcher(t).find()) return true;
        return w <= 120 && AUTHOR_BIO.matcher(t).find();
    }

    /** A numbered section heading ("一、", "（二）", "3."): a heading of the body, never its headline. */
    static boolean isSectionHeading(String s) {
        return SECTION_NUMBER.matcher(s.strip()).find() && !endsSentence(s) && weight(s) <= 60;
    }

    /** "(完)", "-END-": the article says it is over. */
    static boolean isEndMark(String s) {
        return END_MARK.matcher(s.strip()).matches();
    }

    /** A line that is only a date or a timestamp, like the times in a list of news. */
    static boolean isTimestampOnly(String s) {
        if (s.length() > 60 || s.chars().noneMatch(Character::isDigit)) return false; // cheap first: most lines are neither
        Dates.Match m = Dates.find(s);
        if (m == null) return false;
        String rest = s.substring(0, m.start()) + s.substring(m.end());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isHan(int c) {
        return Scripts.isHan(c);
    }
}
