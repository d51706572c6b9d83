package io.zhitu.core;

/** The IRIs of the graph contract ({@code shared/contract/graph-contract.md}), as strings. */
public final class Vocab {
    private Vocab() {}

    public static final String ZT = "https://w3id.org/zhitu/ontology#";
    public static final String ZTI = "https://w3id.org/zhitu/id/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SPDX = "http://spdx.org/licenses/";
    public static final String WD = "http://www.wikidata.org/entity/";

    // statements
    public static final String DEVELOPED_BY = ZT + "developedBy";
    public static final String PART_OF_FAMILY = ZT + "partOfFamily";
    public static final String PARENT_ORGANIZATION = SCHEMA + "parentOrganization";
    public static final String AFFILIATION = SCHEMA + "affiliation";
    public static final String JOB_TITLE = SCHEMA + "jobTitle";
    public static final String AUTHOR = SCHEMA + "author";
    public static final String AUTHOR_COUNT = ZT + "authorCount";
    public static final String PUBLISHER = SCHEMA + "publisher";
    public static final String DATE_PUBLISHED = SCHEMA + "datePublished";
    public static final String NAME = SCHEMA + "name";
    public static final String ABOUT = SCHEMA + "about";
    public static final String MENTIONS = SCHEMA + "mentions";
    public static final String LICENSE = SCHEMA + "license";
    public static final String TOTAL_PARAMETERS = ZT + "totalParameters";
    public static final String ACTIVE_PARAMETERS = ZT + "activeParameters";
    public static final String ARCHITECTURE = ZT + "architecture";
    public static final String COUNTRY = ZT + "country";
    public static final String OUTPERFORMS = ZT + "outperforms";
    public static final String RANKED_FIRST_ON = ZT + "rankedFirstOn";

    // classes and individuals
    public static final String ORGANIZATION = SCHEMA + "Organization";
    public static final String PERSON = SCHEMA + "Person";
    public static final String AI_MODEL = ZT + "AIModel";
    public static final String LICENSE_CLASS = ZT + "License";
    public static final String COUNTRY_CLASS = SCHEMA + "Country";
    public static final String PLATFORM = ZT + "Platform";
    public static final String BENCHMARK = ZT + "Benchmark";
    public static final String REPORT = SCHEMA + "Report";
    public static final String NEWS_ARTICLE = SCHEMA + "NewsArticle";
    public static final String ARCHITECTURE_CLASS = ZT + "Architecture";
    public static final String MIXTURE_OF_EXPERTS = ZT + "MixtureOfExperts";

    public static final String XSD_LONG = XSD + "long";
    public static final String XSD_INTEGER = XSD + "integer";
    public static final String XSD_DATE = XSD + "date";
    public static final String XSD_GYEAR_MONTH = XSD + "gYearMonth";
    public static final String XSD_GYEAR = XSD + "gYear";

    /** The class IRI of an entity kind. */
    public static String classOf(EntityKind k) {
        return switch (k) {
            case ORG -> ORGANIZATION;
            case PERSON -> PERSON;
            case MODEL -> AI_MODEL;
            case LICENSE -> LICENSE_CLASS;
            case COUNTRY -> COUNTRY_CLASS;
            case PLATFORM -> PLATFORM;
            case BENCHMARK -> BENCHMARK;
            case REPORT -> REPORT;
        };
    }

    /** The IRI of an entity: the SPDX licence IRI where it has one, else zti: + id. */
    public static String iriOf(Entity e) {
        return e.spdx() != null ? SPDX + e.spdx() : ZTI + e.id();
    }
}
