/** Builds the contract graph, with its evidence, from an extraction, and writes it deterministically in every RDF format. */
package io.zhitu.rdf;
