package vn.vanthu.exchange;

/**
 * What the XML signature of a package delivered here said. A signature that does not hold (the package changed after
 * it was signed) is refused at the door, so it has no value here.
 */
public enum PackageSignature {
    /** Intact, by a certificate that chains to a root this deployment trusts. */
    TRUSTED,
    /** Intact, by a certificate this deployment does not trust (an unknown authority, or expired). */
    UNTRUSTED,
    /** The package carries no signature. */
    UNSIGNED;

    public String messageKey() {
        return "exchange.signature." + name();
    }
}
