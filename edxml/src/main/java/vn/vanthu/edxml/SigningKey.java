package vn.vanthu.edxml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The agency's key that signs outgoing packages, with its certificate chain: the signing certificate first,
 * then its issuers, all of which travel in the signature's {@code KeyInfo/X509Data} so that the receiver can
 * check the signature without a directory.
 *
 * @param privateKey an RSA or EC private key
 * @param chain the signing certificate, then its issuers; at least the first
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Check.required(privateKey, "privateKey");
        chain = Check.list(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signing certificate is required");
        }
        XmlDsig.SignatureMethod.forKey(privateKey.getAlgorithm());
        if (!privateKey.getAlgorithm().equals(chain.get(0).getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("the key is " + privateKey.getAlgorithm()
                    + ", the signing certificate's is " + chain.get(0).getPublicKey().getAlgorithm());
        }
    }

    /** The certificate whose key signs. */
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
