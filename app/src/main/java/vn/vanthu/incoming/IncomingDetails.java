package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentForm;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;

/**
 * What a clerk records of an arriving document: the metadata of Decree 30 Appendix VI and edXML. The sender is an
 * agency of the directory ({@code senderCode}) or one typed by name for senders outside it. With a
 * {@code registerId} the document goes into that register at once. {@code acceptDuplicate} confirms a document that
 * looks like one already registered.
 */
public record IncomingDetails(
        @Nullable @Size(max = 13) String senderCode,
        @Nullable @Size(max = 200) String senderName,
        @Nullable @Size(max = 11) String codeNumber,
        @Nullable @Size(max = 30) String codeNotation,
        @Nullable LocalDate promulgationDate,
        @NotNull DocumentType documentType,
        @NotBlank @Size(max = 500) String subject,
        @Nullable @Size(max = 50) String signerName,
        @Nullable @Size(max = 100) String signerPosition,
        @NotNull Urgency urgency,
        @NotNull Confidentiality confidentiality,
        @Nullable @Min(1) @Max(99_999) Integer pageCount,
        @NotNull DocumentForm form,
        @Nullable Instant arrivedAt,
        @Nullable LocalDate deadline,
        @Nullable UUID registerId,
        @Nullable Boolean acceptDuplicate) {

    /** The clerk has confirmed that a look-alike of a registered document is a different one. */
    public boolean duplicateConfirmed() {
        return Boolean.TRUE.equals(acceptDuplicate);
    }
}
