package vn.vanthu.core;

import java.util.Arrays;

/**
 * A request VanThu refuses for a reason the user can act on. The message key is resolved against
 * {@code messages_vi/en.properties}, so the same refusal reads in Vietnamese in the UI and in the API's
 * Problem Details.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, RuleViolation, InvalidValue, NotPermitted {

    private final String messageKey;
    private final Object[] arguments;

    protected Refusal(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
