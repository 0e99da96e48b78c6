package vn.vanthu.outgoing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the timeline as the document page shows it. */
public record OutgoingStepView(Instant occurredAt, String actor, OutgoingStepAction action,
        @Nullable String addressee, @Nullable String note) {
}
