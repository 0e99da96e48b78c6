package vn.vanthu.incoming;

/** The steps of the processing timeline. */
public enum StepAction {
    RECEIVED, REGISTERED, SUBMITTED, ASSIGNED, DELEGATED, OPINION, COMPLETED, RETURNED, REFUSED, REMINDED, REOPENED,
    READ, RECALL_REQUESTED, RECALL_ACCEPTED, RECALL_REFUSED, REPLACED, UPDATED, ANSWERED;

    public String messageKey() {
        return "incoming.step." + name();
    }
}
