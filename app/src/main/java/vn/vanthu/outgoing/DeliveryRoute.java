package vn.vanthu.outgoing;

/** How an issued document reaches a recipient. */
public enum DeliveryRoute {
    /** An agency of this deployment: into its clerks' queue at once. */
    INTERNAL,
    /** An agency served by another system: queued for the exchange (edXML), not yet sent. */
    WAITING_FOR_EXCHANGE,
    /** No agency code: sent on paper by the clerk. */
    PAPER;

    public String messageKey() {
        return "outgoing.route." + name();
    }
}
