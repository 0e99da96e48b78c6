package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;

/**
 * A document issued to {@code receiver} by another agency of the deployment, or by one outside that the exchange
 * brought in: it arrives in the receiver's clerk queue as received, with the issuer's metadata and signed files, and
 * remembers where it came from ({@code originId}) so that every step on it is told back to the issuer. An issuer
 * outside may go by a code that is not in the QCVN 102 form ({@code senderCode} empty then).
 */
public record Delivery(
        UUID originId,
        AgencyCode receiver,
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
        @Nullable LocalDate deadline,
        List<File> files) {

    /** A file already in storage: delivering shares it, the content is never copied. */
    public record File(String sha256, String fileName, String contentType, long size) {
    }

    IncomingDetails details() {
        return new IncomingDetails(senderCode == null ? null : senderCode.value(), senderName, codeNumber,
                codeNotation, promulgationDate, documentType, subject, signerName, signerPosition, urgency, confidentiality, pageCount,
                vn.vanthu.core.DocumentForm.BORN_DIGITAL, null, deadline, null, null);
    }
}
