/** Separates the article a reader came for from the menus, share buttons, spam and "related news" that scraped pages wrap around it. */
package io.zhitu.clean;
