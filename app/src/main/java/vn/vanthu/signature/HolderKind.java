package vn.vanthu.signature;

/** Who a signing certificate belongs to. */
public enum HolderKind {
    /** An official, for their personal signature. */
    PERSON,
    /** An agency, for its seal. */
    AGENCY;

    public SignatureKind signatureKind() {
        return this == PERSON ? SignatureKind.PERSONAL : SignatureKind.AGENCY;
    }
}
