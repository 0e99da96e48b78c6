package vn.vanthu.outgoing;

/** The outgoing tabs of a person's inbox. */
public enum OutgoingTab {
    /** My drafts, and those returned to me. */
    DRAFTS,
    /** Drafts I hold for review. */
    TO_REVIEW,
    /** Drafts that reached me as the competent signer. */
    TO_SIGN,
    /** Signed documents for the clerks to number and issue. */
    TO_ISSUE,
    /** What the agency has issued (clerks and leaders), or what I drafted that was issued. */
    ISSUED;

    public String messageKey() {
        return "outgoing.tab." + name();
    }
}
