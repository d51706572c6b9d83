package io.zhitu.core;

/** The kinds of things the graph holds; {@code slugPrefix} is the first path segment of their IRIs. */
public enum EntityKind {
    ORG("org"), PERSON("person"), MODEL("model"), LICENSE("license"), COUNTRY("country"),
    PLATFORM("platform"), BENCHMARK("benchmark"), REPORT("report");

    public final String slugPrefix;
    EntityKind(String p) { this.slugPrefix = p; }

    public static EntityKind ofPrefix(String p) {
        for (EntityKind k : values()) if (k.slugPrefix.equals(p)) return k;
        throw new IllegalArgumentException("unknown entity kind '" + p + "'");
    }
}
