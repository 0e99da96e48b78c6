package vn.vanthu.outgoing;

/** The steps of an outgoing document's timeline. */
public enum OutgoingStepAction {
    DRAFTED, CHANGED, REVISED, SUBMITTED, APPROVED, COMMENTED, RETURNED, SIGNED, ISSUED, RECALLED, REPLACED, UPDATED;

    public String messageKey() {
        return "outgoing.step." + name();
    }
}
