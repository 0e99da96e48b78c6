package vn.vanthu.organisation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/** What an edit changed, field by field, as "old → new": the facts an audit row keeps. */
final class Changes {

    private final Map<String, String> changed = new TreeMap<>();

    /** Records the field when the value differs and returns the new value, so a setter reads in one line. */
    <T> @Nullable T track(String field, @Nullable T before, @Nullable T after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, text(before) + " → " + text(after));
        }
        return after;
    }

    boolean isEmpty() {
        return changed.isEmpty();
    }

    Map<String, String> asMap() {
        return Map.copyOf(changed);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "∅" : value.toString();
    }
}
