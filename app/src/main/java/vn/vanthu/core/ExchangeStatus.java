package vn.vanthu.core;

/**
 * How far a receiver has got with a document it was sent: the status codes of edXML status messages (QCVN 102:2016,
 * shared/docs/standards.md §1). Inside one deployment they travel as {@link StatusMessage} events; between systems as
 * edXML status packages.
 */
public enum ExchangeStatus {
    /** 01: arrived in the receiver's system. */
    DELIVERED("01"),
    /** 02: refused by the receiver's clerk, with a reason. */
    REFUSED("02"),
    /** 03: accepted and registered. */
    ACCEPTED("03"),
    /** 04: assigned to handlers. */
    ASSIGNED("04"),
    /** 05: being handled. */
    IN_PROGRESS("05"),
    /** 06: handling completed. */
    COMPLETED("06"),
    /** 13: the sender recalls the document. */
    RECALL_REQUESTED("13"),
    /** 15: the receiver agreed to the recall and removed the document. */
    RECALL_ACCEPTED("15"),
    /** 16: the receiver refused the recall, with a reason. */
    RECALL_REFUSED("16");

    private final String code;

    ExchangeStatus(String code) {
        this.code = code;
    }

    /** The edXML status code, e.g. {@code 03}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "exchange.status." + name();
    }
}
