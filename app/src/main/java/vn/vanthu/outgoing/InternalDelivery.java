package vn.vanthu.outgoing;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.vanthu.incoming.Delivery;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.organisation.AgencyCode;

/**
 * Delivers an issued document to every recipient agency of the deployment as soon as the issue has committed: each
 * finds it in its clerks' queue. The event publication registry retries a delivery that failed, and a delivery
 * retried finds the copy already there.
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
        issued.recipients().stream()
                .filter(recipient -> recipient.route() == DeliveryRoute.INTERNAL)
                .forEach(recipient -> incoming.deliver(new Delivery(issued.documentId(),
                        AgencyCode.of(recipient.agencyCode()), issued.agency(), issued.agencyName(),
                        issued.codeNumber(), issued.codeNotation(), issued.promulgationDate(), issued.documentType(),
                        issued.subject(), issued.signerName(), issued.signerPosition(), issued.urgency(),
                        issued.confidentiality(), null, issued.replyDue(), files)));
    }
}
