package vn.vanthu.edxml;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A package's {@code Signature} as read, with its {@code SignedInfo} already canonicalized, since that must happen
 * in the context of the document around it.
 *
 * @param canonicalSignedInfo the bytes the signature value signs
 * @param method the signature method
 * @param transforms the reference's transform URIs, in order
 * @param digest the reference's digest method
 * @param digestValue the reference's digest
 * @param signatureValue the signature value
 * @param certificates the certificates of {@code KeyInfo/X509Data}, as sent
 */
record SignatureElement(byte[] canonicalSignedInfo, XmlDsig.SignatureMethod method, List<String> transforms,
                        XmlDsig.Digest digest, byte[] digestValue, byte[] signatureValue,
                        List<X509Certificate> certificates) {
}
