package vn.vanthu.signature;

/** What the signer's certificate's issuer said about it (OCSP or CRL). */
public enum RevocationState {
    GOOD,
    REVOKED,
    UNKNOWN,
    /** No revocation data could be had. */
    NOT_CHECKED;

    public String messageKey() {
        return "signature.revocation." + name();
    }
}
