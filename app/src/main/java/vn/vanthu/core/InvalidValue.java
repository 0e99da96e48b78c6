package vn.vanthu.core;

import org.jspecify.annotations.Nullable;

/** A value that breaks its own format rule, e.g. a malformed identity code (answers 400 naming the field). */
public final class InvalidValue extends Refusal {

    private final @Nullable String field;

    public InvalidValue(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
