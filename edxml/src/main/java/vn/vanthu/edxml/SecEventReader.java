package vn.vanthu.edxml;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecEventFactory;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;

/**
 * A package as Santuario's streaming canonicalizers consume it: namespace-aware events that know their ancestors
 * (inclusive canonicalization renders the namespaces in scope). Read through the same guards as the parser.
 */
final class SecEventReader {

    private final GuardedReader reader;
    private XMLSecStartElement current;

    SecEventReader(InputStream in, ParserLimits limits) {
        InputStream input = PackageInput.open(in, limits.maxPackageBytes());
        this.reader = new GuardedReader(XmlReaders.open(input, true), limits.maxDepth());
    }

    /** The next event, or {@code null} after the end of the document. */
    XMLSecEvent next() {
        if (!reader.hasNext()) {
            return null;
        }
        int type = reader.next("package");
        XMLSecEvent event;
        try {
            event = XMLSecEventFactory.allocate(reader.stax(), current);
        } catch (XMLStreamException e) {
            throw GuardedReader.notXml("package", e);
        }
        if (type == XMLStreamConstants.START_ELEMENT) {
            current = event.asStartElement();
        } else if (type == XMLStreamConstants.END_ELEMENT) {
            current = current.getParentXMLSecStartElement();
        }
        return event;
    }
}
