package vn.vanthu.edxml;

import java.util.Arrays;
import java.util.Optional;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer11_OmitCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer11_WithCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclOmitCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclWithCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_OmitCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_WithCommentsTransformer;

/** The XML Signature vocabulary edXML packages use: namespace, transforms and algorithms with their JCA names. */
final class XmlDsig {

    static final String NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    /** What the government SDK writes for exclusive canonicalization; not the standard's URI, read as if it were. */
    static final String SDK_EXCLUSIVE = "http://www.w3.org/TR/xml-exc-c14n#";

    private XmlDsig() {
    }

    /** Canonicalization methods, each a fresh Santuario streaming transformer. */
    enum Canonicalization {
        INCLUSIVE(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS),
        INCLUSIVE_WITH_COMMENTS(Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS),
        EXCLUSIVE(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS),
        EXCLUSIVE_WITH_COMMENTS(Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS),
        INCLUSIVE_11(Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS),
        INCLUSIVE_11_WITH_COMMENTS(Canonicalizer.ALGO_ID_C14N11_WITH_COMMENTS);

        final String uri;

        Canonicalization(String uri) {
            this.uri = uri;
        }

        static Optional<Canonicalization> of(String uri) {
            if (SDK_EXCLUSIVE.equals(uri)) {
                return Optional.of(EXCLUSIVE);
            }
            return Arrays.stream(values()).filter(method -> method.uri.equals(uri)).findFirst();
        }

        /**
         * The same method without comments: a same-document reference ({@code URI=""}) drops comments before
         * any transform.
         */
        Canonicalization withoutComments() {
            return switch (this) {
                case INCLUSIVE_WITH_COMMENTS -> INCLUSIVE;
                case EXCLUSIVE_WITH_COMMENTS -> EXCLUSIVE;
                case INCLUSIVE_11_WITH_COMMENTS -> INCLUSIVE_11;
                default -> this;
            };
        }

        Transformer transformer() {
            return switch (this) {
                case INCLUSIVE -> new Canonicalizer20010315_OmitCommentsTransformer();
                case INCLUSIVE_WITH_COMMENTS -> new Canonicalizer20010315_WithCommentsTransformer();
                case EXCLUSIVE -> new Canonicalizer20010315_ExclOmitCommentsTransformer();
                case EXCLUSIVE_WITH_COMMENTS -> new Canonicalizer20010315_ExclWithCommentsTransformer();
                case INCLUSIVE_11 -> new Canonicalizer11_OmitCommentsTransformer();
                case INCLUSIVE_11_WITH_COMMENTS -> new Canonicalizer11_WithCommentsTransformer();
            };
        }
    }

    /** Digest methods. SHA-1 only reads: the SDK still signs with it. */
    enum Digest {
        SHA1("http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1"),
        SHA256("http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256"),
        SHA384("http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384"),
        SHA512("http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

        final String uri;
        final String jcaName;

        Digest(String uri, String jcaName) {
            this.uri = uri;
            this.jcaName = jcaName;
        }

        static Optional<Digest> of(String uri) {
            return Arrays.stream(values()).filter(digest -> digest.uri.equals(uri)).findFirst();
        }
    }

    /** Signature methods. ECDSA values are r and s side by side, as XML Signature wants, not DER. */
    enum SignatureMethod {
        RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1", "SHA1withRSA", "RSA"),
        RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", "RSA"),
        RSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA", "RSA"),
        RSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA", "RSA"),
        ECDSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSAinP1363Format", "EC"),
        ECDSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSAinP1363Format", "EC"),
        ECDSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSAinP1363Format", "EC");

        final String uri;
        final String jcaName;
        final String keyAlgorithm;

        SignatureMethod(String uri, String jcaName, String keyAlgorithm) {
            this.uri = uri;
            this.jcaName = jcaName;
            this.keyAlgorithm = keyAlgorithm;
        }

        static Optional<SignatureMethod> of(String uri) {
            return Arrays.stream(values()).filter(method -> method.uri.equals(uri)).findFirst();
        }

        /** What VanThu signs with: SHA-256 and the key's own algorithm. */
        static SignatureMethod forKey(String keyAlgorithm) {
            return switch (keyAlgorithm) {
                case "RSA" -> RSA_SHA256;
                case "EC" -> ECDSA_SHA256;
                default -> throw new IllegalArgumentException("RSA or EC keys only, not " + keyAlgorithm);
            };
        }
    }
}
