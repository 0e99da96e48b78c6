package vn.vanthu.edxml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that a hostile package cannot turn against us: no DTD processing, no external entities, no
 * external fetches. The JDK's own implementation is used whatever else is on the class path, so these settings
 * mean what they say and text arrives in chunks rather than as one String per element.
 */
final class XmlReaders {

    private XmlReaders() {
    }

    static XMLStreamReader open(InputStream in, boolean namespaceAware) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw GuardedReader.notXml("package", e);
        }
    }
}
