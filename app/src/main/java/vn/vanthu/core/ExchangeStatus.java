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
    COMPLETED("06");

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
