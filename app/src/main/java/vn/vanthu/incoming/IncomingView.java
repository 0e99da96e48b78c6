package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentForm;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;

/**
 * An incoming document as its page and the API show it to one reader: metadata, registration, handling, files,
 * timeline, who has work on it now, and the steps this reader may take.
 */
public record IncomingView(
        UUID id,
        AgencyCode agencyCode,
        IncomingState state,
        @Nullable AgencyCode senderCode,
        String senderName,
        @Nullable String codeNumber,
        @Nullable String codeNotation,
        @Nullable LocalDate promulgationDate,
        DocumentType documentType,
        String subject,
        @Nullable String signerName,
        @Nullable String signerPosition,
        Urgency urgency,
        Confidentiality confidentiality,
        @Nullable Integer pageCount,
        DocumentForm form,
        Instant arrivedAt,
        @Nullable LocalDate deadline,
        @Nullable UUID registerId,
        @Nullable Integer registerYear,
        @Nullable Long arrivalNumber,
        @Nullable Instant registeredAt,
        @Nullable String leadUnitName,
        @Nullable LocalDate handlingDeadline,
        @Nullable String instruction,
        @Nullable Instant completedAt,
        @Nullable String answeredBy,
        @Nullable RecallState recallState,
        @Nullable String recallReason,
        @Nullable UUID replacedById,
        @Nullable UUID replacesId,
        List<FileView> files,
        List<StepView> timeline,
        List<HandlerView> handlers,
        Set<IncomingAction> allowedActions,
        @Nullable Long version) {

    /** "Số/ký hiệu" as Decree 30 writes it: {@code 15/CT-UBND}. */
    public @Nullable String numberAndNotation() {
        return NumberAndNotation.of(codeNumber, codeNotation);
    }

    public boolean may(IncomingAction action) {
        return allowedActions.contains(action);
    }
}
