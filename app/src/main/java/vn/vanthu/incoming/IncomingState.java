package vn.vanthu.incoming;

/** Where an incoming document is in its life. */
public enum IncomingState {
    /** Received by a clerk, not yet in a register. */
    RECEIVED,
    /** In a register with its arrival number, not yet presented to a leader. */
    REGISTERED,
    /** Presented to a leader, waiting to be assigned. */
    SUBMITTED,
    /** Assigned: handlers are at work. */
    IN_HANDLING,
    /** The lead handler has finished it. */
    COMPLETED,
    /** Sent back to the clerk as routed wrongly. */
    RETURNED,
    /** Refused by the clerk: not for this agency, or invalid. */
    REFUSED,
    /** Recalled by its sender: only the record is kept, its content is gone from everyone's view (Appendix VI). */
    RECALLED;

    public String messageKey() {
        return "incoming.state." + name();
    }
}
