package vn.vanthu.outgoing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.incoming.Delivery;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.organisation.AgencyCode;

/**
 * Delivers an issued document (and later its recall) to every recipient agency of the deployment as soon as the
 * issue has committed: each finds it in its clerks' queue. The event publication registry retries a delivery that
 * failed, and a delivery retried finds the copy already there.
 */
@Component
class InternalDelivery {

    private final IncomingManagement incoming;
    private final OutgoingDocuments documents;
    private final TransactionTemplate readOnly;

    InternalDelivery(IncomingManagement incoming, OutgoingDocuments documents,
            PlatformTransactionManager transactions) {
        this.incoming = incoming;
        this.documents = documents;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Each copy commits on its own. A recall or a correction made while (or before, on a retry) the copies were being
     * delivered finds a copy missing and passes it by; so once they are all there, the document is read again and
     * anything done to it since the issue is passed on too (both are harmless when done twice).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OutgoingIssued issued) {
        List<Delivery.File> files = issued.files().stream()
                .map(file -> new Delivery.File(file.sha256(), file.fileName(), file.contentType(), file.size()))
                .toList();
        for (AgencyCode receiver : internal(issued.recipients())) {
            incoming.deliver(new Delivery(issued.documentId(), receiver, issued.agency(), issued.agencyName(),
                    issued.codeNumber(), issued.codeNotation(), issued.promulgationDate(), issued.documentType(),
                    issued.subject(), issued.signerName(), issued.signerPosition(), issued.urgency(),
                    issued.confidentiality(), null, issued.replyDue(), files));
            if (issued.replacesId() != null) {
                incoming.replace(issued.replacesId(), issued.documentId(), receiver,
                        issued.numberAndNotation());
            }
        }
        Since since = readOnly.execute(status -> documents.findById(issued.documentId()).map(Since::of).orElse(null));
        if (since == null) {
            return;
        }
        for (AgencyCode receiver : internal(issued.recipients())) {
            if (!since.subject().equals(issued.subject()) || !Objects.equals(since.replyDue(), issued.replyDue())) {
                incoming.correct(issued.documentId(), receiver, since.subject(), since.replyDue(),
                        since.correction() == null ? "" : since.correction());
            }
            if (since.recallReason() != null) {
                incoming.requestRecall(issued.documentId(), receiver, since.recallReason());
            }
        }
    }

    /** What may have been done to an issued document since its issue event was written. */
    private record Since(String subject, @Nullable LocalDate replyDue, @Nullable String correction,
            @Nullable String recallReason) {

        static Since of(OutgoingDocument document) {
            return new Since(document.subject(), document.replyDue(), document.lastCorrection(),
                    document.state() == OutgoingState.RECALLED ? document.recallReason() : null);
        }
    }

    /** The incoming document a reply answers records the reply's number, as its handlers would have written it. */
    @ApplicationModuleListener
    void answered(OutgoingIssued issued) {
        if (issued.answersIncomingId() != null) {
            incoming.answeredBy(issued.answersIncomingId(), issued.numberAndNotation());
        }
    }

    /** A recall goes to every recipient of the deployment: their clerks are asked to remove the document. */
    @ApplicationModuleListener
    void on(OutgoingRecalled recalled) {
        recalled.recipients().forEach(receiver -> incoming.requestRecall(recalled.documentId(),
                AgencyCode.of(receiver), recalled.reason()));
    }

    /** A correction reaches every copy in the deployment. */
    @ApplicationModuleListener
    void on(OutgoingUpdated updated) {
        updated.recipients().forEach(receiver -> incoming.correct(updated.documentId(), AgencyCode.of(receiver),
                updated.subject(), updated.replyDue(), updated.reason()));
    }

    private static List<AgencyCode> internal(List<OutgoingIssued.IssuedRecipient> recipients) {
        return recipients.stream().filter(recipient -> recipient.route() == DeliveryRoute.INTERNAL)
                .map(recipient -> AgencyCode.of(recipient.agencyCode())).toList();
    }
}
