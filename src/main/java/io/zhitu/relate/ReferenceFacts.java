package io.zhitu.relate;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Statement;
import io.zhitu.core.Value;
import io.zhitu.core.Vocab;
import io.zhitu.recognize.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the gazetteer knows about the entities of a document (Kimi -> Moonshot AI), as statements
 * without evidence: they go in their own graph and only with --with-reference, never mixed with
 * what the text says.
 */
public final class ReferenceFacts {
    private final Gazetteer gazetteer;

    public ReferenceFacts(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** Facts about the given entities; an entity a fact points to that the text does not name goes to {@code referenceOnly}. */
    public List<Statement> about(Map<String, Entity> entities, Map<String, Entity> referenceOnly) {
        List<Statement> out = new ArrayList<>();
        for (String id : List.copyOf(entities.keySet())) {
            for (Gazetteer.Fact f : gazetteer.factsAbout(id)) {
                Value v = switch (f.key()) {
                    case "totalParameters", "activeParameters" -> new Value.Literal(f.value(), Vocab.XSD_LONG, null);
                    case "architecture" -> new Value.Literal(f.value().equalsIgnoreCase("MoE") ? Vocab.MIXTURE_OF_EXPERTS
                            : Vocab.ZT + "DenseTransformer", null, null);
                    default -> {
                        Entity target = gazetteer.get(f.value());
                        if (target == null) yield null;
                        if (!entities.containsKey(target.id())) referenceOnly.putIfAbsent(target.id(), target);
                        yield new Value.EntityRef(target.id());
                    }
                };
                if (v == null || f.key().equals("architecture") && f.value().isEmpty()) continue;
                if (!RuleSet.PROPERTIES.contains(f.key())) continue;
                out.add(new Statement(id, RelationRules.property(f.key()), v, null));
            }
        }
        return out;
    }
}
