package io.zhitu.core;

/** What a block of a document looks like to the loader: the cleaner decides what to keep. */
public enum BlockKind { TITLE, HEADING, PARAGRAPH, LIST_ITEM, OTHER }
