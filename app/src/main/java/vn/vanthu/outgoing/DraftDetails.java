package vn.vanthu.outgoing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;

/**
 * What a drafter records of an outgoing document, Decree 30 Appendix VI: its type and subject, the competent signer
 * and how they sign, urgency and confidentiality, the recipients, when replies are due and the incoming document it
 * answers, and the issued document it replaces. {@code version} is the one the drafter read, when changing it.
 */
public record DraftDetails(
        @NotNull DocumentType documentType,
        @NotBlank @Size(max = 500) String subject,
        @NotNull UUID signerId,
        @Nullable SigningAuthority authority,
        @Nullable @Size(max = 100) String authorityOf,
        @NotNull Urgency urgency,
        @NotNull Confidentiality confidentiality,
        @Size(max = 100) List<@Valid Recipient> recipients,
        @Nullable LocalDate replyDue,
        @Nullable UUID answersIncomingId,
        @Nullable UUID replacesId,
        @Nullable Long version) {

    public DraftDetails {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public SigningAuthority authorityOrNone() {
        return authority == null ? SigningAuthority.NONE : authority;
    }
}
