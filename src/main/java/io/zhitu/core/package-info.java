/** The records every stage passes along (sources, articles, spans, mentions, entities, statements): the ground floor that imports no stage. */
package io.zhitu.core;
