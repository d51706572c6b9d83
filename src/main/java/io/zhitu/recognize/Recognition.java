package io.zhitu.recognize;

import io.zhitu.normalize.NormalizedText;
import io.zhitu.core.Entity;
import io.zhitu.core.Mention;

import java.util.List;
import java.util.Map;

/**
 * What the recogniser found in one document.
 *
 * @param text     the normalised text it read
 * @param entities every entity found, by id (gazetteer entries and minted ones)
 * @param found    the mentions in simplified offsets, in text order
 * @param mentions the same mentions in original offsets, for the graph
 */
public record Recognition(NormalizedText text, Map<String, Entity> entities, List<Found> found, List<Mention> mentions) {}
