package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A line of the processing timeline as the document page shows it. */
public record StepView(Instant occurredAt, String actorName, StepAction action, @Nullable String handlers,
        @Nullable LocalDate deadline, @Nullable String note) {
}
