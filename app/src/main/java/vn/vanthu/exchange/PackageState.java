package vn.vanthu.exchange;

/** Where a package is. */
public enum PackageState {
    /** In: stored and acknowledged, not yet turned into documents. Out: waiting for its next attempt. */
    PENDING,
    /** In: acted on (document delivered, status recorded). Out: the peer took it (202). */
    DONE,
    /** Out: refused by the peer or failed too often; waits for the administrator. In: could not be acted on. */
    FAILED;

    public String messageKey() {
        return "exchange.state." + name();
    }
}
