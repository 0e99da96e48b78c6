package vn.vanthu.signature.internal;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** One of the built-in authority's own certificates with its key. */
record Authority(Role role, X509Certificate certificate, PrivateKey privateKey) {

    enum Role {
        /** The self-signed root every built-in chain ends in. */
        ROOT,
        /** The subordinate CA that issues officials' and agencies' certificates, signs the CRL and OCSP answers. */
        ISSUING,
        /** The RFC 3161 timestamp authority. */
        TIMESTAMPING
    }

    KeyPair keyPair() {
        return new KeyPair(certificate.getPublicKey(), privateKey);
    }
}
