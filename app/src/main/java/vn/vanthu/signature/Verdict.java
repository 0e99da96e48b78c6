package vn.vanthu.signature;

/** What a validation concluded, for one signature or for the whole file (ETSI EN 319 102-1 indications). */
public enum Verdict {
    /** Intact, from a trusted chain, not revoked at signing time (TOTAL-PASSED). */
    VALID,
    /** Altered after signing, a broken signature, or a revoked certificate (TOTAL-FAILED). */
    INVALID,
    /** Cannot be decided now: an unknown root, no revocation data, an expired certificate with no timestamp. */
    INDETERMINATE,
    /** The file carries no signature. */
    UNSIGNED;

    public String messageKey() {
        return "signature.verdict." + name();
    }

    Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() && other != UNSIGNED ? other : this;
    }
}
