package io.zhitu.query;

import java.util.Locale;

/**
 * One parameter of a query, declared in its header as
 * {@code # param: NAME TYPE DEFAULT -- DESCRIPTION}; it binds the variable {@code ?NAME} of the query.
 *
 * @param name         the parameter's name, also the SPARQL variable it binds
 * @param type         what values it takes
 * @param required     true when DEFAULT is {@code required}
 * @param defaultValue the value used when none is given (as the user would type it); null when
 *                     required or optional (an optional parameter not given leaves {@code ?NAME} unbound)
 * @param description  one line for help texts
 */
public record QueryParam(String name, Type type, boolean required, String defaultValue, String description) {

    /** What a parameter takes. */
    public enum Type {
        /** a full IRI, {@code <IRI>} or a prefixed name ({@code zti:org/alibaba}) */
        IRI,
        /** any text, bound as an {@code xsd:string} literal */
        STRING,
        /** a whole number, bound as an {@code xsd:integer} literal */
        INTEGER,
        /** {@code YYYY-MM-DD}, bound as an {@code xsd:date} literal */
        DATE;

        /** The type's name in headers: {@code iri}, {@code string}, {@code integer}, {@code date}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type of a header keyword, or null. */
        public static Type ofKeyword(String keyword) {
            for (Type t : values()) if (t.keyword().equals(keyword)) return t;
            return null;
        }
    }

    /** True when not given means unbound (neither required nor with a default). */
    public boolean optional() {
        return !required && defaultValue == null;
    }

    /** The DEFAULT field as written in a header: {@code required}, {@code optional} or the default value. */
    public String defaultField() {
        return required ? "required" : defaultValue == null ? "optional" : defaultValue;
    }
}
