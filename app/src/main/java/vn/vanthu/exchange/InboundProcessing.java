package vn.vanthu.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.StatusMessage;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.edxml.Business;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.ReplacementInfo;
import vn.vanthu.edxml.SignerInfo;
import vn.vanthu.incoming.Delivery;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.organisation.AgencyCode;

/**
 * Does what a stored package asks, after the commit that acknowledged it: a new document lands in each addressed
 * agency's clerk queue (the incoming module checks its files' signatures and sends 01 back through
 * {@link OutboundPackages}); a revocation, correction or replacement acts on the copy delivered earlier as the recall
 * rules of the outgoing documents do; a status goes onto the sender-side recipient table. Doing it twice changes
 * nothing, so the event registry may retry freely.
 */
@Component
class InboundProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(InboundProcessing.class);

    private final ExchangePackages packages;
    private final PackageStore store;
    private final IncomingManagement incoming;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InboundProcessing(ExchangePackages packages, PackageStore store, IncomingManagement incoming, JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.packages = packages;
        this.store = store;
        this.incoming = incoming;
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PackageReceived received) {
        ExchangePackage stored = packages.findById(received.packageId()).orElse(null);
        if (stored == null || stored.state() != PackageState.PENDING) {
            return;
        }
        EdxmlMessage message = store.header(stored.id());
        if (message instanceof EdxmlEnvelope envelope) {
            document(stored, envelope);
        } else {
            status(stored, (vn.vanthu.edxml.StatusMessage) message);
        }
        stored.done(Instant.now());
        packages.save(stored);
        LOG.debug("Package {} from {} acted on", stored.id(), stored.fromCode());
    }

    private void document(ExchangePackage stored, EdxmlEnvelope envelope) {
        MessageHeader header = envelope.messageHeader();
        Business business = envelope.traceHeaderList().business();
        UUID origin = stored.originId();
        String reason = business == null || business.reason() == null ? "" : business.reason();
        for (String code : stored.toCodes()) {
            AgencyCode receiver = AgencyCode.of(code);
            switch (stored.business()) {
                case "REVOKE" -> incoming.requestRecall(origin, receiver, reason);
                case "UPDATE" -> incoming.correct(origin, receiver, clip(header.subject(), 500), header.dueDate(),
                        reason);
                default -> {
                    UUID copy = incoming.deliver(delivery(stored, header, receiver));
                    if (stored.documentId() == null) {
                        jdbc.sql("update exchange_package set document_id = ? where id = ?")
                                .params(copy, stored.id()).update();
                    }
                    if (business != null) {
                        replaced(business.replacementInfos(), stored, receiver, header);
                    }
                }
            }
        }
    }

    private void replaced(List<ReplacementInfo> replaced, ExchangePackage stored, AgencyCode receiver,
            MessageHeader header) {
        for (ReplacementInfo older : replaced) {
            if (older.documentId() != null) {
                incoming.replace(EdxmlTerms.originOf(stored.fromCode(), older.documentId()), stored.originId(),
                        receiver, number(header));
            }
        }
    }

    private void status(ExchangePackage stored, vn.vanthu.edxml.StatusMessage status) {
        String note = status.description();
        if (status.statusCode() == vn.vanthu.edxml.StatusCode.RECALL_REQUESTED) {
            UUID origin = EdxmlTerms.originOf(stored.fromCode(), stored.documentIdentity());
            for (String code : stored.toCodes()) {
                incoming.requestRecall(origin, AgencyCode.of(code), note == null ? "" : note);
            }
            return;
        }
        if (stored.documentId() == null) {
            return;
        }
        String actor = status.staffInfo() != null && status.staffInfo().staff() != null ? status.staffInfo().staff()
                : stored.fromCode();
        LocalDateTime at = status.timestamp();
        events.publishEvent(new StatusMessage(UUID.randomUUID(), stored.documentId(), stored.fromCode(), stored.id(),
                EdxmlTerms.status(status.statusCode()), note, actor,
                at == null ? Instant.now() : at.atZone(VietnamTime.ZONE).toInstant()));
    }

    private Delivery delivery(ExchangePackage stored, MessageHeader header, AgencyCode receiver) {
        String from = header.from().organId();
        SignerInfo signer = header.signerInfo();
        List<Delivery.File> files = jdbc.sql("""
                select sha256, file_name, content_type, size from exchange_package_file where package_id = ?
                order by position""")
                .param(stored.id())
                .query((rs, row) -> new Delivery.File(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
        return new Delivery(stored.originId(), receiver, AgencyCode.isValid(from) ? AgencyCode.of(from) : null,
                clip(header.from().organName() == null ? from : header.from().organName(), 200),
                clip(header.code() == null ? null : header.code().codeNumber(), 11),
                clip(header.code() == null ? null : header.code().codeNotation(), 30),
                header.promulgationInfo() == null ? null : header.promulgationInfo().promulgationDate(),
                EdxmlTerms.documentType(header.documentType() == null ? null : header.documentType().typeName()),
                clip(header.subject() == null ? "" : header.subject(), 500),
                clip(signer == null ? null : signer.fullName(), 50),
                clip(signer == null ? null : signer.position(), 100),
                EdxmlTerms.urgency(header.otherInfo() == null ? null : header.otherInfo().priority()),
                Confidentiality.NONE,
                header.otherInfo() == null ? null : header.otherInfo().pageAmount(),
                header.dueDate(), files);
    }

    private static String number(MessageHeader header) {
        return header.code() == null ? "" : header.code().codeNumber() + "/" + header.code().codeNotation();
    }

    private static @Nullable String clip(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
