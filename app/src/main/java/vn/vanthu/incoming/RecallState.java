package vn.vanthu.incoming;

/** Where a sender's recall of a delivered copy stands. */
public enum RecallState {
    /** The sender recalls it (edXML 13); the clerks have not answered. */
    REQUESTED,
    /** The clerks agreed (15): its content is gone from view. */
    ACCEPTED,
    /** The clerks refused (16), saying why. */
    REFUSED;

    public String messageKey() {
        return "incoming.recall." + name();
    }
}
