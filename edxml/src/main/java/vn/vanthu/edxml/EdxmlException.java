package vn.vanthu.edxml;

/**
 * A package that cannot be read or written, named by the element at fault and the rule it breaks, e.g.
 * {@code "From/OrganId: missing"} or {@code "PromulgationInfo/PromulgationDate: bad date '2026-13-40', expected
 * yyyy/MM/dd"}. The message is meant for the clerk's refusal (status 02) and the log, not a stack trace.
 */
public class EdxmlException extends RuntimeException {

    /** The rule a package broke. */
    public enum Rule {
        /** The input is not XML at all, or not well-formed XML. */
        NOT_XML,
        /** Well-formed XML, but not an edXML package. */
        NOT_EDXML,
        /** A DOCTYPE: DTDs and entities are refused (XXE, entity expansion). */
        DTD_REFUSED,
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** Elements nested deeper than the configured limit. */
        TOO_DEEP,
        /** A required element is absent or empty. */
        MISSING,
        /** An element that may appear once appears again. */
        DUPLICATE,
        /** Elements where text is expected. */
        UNEXPECTED_ELEMENT,
        /** A date or timestamp not in the edXML format. */
        BAD_DATE,
        /** A number, flag or code that is not one. */
        BAD_VALUE,
        /** A status code outside 01–06, 13, 15, 16. */
        UNKNOWN_STATUS_CODE,
        /** Attachment content that is not base64. */
        BROKEN_BASE64,
        /** Manifest and attachments that do not match. */
        BROKEN_ATTACHMENT,
        /** Text the writer cannot put into XML 1.0, such as control characters. */
        UNWRITABLE_TEXT,
        /** The package could not be signed. */
        SIGNING_FAILED
    }

    private final Rule rule;
    private final String element;

    public EdxmlException(Rule rule, String element, String detail) {
        super(element + ": " + detail);
        this.rule = rule;
        this.element = element;
    }

    public EdxmlException(Rule rule, String element, String detail, Throwable cause) {
        this(rule, element, detail);
        initCause(cause);
    }

    /** The rule broken. */
    public Rule rule() {
        return rule;
    }

    /** The element at fault, as a path below {@code MessageHeader} where it is one (e.g. {@code From/OrganId}). */
    public String element() {
        return element;
    }
}
