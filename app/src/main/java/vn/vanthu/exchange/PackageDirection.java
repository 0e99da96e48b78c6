package vn.vanthu.exchange;

/** Which way a package goes: in from a peer, or out to one. */
public enum PackageDirection {
    IN, OUT;

    public String messageKey() {
        return "exchange.direction." + name();
    }
}
