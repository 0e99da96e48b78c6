package vn.vanthu.core;

/** The request conflicts with a rule or with the current state, e.g. a code already taken (answers 409). */
public final class RuleViolation extends Refusal {

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
