package io.zhitu.clean;

import io.zhitu.core.Scripts;
import io.zhitu.core.Article;
import io.zhitu.core.Block;
import io.zhitu.core.BlockKind;
import io.zhitu.core.LoadedDocument;
import io.zhitu.core.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in a scraped page: the densest run of long, punctuated paragraphs, widened to the
 * headings, dateline and byline that belong to it and cut at "related news", disclaimers and footers,
 * so that later stages never read a menu or another story as part of the article.
 * Thread-safe: it holds no state.
 */
public final class BoilerplateFilter {
    /** Below this weight a paragraph is too short to prove it is body text on its own. */
    private static final int CONTENT_WEIGHT = 30;
    /** What a line that is certainly not article text costs a candidate body. */
    private static final int NOISE_COST = 40;
    /** How far before the body a headline may sit. */
    private static final int HEADLINE_REACH = 8;
    /** How many lines from the top a page's own headline may stand below (site name, menus, a date). */
    private static final int HEADLINE_SCAN = 12;
    /** A line lighter than this at the top of a page is a site's name or a tag ("快訊", "明報新聞網"), not a headline. */
    private static final int FIRST_HEADLINE_WEIGHT = 10;
    /** How many short lines right after the body may still belong to it. */
    private static final int TAIL_REACH = 5;
    /** A dated line ending as a sentence with this much besides the date is a sentence, not a dateline. */
    private static final int DATELINE_REST = 8;
    /** A line without final punctuation this heavy can still be an article's only paragraph. */
    private static final int LONE_PARAGRAPH_WEIGHT = 10;

    /** A line wholly in brackets is a tag or a credit ("(今周刊1468)", "【獨家】"), never the headline. */
    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[][^）)】\\]]*[）)】\\]]");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[-–—|｜]\\s+|\\s*[_｜|]\\s*");

    /** What a line is to the article, judged on its own and from its neighbours. */
    enum Role {
        /** a long, punctuated paragraph */
        CONTENT,
        /** a short line: a heading, a headline, a caption, a list entry */
        SHORT,
        /** a line carrying a date */
        DATELINE,
        /** an author, editor or source line */
        BYLINE,
        /** a menu, share counter, spam, advertisement, link list, timestamp or news-list entry */
        NOISE,
        /** "related news" and similar: what follows is other stories */
        RELATED,
        /** disclaimers, copyright and footers */
        LEGAL
    }

    /**
     * The article of a loaded document.
     *
     * @return the article; its body is empty only when the document has no text that reads as one
     */
    public Article clean(LoadedDocument d) {
        List<Block> blocks = withoutCrawlerDate(d);
        int n = blocks.size();
        String[] text = new String[n];
        for (int i = 0; i < n; i++) text[i] = blocks.get(i).span().cut(d.text());
        Role[] roles = roles(blocks, text);

        int[] region = densestRegion(text, roles);
        if (region == null) return new Article(d, null, null, d.pageDate(), List.of());
        int start = extendBackward(region[0], text, roles);
        int end = extendForward(region[1], text, roles);

        int headline = headline(d, blocks, text, roles, start);
        int from = headline >= 0 ? headline + 1 : Math.max(0, start - HEADLINE_REACH);
        Span dateline = null;
        String date = null;
        int datelineBlock = -1;
        for (int i = from; i <= end && dateline == null; i++) {
            boolean beforeBody = i < start;
            if (!beforeBody && i > start + 3) break;
            if (roles[i] == Role.CONTENT || roles[i] == Role.RELATED || roles[i] == Role.LEGAL) continue;
            if (Signals.weight(text[i]) > 60) continue;
            Dates.Match m = Dates.find(text[i]);
            if (m == null) continue;
            int offset = blocks.get(i).span().start();
            dateline = new Span(offset + m.start(), offset + m.end());
            date = m.value();
            datelineBlock = i;
        }
        if (date == null && d.html()) date = d.pageDate();

        List<Block> body = new ArrayList<>();
        if (headline >= 0) body.add(blocks.get(headline));
        for (int i = headline + 1; i < start; i++) {
            boolean keep = i == datelineBlock || roles[i] == Role.BYLINE
                    || roles[i] == Role.SHORT && Signals.isSectionHeading(text[i]);
            if (keep) body.add(blocks.get(i));
        }
        for (int i = start; i <= end; i++) {
            if (i == headline) continue;
            if (roles[i] != Role.NOISE || i == datelineBlock) body.add(blocks.get(i));
        }
        Span headlineSpan = headline >= 0 ? blocks.get(headline).span() : null;
        return new Article(d, headlineSpan, dateline, date, List.copyOf(body));
    }

    /**
     * The document's blocks, the first one without the date a crawler puts before a page's text ("date 2025-10-06 "):
     * that is page metadata, neither the article's dateline nor part of its headline.
     */
    private static List<Block> withoutCrawlerDate(LoadedDocument d) {
        List<Block> blocks = d.blocks();
        if (blocks.isEmpty()) return blocks;
        Block first = blocks.get(0);
        Matcher m = Signals.CRAWLER_DATE.matcher(first.span().cut(d.text()));
        if (!m.lookingAt()) return blocks;
        int cut = m.end();
        String rest = first.span().cut(d.text()).substring(cut);
        cut += rest.length() - rest.stripLeading().length();
        List<Block> out = new ArrayList<>(blocks);
        if (cut >= first.span().length()) out.remove(0);
        else out.set(0, new Block(new Span(first.span().start() + cut, first.span().end()), first.kind(), first.linkChars()));
        return out;
    }

    /** Each line's role; news lists show themselves by repeated titles and timestamps under them. */
    static Role[] roles(List<Block> blocks, String[] text) {
        int n = text.length;
        Role[] roles = new Role[n];
        for (int i = 0; i < n; i++) roles[i] = role(blocks.get(i), text[i]);
        // each line is asked once: the test for a list of news looks at the same lines around every short one
        boolean[] stamps = new boolean[n];
        for (int i = 0; i < n; i++) stamps[i] = Signals.isTimestampOnly(text[i]);
        for (int i = 0; i < n; i++) {
            if (roles[i] != Role.CONTENT && roles[i] != Role.SHORT) continue;
            if (repeatsNeighbour(text, i) || roles[i] == Role.SHORT && timestampFollows(stamps, roles, i)) roles[i] = Role.NOISE;
        }
        // after a "related" heading, short entries are links to other stories, never headings of ours
        boolean inRelated = false;
        for (int i = 0; i < n; i++) {
            if (roles[i] == Role.RELATED) inRelated = true;
            else if (roles[i] == Role.CONTENT) inRelated = false;
            else if (inRelated && roles[i] == Role.SHORT) roles[i] = Role.NOISE;
        }
        return roles;
    }

    private static Role role(Block b, String t) {
        int weight = Signals.weight(t);
        if (weight == 0) return Role.NOISE;
        if (Signals.isRelatedMarker(t)) return Role.RELATED;
        if (Signals.isLegal(t)) return Role.LEGAL;
        if (Signals.isTimestampOnly(t)) return Role.NOISE;
        if (Signals.isByline(t)) return Role.BYLINE;
        if (weight <= 40 && isDateline(t)) return Role.DATELINE;
        if (Signals.isShareCounter(t) || Signals.isMenu(t) || Signals.isSpam(t) || Signals.isAd(t)) return Role.NOISE;
        if (weight <= 60 && Signals.isCaptionOrPromo(t)) return Role.NOISE; // a photo's caption and credit, an app prompt
        if (weight <= 80 && Signals.isLabelledLink(t)) return Role.NOISE; // (前情提要:another story)
        double linkDensity = (double) b.linkChars() / Math.max(1, b.span().length());
        if (linkDensity > 0.5) return Role.NOISE;
        boolean sentence = Signals.endsSentence(t) || weight >= 60 && Signals.punctuationShare(t) >= 0.03;
        if (weight >= CONTENT_WEIGHT && sentence && linkDensity <= 0.3 && !Signals.isBullet(t)) return Role.CONTENT;
        return Role.SHORT;
    }

    /**
     * A short line carrying a date, unless it is a sentence that says more than the date: "2025年7月28日，
     * 智谱AI发布了GLM-4.5。" is an article's one paragraph, not its dateline.
     */
    private static boolean isDateline(String t) {
        Dates.Match m = Dates.find(t);
        if (m == null) return false;
        String rest = t.substring(0, m.start()) + t.substring(m.end());
        return !Signals.endsSentence(t) || Signals.weight(rest) < DATELINE_REST;
    }

    private static boolean repeatsNeighbour(String[] text, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(text.length - 1, i + 2); j++) {
            if (j != i && text[j].equals(text[i])) return true;
        }
        return false;
    }

    /**
     * Whether a timestamp follows within a few lines and the pattern repeats, as in a list of news
     * (title, source, time; title, source, time); an article's own dateline under its headline stands alone,
     * and a list beyond the article's paragraphs or a "related" heading is another list.
     */
    private static boolean timestampFollows(boolean[] stamps, Role[] roles, int i) {
        for (int j = i + 1; j <= Math.min(stamps.length - 1, i + 3); j++) {
            if (!stamps[j]) continue;
            for (int step : new int[] {-1, 1}) {
                for (int k = j + step; k >= Math.max(0, j - 8) && k <= Math.min(stamps.length - 1, j + 8); k += step) {
                    if (roles[k] == Role.CONTENT || roles[k] == Role.RELATED || roles[k] == Role.LEGAL) break;
                    if (stamps[k]) return true;
                }
            }
            return false;
        }
        return false;
    }

    /** What a line adds to a candidate body; null for a line no body may cross. */
    private static Integer score(String t, Role r) {
        // a table, or a labelled link to another story, inside the article neither adds to it nor breaks it
        if (r == Role.NOISE && (Signals.isTableRow(t) || Signals.isLabelledLink(t))) return 0;
        return switch (r) {
            case CONTENT -> Signals.weight(t);
            case SHORT -> -Math.min(10, 2 + Signals.weight(t) / 10);
            case DATELINE, BYLINE -> -2;
            case NOISE -> -NOISE_COST;
            case RELATED, LEGAL -> null;
        };
    }

    /**
     * The run of lines with the highest total score (Kadane); when none scores, the longest line that ends
     * as a sentence, else the heaviest short line: a one-paragraph article keeps its paragraph.
     */
    static int[] densestRegion(String[] text, Role[] roles) {
        boolean[] echo = echoes(text);
        int bestSum = 0, bestStart = -1, bestEnd = -1;
        int sum = 0, runStart = 0;
        for (int i = 0; i < text.length; i++) {
            // the headline repeated under each picture of the article (its alt text) neither adds nor breaks
            Integer s = echo[i] && roles[i] == Role.NOISE ? Integer.valueOf(0) : score(text[i], roles[i]);
            if (s == null || sum + s <= 0) {
                sum = 0;
                runStart = i + 1;
                continue;
            }
            sum += s;
            if (sum > bestSum) {
                bestSum = sum;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        if (bestStart >= 0) return new int[] {bestStart, bestEnd};
        int longest = -1;
        for (int i = 0; i < text.length; i++) {
            if ((roles[i] == Role.SHORT || roles[i] == Role.CONTENT) && Signals.endsSentence(text[i])
                    && (longest < 0 || Signals.weight(text[i]) > Signals.weight(text[longest]))) longest = i;
        }
        if (longest < 0) {
            for (int i = 0; i < text.length; i++) {
                if (roles[i] == Role.SHORT && Signals.weight(text[i]) >= LONE_PARAGRAPH_WEIGHT && !Signals.isBullet(text[i])
                        && (longest < 0 || Signals.weight(text[i]) > Signals.weight(text[longest]))) longest = i;
            }
        }
        return longest < 0 ? null : new int[] {longest, longest};
    }

    /** Lines that repeat, word for word, a title-length line seen earlier on the page. */
    private static boolean[] echoes(String[] text) {
        boolean[] out = new boolean[text.length];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < text.length; i++) {
            String t = text[i].strip();
            if (Signals.weight(t) < 10) continue;
            if (!seen.add(t)) out[i] = true;
        }
        return out;
    }

    /** Takes in short sentences just before the body: a lede, a short opening paragraph. */
    private static int extendBackward(int start, String[] text, Role[] roles) {
        while (start > 0) {
            int i = start - 1;
            while (i > 0 && roles[i] == Role.NOISE && (Signals.isTableRow(text[i]) || Signals.isLabelledLink(text[i]))) i--; // to the lede above
            if (roles[i] == Role.SHORT && Signals.weight(text[i]) >= 10 && endsStatement(text[i]) && !Signals.isBullet(text[i])) start = i;
            else break;
        }
        return start;
    }

    private static final Pattern CLOSERS_AT_END = Pattern.compile("[”」』）)\"'’]+$");

    private static boolean endsStatement(String t) {
        String s = CLOSERS_AT_END.matcher(t.strip()).replaceAll("");
        return s.endsWith("。") || s.endsWith(".") && !s.endsWith("...");
    }

    /** Takes in what closes an article: a last short paragraph, an end mark, the byline. */
    private static int extendForward(int end, String[] text, Role[] roles) {
        int limit = Math.min(text.length - 1, end + TAIL_REACH);
        while (end < limit) {
            int i = end + 1;
            Role r = roles[i];
            boolean closing = r == Role.BYLINE || Signals.isEndMark(text[i])
                    || r == Role.SHORT && Signals.endsSentence(text[i]) && Signals.weight(text[i]) >= 6
                       && !Signals.isBullet(text[i])
                    || i == text.length - 1 && cutShort(text[i], r);
            if (!closing) break;
            end = i;
        }
        return end;
    }

    /**
     * A paragraph a crawler cut in the middle, as the last line of a page: it reads on from the body (a clause
     * ends with a comma inside it) but has no final stop. What it says before the cut is still the article's.
     */
    private static boolean cutShort(String t, Role r) {
        if (r != Role.SHORT && r != Role.CONTENT) return false;
        String s = t.strip();
        return Signals.weight(s) >= 20 && (s.contains("，") || s.contains(", ") || s.contains(",")) && !Signals.isBullet(s)
                && !Signals.isMenu(s) && !Signals.isSpam(s) && !Signals.isCaptionOrPromo(s);
    }

    /** The headline's block before the body, or -1. */
    private static int headline(LoadedDocument d, List<Block> blocks, String[] text, Role[] roles, int start) {
        if (d.pageTitle() != null) {
            String title = mainPart(d.pageTitle());
            for (int i = start - 1; i >= 0; i--) {
                if (roles[i] == Role.CONTENT || !isTitleShaped(text[i])) continue;
                if (text[i].equals(title) || title.startsWith(text[i]) && Signals.weight(text[i]) >= 4
                        || text[i].contains(title) && Signals.weight(title) >= 4) return i;
            }
        }
        for (int i = start - 1; i >= Math.max(0, start - 20); i--) {
            if (blocks.get(i).kind() == BlockKind.TITLE && isTitleShaped(text[i])) return i;
        }
        // a scraped page opens with its headline, after the site's name and menus: the first title-shaped line
        // heavy enough to be a headline, not the nearest (a deck, a subhead or a tag line under the headline)
        // that speaks of what the body does (a teaser for another story shares no words with it)
        Set<String> bodyWords = null; // made for the first line that could be the headline: most pages have none
        for (int i = 0; i < start && i < HEADLINE_SCAN; i++) {
            if (roles[i] == Role.RELATED || roles[i] == Role.LEGAL || roles[i] == Role.CONTENT) break;
            if (roles[i] != Role.SHORT || !isTitleShaped(text[i]) || Signals.weight(text[i]) < FIRST_HEADLINE_WEIGHT || start - i > 20) continue;
            if (bodyWords == null) bodyWords = words(String.join(" ", Arrays.copyOfRange(text, start, Math.min(text.length, start + 3))));
            if (sharesWords(text[i], bodyWords)) return i;
        }
        for (int i = start - 1; i >= Math.max(0, start - HEADLINE_REACH); i--) {
            Role r = roles[i];
            if (r == Role.RELATED || r == Role.LEGAL || r == Role.CONTENT) break;
            if (r == Role.NOISE && (Signals.isMenu(text[i]) || Signals.isSpam(text[i]))) break;
            if (r == Role.SHORT && isTitleShaped(text[i])) return i;
        }
        return -1;
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9\\p{IsHan}]+");

    /** Latin words and Han character pairs, the units two texts about the same thing share. */
    private static Set<String> words(String t) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(t.toLowerCase(java.util.Locale.ROOT))) {
            if (w.isEmpty()) continue;
            if (w.codePoints().anyMatch(Scripts::isHan)) {
                for (int k = 0; k + 2 <= w.length(); k++) out.add(w.substring(k, k + 2));
            } else if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether at least a quarter of a line's words stand in the body too. */
    private static boolean sharesWords(String line, Set<String> bodyWords) {
        Set<String> w = words(line);
        if (w.isEmpty()) return false;
        int shared = 0;
        for (String x : w) if (bodyWords.contains(x)) shared++;
        return shared * 4 >= w.size();
    }

    private static final Pattern LABEL_COLON = Pattern.compile(".*[:：]$");

    private static boolean isTitleShaped(String t) {
        int w = Signals.weight(t);
        return w >= 4 && w <= 90 && !endsStatement(t) && !BRACKETED.matcher(t.strip()).matches() && !LABEL_COLON.matcher(t.strip()).matches()
                && !Signals.isCaptionOrPromo(t) && !Signals.isBullet(t) && !Signals.isSectionHeading(t) && !Signals.isMenu(t)
                && !Signals.isShareCounter(t) && !Signals.isSpam(t) && !Signals.isByline(t) && !Signals.isTimestampOnly(t)
                && !Signals.isRelatedMarker(t) && !Signals.isLegal(t) && !Signals.isAd(t);
    }

    /** A page title without the site's name: the longest part between separators. */
    static String mainPart(String pageTitle) {
        String best = pageTitle.strip();
        String[] parts = TITLE_SUFFIX.split(best);
        if (parts.length < 2) return best;
        String longest = "";
        for (String p : parts) if (Signals.weight(p) > Signals.weight(longest)) longest = p.strip();
        return longest;
    }
}
