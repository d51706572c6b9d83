package io.zhitu.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** The words of the page around the graph, in the view's language (the graph's own names come from the graph). */
final class ViewText {
    private ViewText() {}

    private static final String[] KEYS = {
            "nodes", "edges", "limited", "search", "noMatch", "notDrawn", "hint", "statements", "noStatements",
            "noEvidence", "document", "sentence", "chars", "rule", "also", "sameAs", "class", "degree", "noClass", "empty",
            "storeTitle", "documentOne", "documentMany", "documentTitle", "queryTitle"};

    private static final String[] EN = {
            "nodes", "edges",
            "Showing the {shown} highest-degree nodes of {total} and the {shownEdges} edges among them (of {totalEdges}).",
            "Search names and IRIs", "No match", "not drawn",
            "Click a node to see what the graph says about it, and the sentences that say it.",
            "Statements", "No statements.", "No sentence recorded for this statement.",
            "document", "sentence", "characters", "rule", "Also called", "Same as", "class", "edges", "no class",
            "The graph is empty.",
            "store {store}: {n} {documents}", "document", "documents", "document {iri}", "query {query}"};

    private static final String[] ZH_HANS = {
            "个节点", "条边",
            "仅显示 {total} 个节点中度数最高的 {shown} 个，及其间的 {shownEdges} 条边（共 {totalEdges} 条）。",
            "搜索名称或IRI", "无匹配", "未显示",
            "点击节点，查看图中关于它的陈述及其出处句子。",
            "陈述", "没有陈述。", "此陈述没有记录出处句子。",
            "文档", "句子", "字符", "规则", "又名", "等同于", "类别", "条边", "无类别",
            "图为空。",
            "存储库 {store}：{n} {documents}", "篇文档", "篇文档", "文档 {iri}", "查询 {query}"};

    private static final String[] ZH_HANT = {
            "個節點", "條邊",
            "僅顯示 {total} 個節點中度數最高的 {shown} 個，及其間的 {shownEdges} 條邊（共 {totalEdges} 條）。",
            "搜尋名稱或IRI", "無匹配", "未顯示",
            "點擊節點，查看圖中關於它的陳述及其出處句子。",
            "陳述", "沒有陳述。", "此陳述沒有記錄出處句子。",
            "文件", "句子", "字元", "規則", "又名", "等同於", "類別", "條邊", "無類別",
            "圖為空。",
            "儲存庫 {store}：{n} {documents}", "篇文件", "篇文件", "文件 {iri}", "查詢 {query}"};

    /** The words for a language, by key, in a fixed order. */
    static Map<String, String> of(ViewLang lang) {
        String[] words = switch (lang) {
            case EN -> EN;
            case ZH_HANS -> ZH_HANS;
            case ZH_HANT -> ZH_HANT;
        };
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.length; i++) m.put(KEYS[i], words[i]);
        return m;
    }
}
