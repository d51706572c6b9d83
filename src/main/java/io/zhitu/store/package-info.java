/**
 * The TDB2 store (one named graph per document, replaced as a whole in one transaction), its SPARQL
 * server ({@link io.zhitu.store.SparqlServer}, the only place Fuseki appears) and pushes of its graphs to
 * remote stores by the Graph Store Protocol ({@link io.zhitu.store.GraphPush}).
 */
package io.zhitu.store;
