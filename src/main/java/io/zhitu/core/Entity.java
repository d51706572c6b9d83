package io.zhitu.core;

import java.util.List;

/**
 * A real-world thing: from the gazetteer, or minted for a name the gazetteer does not know.
 *
 * @param id        "{kind}/{slug}", slug lower-case ASCII; the IRI is zti: + id (SPDX IRI for licences with spdx)
 * @param kind      its class
 * @param labelEn   English label or null
 * @param labelHans Simplified Chinese label or null
 * @param labelHant Traditional Chinese label or null
 * @param aliases   other known names (gazetteer), used for matching
 * @param wikidata  a Wikidata Q-id ("Q1234") or null
 * @param spdx      an SPDX licence id ("Apache-2.0") or null
 * @param known     true when it comes from the gazetteer
 */
public record Entity(String id, EntityKind kind, String labelEn, String labelHans, String labelHant,
                     List<Name> aliases, String wikidata, String spdx, boolean known) {}
