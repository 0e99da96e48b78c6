package vn.vanthu.core;

/** The caller is known but their role or place does not allow this (answers 403). */
public final class NotPermitted extends Refusal {

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
