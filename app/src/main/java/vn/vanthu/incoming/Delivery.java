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
 * A document another agency of the deployment issued to {@code receiver}: it arrives in the receiver's clerk queue
 * as received, with the issuer's metadata and signed files, and remembers where it came from ({@code originId}) so
 * that every step on it is told back to the issuer.
 */
public record Delivery(
        UUID originId,
        AgencyCode receiver,
        AgencyCode senderCode,
        String senderName,
        String codeNumber,
        String codeNotation,
        LocalDate promulgationDate,
        DocumentType documentType,
        String subject,
        String signerName,
        String signerPosition,
        Urgency urgency,
        Confidentiality confidentiality,
        @Nullable Integer pageCount,
        @Nullable LocalDate deadline,
        List<File> files) {

    /** A file already in storage: delivering shares it, the content is never copied. */
    public record File(String sha256, String fileName, String contentType, long size) {
    }

    IncomingDetails details() {
        return new IncomingDetails(senderCode.value(), senderName, codeNumber, codeNotation, promulgationDate,
                documentType, subject, signerName, signerPosition, urgency, confidentiality, pageCount,
                vn.vanthu.core.DocumentForm.BORN_DIGITAL, null, deadline, null, null);
    }
}
