package vn.vanthu.incoming;

/** The steps a person may take on a document, as the page offers them. */
public enum IncomingAction {
    REGISTER, SUBMIT, REFUSE, ASSIGN, DELEGATE, OPINION, COMPLETE, RETURN, REMIND, REOPEN, READ, ACCEPT_RECALL,
    REFUSE_RECALL
}
