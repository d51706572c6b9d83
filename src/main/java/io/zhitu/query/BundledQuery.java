package io.zhitu.query;

/**
 * A query of the library: a bundled {@code queries/NAME.rq} or a user's file.
 *
 * @param name   its name on the command line (the file name without {@code .rq})
 * @param header its header comment
 * @param text   the whole file, header included (so that line numbers are the file's)
 */
public record BundledQuery(String name, QueryHeader header, String text) {

    /** Reads the header of a query text; see {@link QueryHeader#parse}. */
    public static BundledQuery of(String name, String text) {
        return new BundledQuery(name, QueryHeader.parse(name, text), text);
    }

    /** The header's title, or the name when the file has none. */
    public String title() {
        return header.title() != null ? header.title() : name;
    }
}
