package vn.vanthu.outgoing;

/** Where an outgoing document is in its life. */
public enum OutgoingState {
    /** With its drafter, not yet sent for review. */
    DRAFT,
    /** With a reviewer, or with the competent signer to sign. */
    IN_REVIEW,
    /** Sent back to the drafter with a reason. */
    RETURNED,
    /** Signed by the competent official, waiting for the clerk to number and issue it. */
    SIGNED,
    /** Numbered, sealed with the agency signature and sent. */
    ISSUED,
    /** Recalled by the agency after issue: frozen as it was, its recipients asked to remove it (Appendix VI). */
    RECALLED;

    public String messageKey() {
        return "outgoing.state." + name();
    }
}
