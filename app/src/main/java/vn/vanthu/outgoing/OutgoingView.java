package vn.vanthu.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.signature.Verdict;

/**
 * An outgoing document as one reader sees it: its metadata, who holds it, its number once issued, its versions,
 * appendices, recipients with their statuses and timeline, and the steps this reader may take now.
 *
 * @param authorityLines the signature block's lines above the signature, e.g. {@code KT. CHỦ TỊCH}, {@code PHÓ
 *     CHỦ TỊCH}
 * @param documentIdentity the edXML DocumentId once issued
 * @param signatures what the last check of the main file's signatures found (none while unsigned or unchecked)
 */
public record OutgoingView(
        UUID id,
        AgencyCode agencyCode,
        OutgoingState state,
        DocumentType documentType,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        String drafterName,
        @Nullable String draftingUnit,
        UUID signerId,
        String signerName,
        String signerPosition,
        SigningAuthority authority,
        @Nullable String authorityOf,
        List<String> authorityLines,
        @Nullable LocalDate replyDue,
        @Nullable UUID answersIncomingId,
        @Nullable UUID reviewerId,
        @Nullable String reviewerName,
        @Nullable Instant signedAt,
        @Nullable UUID registerId,
        @Nullable Integer registerYear,
        @Nullable String codeNumber,
        @Nullable String codeNotation,
        @Nullable Instant issuedAt,
        @Nullable String documentIdentity,
        @Nullable String recallReason,
        @Nullable Instant recalledAt,
        @Nullable UUID replacesId,
        @Nullable UUID replacedById,
        @Nullable Verdict signatures,
        List<VersionView> versions,
        List<AppendixView> appendices,
        List<RecipientView> recipients,
        List<OutgoingStepView> timeline,
        Set<OutgoingAction> allowedActions,
        @Nullable Long version) {

    public @Nullable String numberAndNotation() {
        return NumberAndNotation.of(codeNumber, codeNotation);
    }

    public boolean may(OutgoingAction action) {
        return allowedActions.contains(action);
    }
}
