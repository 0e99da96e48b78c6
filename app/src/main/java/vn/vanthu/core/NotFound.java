package vn.vanthu.core;

/** The thing asked for does not exist, or the caller may not know that it exists (answers 404). */
public final class NotFound extends Refusal {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
