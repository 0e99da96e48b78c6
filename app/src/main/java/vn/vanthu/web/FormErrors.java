package vn.vanthu.web;

import org.springframework.validation.BindingResult;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.Refusal;

/** Shows a refusal on the form that caused it: under the field it names, or at the top of the form. */
public final class FormErrors {

    private static final String STALE = "problem.concurrent-edit";

    private FormErrors() {
    }

    /**
     * Whether the form was filled from a reading someone else has saved over since. Showing it again would only fail
     * again: the page reloads the current data instead, saying so ({@code stale} flash attribute).
     */
    public static boolean isStale(Refusal refusal) {
        return STALE.equals(refusal.messageKey());
    }

    public static void show(BindingResult form, Refusal refusal) {
        if (refusal instanceof InvalidValue invalid && invalid.field() != null
                && form.getTarget() != null && hasField(form, invalid.field())) {
            form.rejectValue(invalid.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            form.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
