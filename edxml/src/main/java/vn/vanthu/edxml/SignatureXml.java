package vn.vanthu.edxml;

import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Writes the {@code Signature} element as the government SDK lays it out (inclusive canonicalization of
 * SignedInfo; one reference to the whole package, enveloped, then exclusively canonicalized; the certificate in
 * {@code X509Data} after its subject name), with SHA-256 instead of the SDK's SHA-1, and the standard URI for
 * exclusive canonicalization instead of the SDK's misspelt one, which standard validators reject.
 */
final class SignatureXml {

    static final List<String> TRANSFORMS = List.of(XmlDsig.ENVELOPED, XmlDsig.Canonicalization.EXCLUSIVE.uri);
    static final XmlDsig.Digest DIGEST = XmlDsig.Digest.SHA256;

    /** Where the signature sits: edXML, edXMLEnvelope, edXMLHeader, Signature. */
    static final int DEPTH = 3;

    private SignatureXml() {
    }

    static byte[] write(XmlDsig.SignatureMethod method, byte[] digest, byte[] signatureValue,
                        List<X509Certificate> chain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOutput out = XmlOutput.fragment(bytes, DEPTH);
        out.startPlain("Signature").declareDefault(XmlDsig.NAMESPACE);
        out.startPlain("SignedInfo")
                .startPlain("CanonicalizationMethod")
                .attribute("Algorithm", XmlDsig.Canonicalization.INCLUSIVE.uri).end()
                .startPlain("SignatureMethod").attribute("Algorithm", method.uri).end()
                .startPlain("Reference").attribute("URI", "")
                .startPlain("Transforms");
        TRANSFORMS.forEach(transform -> out.startPlain("Transform").attribute("Algorithm", transform).end());
        out.end()
                .startPlain("DigestMethod").attribute("Algorithm", DIGEST.uri).end()
                .leafPlain("DigestValue", base64(digest))
                .end()
                .end();
        out.leafPlain("SignatureValue", base64(signatureValue))
                .startPlain("KeyInfo")
                .startPlain("X509Data")
                .leafPlain("X509SubjectName", chain.get(0).getSubjectX500Principal().getName());
        for (X509Certificate certificate : chain) {
            out.leafPlain("X509Certificate", base64(encoded(certificate)));
        }
        out.finish();
        return bytes.toByteArray();
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new EdxmlException(EdxmlException.Rule.SIGNING_FAILED, "Signature",
                    "the certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
