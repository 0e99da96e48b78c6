package vn.vanthu.register;

/** What a register records: documents that arrive, or documents the agency issues. */
public enum RegisterKind {
    INCOMING, OUTGOING;

    public String messageKey() {
        return "register.kind." + name();
    }
}
