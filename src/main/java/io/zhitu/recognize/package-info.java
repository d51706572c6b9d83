/** Recognise: find the entities a text names, gazetteer first, then patterns and HanLP's recognisers, one node per thing. */
package io.zhitu.recognize;
