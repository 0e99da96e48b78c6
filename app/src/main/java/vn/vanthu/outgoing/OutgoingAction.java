package vn.vanthu.outgoing;

/** The steps a person may take on an outgoing document, as the pages offer them. */
public enum OutgoingAction {
    /** Change the metadata, the main file or the appendices. */
    EDIT,
    SUBMIT,
    /** Approve and pass on up the chain. */
    APPROVE,
    COMMENT,
    RETURN,
    SIGN,
    /** Number, seal with the agency signature and issue. */
    ISSUE,
    /** Recall an issued document from its recipients. */
    RECALL,
    /** Draft a document that replaces an issued one. */
    REPLACE,
    /** Correct an issued document's metadata. */
    UPDATE
}
