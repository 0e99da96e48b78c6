package vn.vanthu.signature;

/** Where the private key of a signing certificate is, and so how a signature with it is made. */
public enum KeySource {
    /** A PKCS#12 kept by VanThu, protected by the holder's PIN and sealed with the deployment's signature key. */
    PKCS12,
    /** A PKCS#11 token or HSM the deployment configures (agency seals). */
    PKCS11,
    /** A phone that made the key itself and never lets it out; it approves each signing request. */
    PHONE
}
