package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Builds the facts of an event for the audit trail, leaving out what is empty. */
final class Facts {

    private Facts() {
    }

    static Map<String, String> optional(String... keysAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null && !keysAndValues[i + 1].isBlank()) {
                facts.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return facts;
    }

    static Map<String, String> of(List<String> leads, List<String> coordinators, List<String> informed,
            @Nullable LocalDate deadline, @Nullable String instruction) {
        return optional("leads", String.join(", ", leads), "coordinators", String.join(", ", coordinators),
                "informed", String.join(", ", informed), "deadline", deadline == null ? null : deadline.toString(),
                "instruction", instruction);
    }
}
