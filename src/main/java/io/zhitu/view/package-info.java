/**
 * Pictures of graphs for people: a graph of the store, of one document or of a query's result turned into a
 * self-contained HTML page (ECharts inlined, nothing fetched) that {@code zhitu view} writes and {@code zhitu serve} serves.
 */
package io.zhitu.view;
