package vn.vanthu.exchange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.vanthu.core.StatusMessage;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.edxml.Attachment;
import vn.vanthu.edxml.Business;
import vn.vanthu.edxml.BusinessDocType;
import vn.vanthu.edxml.Code;
import vn.vanthu.edxml.DocumentType;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.Organization;
import vn.vanthu.edxml.OtherInfo;
import vn.vanthu.edxml.PromulgationInfo;
import vn.vanthu.edxml.ReplacementInfo;
import vn.vanthu.edxml.ResponseFor;
import vn.vanthu.edxml.SignerInfo;
import vn.vanthu.edxml.StaffInfo;
import vn.vanthu.edxml.TraceHeader;
import vn.vanthu.edxml.TraceHeaderList;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.outgoing.DeliveryRoute;
import vn.vanthu.outgoing.OutgoingIssued;
import vn.vanthu.outgoing.OutgoingRecalled;
import vn.vanthu.outgoing.OutgoingUpdated;
import vn.vanthu.storage.Storage;

/**
 * Writes what must leave the deployment into the outbox, each in the transaction of the event that asks for it (the
 * event publication registry keeps the event until that commits, so nothing is lost between the two): an issued
 * document for every recipient another system serves, one package per recipient; its recall and its correction to
 * the same recipients; and every status of a document that came from outside, back to the system it came from.
 */
@Component
class OutboundPackages {

    private final PackageWriting writing;
    private final ExchangePackages packages;
    private final ConnectedSystems peers;
    private final PackageStore store;
    private final Storage storage;
    private final AgencyDirectory directory;

    OutboundPackages(PackageWriting writing, ExchangePackages packages, ConnectedSystems peers, PackageStore store,
            Storage storage, AgencyDirectory directory) {
        this.writing = writing;
        this.packages = packages;
        this.peers = peers;
        this.store = store;
        this.storage = storage;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(OutgoingIssued issued) {
        List<OutgoingIssued.IssuedRecipient> outside = issued.recipients().stream()
                .filter(recipient -> recipient.route() == DeliveryRoute.WAITING_FOR_EXCHANGE).toList();
        if (outside.isEmpty()) {
            return;
        }
        Set<String> sent = packages.findSent(issued.documentId()).stream()
                .flatMap(done -> done.toCodes().stream()).collect(Collectors.toSet());
        RoutingTable routing = peers.routing();
        String replaced = issued.replacesId() == null ? null : packages.findSent(issued.replacesId()).stream()
                .map(ExchangePackage::documentIdentity).findFirst().orElse(null);
        for (OutgoingIssued.IssuedRecipient recipient : outside) {
            if (sent.contains(recipient.agencyCode())) {
                continue;
            }
            BusinessDocType type = replaced == null ? BusinessDocType.NEW : BusinessDocType.REPLACE;
            Business business = new Business(issued.documentIdentity(), type,
                    type == BusinessDocType.NEW ? "Văn bản điện tử mới" : "Văn bản thay thế", 0,
                    new StaffInfo(null, issued.actor(), null, null),
                    replaced == null ? List.of() : List.of(new ReplacementInfo(replaced,
                            List.of(recipient.agencyCode()))), null);
            EdxmlEnvelope envelope = new EdxmlEnvelope(header(issued, recipient),
                    trace(issued.agency().value(), business), attachments(issued));
            // a replacing document is a document of its own; it is recorded as sent like any other
            writing.enqueue(envelope, new PackageFacts(PackageFacts.DOCUMENT, BusinessDocType.NEW.name(),
                    issued.agency().value(), List.of(recipient.agencyCode()), issued.documentIdentity(), null,
                    issued.documentId(), null, issued.subject()), routing.peerFor(recipient.agencyCode()).orElse(null));
        }
    }

    @ApplicationModuleListener
    void on(OutgoingRecalled recalled) {
        for (ExchangePackage sent : packages.findSent(recalled.documentId())) {
            again(sent, BusinessDocType.REVOKE, recalled.reason(), recalled.actor(), null, null);
        }
    }

    @ApplicationModuleListener
    void on(OutgoingUpdated updated) {
        for (ExchangePackage sent : packages.findSent(updated.documentId())) {
            again(sent, BusinessDocType.UPDATE, updated.reason(), updated.actor(), updated.subject(),
                    updated.replyDue());
        }
    }

    /** A status of a document that came from outside goes back to the system that brought it. */
    @ApplicationModuleListener
    void on(StatusMessage message) {
        for (ExchangePackage received : packages.findReceivedByOrigin(message.originId())) {
            if (!"NEW".equals(received.business()) || !received.toCodes().contains(message.receiver())) {
                continue;
            }
            String receiverName = directory.findByCode(vn.vanthu.organisation.AgencyCode.of(message.receiver()))
                    .map(AgencyView::name).orElse(null);
            vn.vanthu.edxml.StatusMessage status = new vn.vanthu.edxml.StatusMessage(
                    new Organization(message.receiver(), null, receiverName, null, null, null, null, null),
                    Organization.of(received.fromCode(), null),
                    new ResponseFor(received.fromCode(), null, null, received.documentIdentity()),
                    new StaffInfo(null, message.actor(), null, null), EdxmlTerms.code(message.status()),
                    message.note() == null ? EdxmlTerms.code(message.status()).meaning() : message.note(),
                    LocalDateTime.ofInstant(message.occurredAt(), VietnamTime.ZONE).withNano(0));
            writing.enqueue(status, new PackageFacts(PackageFacts.STATUS, null, message.receiver(),
                    List.of(received.fromCode()), received.documentIdentity(), received.originId(),
                    message.receivedId(), message.status().code(), null), received.peerId());
            return;
        }
    }

    /** The same document again, to the same recipient through the system it went by, for a revocation or update. */
    private void again(ExchangePackage sent, BusinessDocType type, String reason, String actor,
            @Nullable String subject, java.time.@Nullable LocalDate dueDate) {
        MessageHeader original = ((EdxmlEnvelope) store.header(sent.id())).messageHeader();
        MessageHeader header = new MessageHeader(original.from(), original.to(), original.documentId(),
                original.code(), original.promulgationInfo(), original.documentType(),
                subject == null ? original.subject() : subject, original.content(), original.signerInfo(),
                type == BusinessDocType.UPDATE ? dueDate : original.dueDate(), original.toPlaces(),
                original.otherInfo(), original.responseFor(), original.steeringType());
        Business business = new Business(original.documentId(), type, reason, 0, new StaffInfo(null, actor, null,
                null), List.of(), null);
        writing.enqueue(new EdxmlEnvelope(header, trace(sent.fromCode(), business), List.of()),
                new PackageFacts(PackageFacts.DOCUMENT, type.name(), sent.fromCode(), sent.toCodes(),
                        sent.documentIdentity(), null, sent.documentId(), null, header.subject()), sent.peerId());
    }

    private MessageHeader header(OutgoingIssued issued, OutgoingIssued.IssuedRecipient recipient) {
        List<AgencyView> path = directory.path(issued.agency());
        String inCharge = path.size() > 1 ? path.get(path.size() - 2).name() : null;
        Organization from = new Organization(issued.agency().value(), inCharge, issued.agencyName(), null, null,
                null, null, null);
        return new MessageHeader(from, List.of(Organization.of(recipient.agencyCode(), recipient.name())),
                issued.documentIdentity(), new Code(issued.codeNumber(), issued.codeNotation()),
                new PromulgationInfo(null, issued.promulgationDate()),
                new DocumentType(EdxmlTerms.typeCode(issued.documentType()), 0, issued.documentType().title()),
                issued.subject(), null, new SignerInfo(null, issued.signerPosition(), issued.signerName()),
                issued.replyDue(), List.of(),
                new OtherInfo(issued.urgency().edxmlPriority(), null, null, 1, null, null, List.of()), List.of(),
                null);
    }

    private static TraceHeaderList trace(String from, Business business) {
        return new TraceHeaderList(List.of(new TraceHeader(from, LocalDateTime.now(VietnamTime.ZONE).withNano(0))),
                business);
    }

    private List<Attachment> attachments(OutgoingIssued issued) {
        List<Attachment> attachments = new ArrayList<>();
        for (OutgoingIssued.IssuedFile file : issued.files()) {
            attachments.add(Attachment.of(file.fileName(), file.contentType(), null,
                    () -> storage.open(file.sha256())));
        }
        return attachments;
    }
}
