package vn.vanthu.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;

/**
 * Finds the signature where edXML puts it, as a child of {@code edXMLHeader}, and reads it without reading the
 * rest of the package: the header comes first, the attachments after it.
 */
final class SignatureReader {

    /** SignedInfo is a handful of elements; more events than this is not a signature but an attack. */
    private static final int MAX_SIGNED_INFO_EVENTS = 1000;
    private static final int MAX_VALUE_CHARS = 1024 * 1024;

    private final SecEventReader events;
    private final List<XMLSecEvent> signedInfo = new ArrayList<>();
    private final List<String> transforms = new ArrayList<>();
    private final List<String> certificates = new ArrayList<>();
    private String canonicalization;
    private String signatureMethod;
    private String digestMethod;
    private String digestValue;
    private String signatureValue;
    private int references;
    private StringBuilder text;

    private SignatureReader(SecEventReader events) {
        this.events = events;
    }

    /** The package's signature, or {@code null} when it has none. */
    static SignatureElement read(InputStream in, ParserLimits limits) {
        return new SignatureReader(new SecEventReader(in, limits)).find();
    }

    /** Whether {@code element} is a child of {@code edXMLHeader} named {@code Signature}, in any namespace. */
    static boolean isSignatureSlot(XMLSecStartElement element) {
        XMLSecStartElement parent = element.getParentXMLSecStartElement();
        return parent != null && element.getName().getLocalPart().equals("Signature")
                && isHeader(parent.getName());
    }

    private static boolean isHeader(QName name) {
        return name.getLocalPart().equals("edXMLHeader") && EdxmlMessage.NAMESPACE.equals(name.getNamespaceURI());
    }

    private SignatureElement find() {
        for (XMLSecEvent event = events.next(); event != null; event = events.next()) {
            if (event.isStartElement() && isSignatureSlot(event.asStartElement())) {
                if (!XmlDsig.NAMESPACE.equals(event.asStartElement().getName().getNamespaceURI())) {
                    throw new SignatureProblem("the Signature element is not in the XML Signature namespace");
                }
                readSignature();
                return element();
            }
            if (event.isEndElement() && isHeader(event.asEndElement().getName())) {
                return null;
            }
        }
        return null;
    }

    private void readSignature() {
        int depth = 1;
        boolean inSignedInfo = false;
        while (depth > 0) {
            XMLSecEvent event = events.next();
            if (event == null) {
                throw new SignatureProblem("the package ends inside its Signature");
            }
            if (inSignedInfo || event.isStartElement() && isDsig(event.asStartElement(), "SignedInfo")) {
                inSignedInfo = true;
                signedInfo.add(event);
                if (signedInfo.size() > MAX_SIGNED_INFO_EVENTS) {
                    throw new SignatureProblem("SignedInfo is too large");
                }
            }
            switch (event.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    start(event.asStartElement());
                }
                case XMLStreamConstants.CHARACTERS -> appendText(event);
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    inSignedInfo = inSignedInfo && !event.asEndElement().getName().getLocalPart().equals("SignedInfo");
                    end(event.asEndElement().getName().getLocalPart());
                }
                default -> {
                    // comments and processing instructions matter only inside SignedInfo, kept above
                }
            }
        }
    }

    private void start(XMLSecStartElement element) {
        if (!XmlDsig.NAMESPACE.equals(element.getName().getNamespaceURI())) {
            return;
        }
        switch (element.getName().getLocalPart()) {
            case "CanonicalizationMethod" -> canonicalization = attribute(element, "Algorithm");
            case "SignatureMethod" -> signatureMethod = attribute(element, "Algorithm");
            case "Reference" -> {
                references++;
                if (!"".equals(attribute(element, "URI"))) {
                    throw new SignatureProblem("the Reference does not cover the whole package (URI is not \"\")");
                }
            }
            case "Transform" -> transforms.add(attribute(element, "Algorithm"));
            case "DigestMethod" -> digestMethod = attribute(element, "Algorithm");
            case "DigestValue", "SignatureValue", "X509Certificate" -> text = new StringBuilder();
            default -> {
                // other elements carry nothing the validation needs
            }
        }
    }

    private void appendText(XMLSecEvent event) {
        if (text != null) {
            text.append(event.asCharacters().getText());
            if (text.length() > MAX_VALUE_CHARS) {
                throw new SignatureProblem("a Signature value is too long");
            }
        }
    }

    private void end(String name) {
        switch (name) {
            case "DigestValue" -> digestValue = text.toString();
            case "SignatureValue" -> signatureValue = text.toString();
            case "X509Certificate" -> certificates.add(text.toString());
            default -> {
                return;
            }
        }
        text = null;
    }

    private SignatureElement element() {
        if (references != 1) {
            throw new SignatureProblem("a package signature has one Reference, this one has " + references);
        }
        XmlDsig.Canonicalization method = XmlDsig.Canonicalization.of(canonicalization).orElseThrow(
                () -> new SignatureProblem("unsupported canonicalization " + canonicalization));
        XmlDsig.SignatureMethod signing = XmlDsig.SignatureMethod.of(signatureMethod).orElseThrow(
                () -> new SignatureProblem("unsupported signature method " + signatureMethod));
        XmlDsig.Digest digest = XmlDsig.Digest.of(digestMethod).orElseThrow(
                () -> new SignatureProblem("unsupported digest method " + digestMethod));
        return new SignatureElement(canonicalize(method), signing, List.copyOf(transforms), digest,
                base64("DigestValue", digestValue), base64("SignatureValue", signatureValue), certificates());
    }

    private byte[] canonicalize(XmlDsig.Canonicalization method) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Transformer transformer = method.transformer();
            transformer.setOutputStream(bytes);
            for (XMLSecEvent event : signedInfo) {
                transformer.transform(event);
            }
            transformer.doFinal();
        } catch (XMLStreamException | XMLSecurityException e) {
            throw new SignatureProblem("SignedInfo cannot be canonicalized: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private List<X509Certificate> certificates() {
        if (certificates.isEmpty()) {
            throw new SignatureProblem("no signing certificate in KeyInfo/X509Data");
        }
        List<X509Certificate> parsed = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (String certificate : certificates) {
                parsed.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(base64("X509Certificate", certificate))));
            }
        } catch (CertificateException e) {
            throw new SignatureProblem("X509Certificate is not a certificate: " + e.getMessage(), e);
        }
        return parsed;
    }

    private static byte[] base64(String element, String value) {
        if (value == null) {
            throw new SignatureProblem(element + " is missing");
        }
        try {
            return Base64.getMimeDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new SignatureProblem(element + " is not base64", e);
        }
    }

    private static String attribute(XMLSecStartElement element, String name) {
        Attribute attribute = element.getAttributeByName(new QName(name));
        return attribute == null ? null : attribute.getValue();
    }

    private static boolean isDsig(XMLSecStartElement element, String name) {
        return element.getName().getLocalPart().equals(name)
                && XmlDsig.NAMESPACE.equals(element.getName().getNamespaceURI());
    }
}
