package vn.vanthu.edxml;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;

/**
 * The digest of a whole package minus its signature ({@code URI=""} with the enveloped-signature transform),
 * computed in one streaming pass: events go through Santuario's canonicalizer straight into the digest, so a
 * 200 MB package digests in a few kilobytes. Signer and validator share it, so both mean the same bytes.
 */
final class ReferenceDigest {

    private ReferenceDigest() {
    }

    static byte[] compute(InputStream in, ParserLimits limits, List<String> transforms, XmlDsig.Digest digest) {
        Transformer canonicalizer = canonicalization(transforms).transformer();
        MessageDigest messageDigest;
        try {
            messageDigest = MessageDigest.getInstance(digest.jcaName);
            canonicalizer.setOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), messageDigest));
        } catch (NoSuchAlgorithmException | XMLSecurityException e) {
            throw new IllegalStateException(e);
        }
        SecEventReader events = new SecEventReader(in, limits);
        int skipping = 0;
        boolean signaturePassed = false;
        try {
            for (XMLSecEvent event = events.next(); event != null; event = events.next()) {
                if (skipping == 0 && !signaturePassed && event.isStartElement()
                        && SignatureReader.isSignatureSlot(event.asStartElement())) {
                    signaturePassed = true;
                    skipping = 1;
                } else if (skipping > 0) {
                    skipping += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
                } else {
                    canonicalizer.transform(event);
                }
            }
            canonicalizer.doFinal();
        } catch (XMLStreamException e) {
            throw new SignatureProblem("the package cannot be canonicalized: " + e.getMessage(), e);
        }
        return messageDigest.digest();
    }

    /**
     * The canonicalization the transforms ask for. The enveloped-signature transform must come first; without
     * another one, the node set becomes octets by inclusive canonicalization, as XML Signature says.
     */
    private static XmlDsig.Canonicalization canonicalization(List<String> transforms) {
        if (transforms.isEmpty() || !transforms.get(0).equals(XmlDsig.ENVELOPED) || transforms.size() > 2) {
            throw new SignatureProblem("unsupported transforms " + transforms
                    + ": a package signature is enveloped, then canonicalized");
        }
        if (transforms.size() == 1) {
            return XmlDsig.Canonicalization.INCLUSIVE;
        }
        return XmlDsig.Canonicalization.of(transforms.get(1))
                .orElseThrow(() -> new SignatureProblem("unsupported transform " + transforms.get(1)))
                .withoutComments();
    }
}
