package vn.vanthu.signature;

/** Whose signature it is, Decree 30/2020 Art. 13. */
public enum SignatureKind {
    /** The competent official's personal signature (ký số cá nhân): their handwritten signature image, blue. */
    PERSONAL,
    /** The agency's signature (ký số cơ quan), applied by the clerk: the red seal, or text only on a separate file. */
    AGENCY;

    public String messageKey() {
        return "signature.kind." + name();
    }
}
