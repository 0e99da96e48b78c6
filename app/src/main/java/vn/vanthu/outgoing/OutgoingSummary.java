package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.Urgency;

/** A line of an outgoing inbox tab or of the agency's list. */
public record OutgoingSummary(UUID id, OutgoingState state, DocumentType documentType, String subject,
        Urgency urgency, String drafterName, @Nullable String reviewerName, String signerName,
        @Nullable String codeNumber, @Nullable String codeNotation, @Nullable Instant issuedAt, Instant updatedAt) {

    public @Nullable String numberAndNotation() {
        return NumberAndNotation.of(codeNumber, codeNotation);
    }
}
