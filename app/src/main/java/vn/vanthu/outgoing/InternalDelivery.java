package vn.vanthu.outgoing;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

    InternalDelivery(IncomingManagement incoming) {
        this.incoming = incoming;
    }

    @ApplicationModuleListener
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
                        issued.codeNumber() + "/" + issued.codeNotation());
            }
        }
    }

    /** The incoming document a reply answers records the reply's number, as its handlers would have written it. */
    @ApplicationModuleListener
    void answered(OutgoingIssued issued) {
        if (issued.answersIncomingId() != null) {
            incoming.answeredBy(issued.answersIncomingId(), issued.codeNumber() + "/" + issued.codeNotation());
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
