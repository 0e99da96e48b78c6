package vn.vanthu.edxml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Steps through a package's XML events and refuses what edXML never needs: a DOCTYPE (the door to XXE and
 * entity expansion) and nesting beyond the limit. Every reader of a package, the parser's and the signature
 * validator's, goes through here, so the rules hold for both.
 */
final class GuardedReader {

    private final XMLStreamReader reader;
    private final int maxDepth;
    private int depth;

    GuardedReader(XMLStreamReader reader, int maxDepth) {
        this.reader = reader;
        this.maxDepth = maxDepth;
    }

    XMLStreamReader stax() {
        return reader;
    }

    int depth() {
        return depth;
    }

    boolean hasNext() {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw notXml("package", e);
        }
    }

    /**
     * The next event.
     *
     * @param where the element path to name in an error
     */
    int next(String where) {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw notXml(where, e);
        }
        if (event == XMLStreamConstants.DTD) {
            throw new EdxmlException(EdxmlException.Rule.DTD_REFUSED, "DOCTYPE",
                    "refused: edXML needs no DTD, and DTDs carry external and expanding entities");
        }
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
            throw new EdxmlException(EdxmlException.Rule.TOO_DEEP, where,
                    "elements nested deeper than " + maxDepth + " levels");
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    /**
     * A reader failure as a named error: too large when the size limit stopped it, else not well-formed XML
     * (bytes that are not UTF-8 included). A failing source is thrown as an {@link UncheckedIOException}.
     */
    static EdxmlException notXml(String where, XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PackageInput.PackageTooLarge tooLarge) {
                return tooLarge.asEdxmlException();
            }
            if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
                // the source failed (network, disk): not the package's fault, so not an EdxmlException
                throw new UncheckedIOException(io);
            }
        }
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        int message = detail.indexOf("Message: ");
        if (message >= 0) {
            detail = detail.substring(message + "Message: ".length());
        }
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            detail = "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber()
                    + ": " + detail;
        }
        return new EdxmlException(EdxmlException.Rule.NOT_XML, where, "not well-formed XML: " + detail, e);
    }
}
