package vn.vanthu.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;

/**
 * A document was numbered, sealed and issued. It carries everything a receiver needs, so that delivery inside the
 * deployment (and the exchange, for agencies outside it) works from the event alone.
 *
 * @param documentIdentity the edXML DocumentId, {@code {OrganId},{yyyy/MM/dd},{number}/{notation}}
 * @param replacesId the earlier document this one replaces, if any
 * @param answersIncomingId the incoming document of the same agency this one answers, if any
 * @param files the main file first, then the appendices, all as issued
 */
public record OutgoingIssued(UUID eventId, UUID documentId, AgencyCode agency, String agencyName,
        String documentIdentity, String codeNumber, String codeNotation, LocalDate promulgationDate,
        DocumentType documentType, String subject, String signerName, String signerPosition, Urgency urgency,
        Confidentiality confidentiality, @Nullable LocalDate replyDue, @Nullable UUID replacesId,
        @Nullable UUID answersIncomingId, List<IssuedFile> files,
        List<IssuedRecipient> recipients, String actor, Instant occurredAt) implements OutgoingEvent {

    /** A file as issued, in storage. */
    public record IssuedFile(String sha256, String fileName, String contentType, long size) {
    }

    /** A recipient with an agency code, its name as "Nơi nhận" writes it, and how it is reached. */
    public record IssuedRecipient(String agencyCode, String name, DeliveryRoute route) {
    }

    /** {@code 15/QĐ-UBND}. */
    public String numberAndNotation() {
        return codeNumber + "/" + codeNotation;
    }

    @Override
    public String action() {
        return "outgoing.issued";
    }

    @Override
    public Map<String, String> facts() {
        return Map.of("number", numberAndNotation(), "documentIdentity", documentIdentity,
                "recipients", String.valueOf(recipients.size()));
    }
}
