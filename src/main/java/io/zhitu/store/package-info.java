/** The TDB2 store: one named graph per document, replaced as a whole in one transaction. */
package io.zhitu.store;
