package vn.vanthu.edxml;

import java.util.List;

/** The few rules the model records enforce on construction, so that an invalid package cannot be built. */
final class Check {

    private Check() {
    }

    static void required(Object value, String element) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(element + " is required");
        }
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
