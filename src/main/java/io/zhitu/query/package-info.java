/** The bundled SPARQL queries of {@code queries/}, their headers and parameters, and the runner and writers that execute them over a dataset. */
package io.zhitu.query;
