package vn.vanthu.edxml;

/**
 * The kind of document: a number the receiving system may map and the name the clerk reads ("Công văn").
 *
 * @param type the type number (1 legal-normative, 2 administrative, by the vendors' usage), or {@code null}
 * @param typeDetail the finer type number some systems send, or {@code null}
 * @param typeName the type's name, or {@code null}
 */
public record DocumentType(Integer type, Integer typeDetail, String typeName) {
}
