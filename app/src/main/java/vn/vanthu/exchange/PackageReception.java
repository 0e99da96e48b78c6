package vn.vanthu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.edxml.Attachment;
import vn.vanthu.edxml.BusinessDocType;
import vn.vanthu.edxml.EdxmlEnvelope;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlParser;
import vn.vanthu.edxml.EdxmlSignatureValidator;
import vn.vanthu.edxml.FileContent;
import vn.vanthu.edxml.MessageHeader;
import vn.vanthu.edxml.Organization;
import vn.vanthu.edxml.ParserLimits;
import vn.vanthu.edxml.SignatureValidation;
import vn.vanthu.edxml.StatusCode;
import vn.vanthu.edxml.StatusMessage;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.signature.CertificateTrust;
import vn.vanthu.storage.FileNames;
import vn.vanthu.storage.Storage;
import vn.vanthu.storage.StoredFile;

/**
 * Takes a package a connected system sent: reads it whole (a package that breaks a rule is refused with the rule and
 * the element, and nothing of it stays), checks that it is for us, keeps its files and the package itself, and
 * records it in one transaction before the sender hears 202. What the package asks for is done after the commit
 * ({@link InboundProcessing}), so a sender is never kept waiting for a clerk queue.
 */
@Service
public class PackageReception {

    private final ExchangePackages packages;
    private final PackageStore store;
    private final Storage storage;
    private final AgencyDirectory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ParserLimits limits;
    private final ConnectedSystems peers;
    private final CertificateTrust trust;
    private final EdxmlSignatureValidator signatures;
    private final boolean hub;

    /** What the package's XML signature said, for a package delivered here. */
    private record Signed(PackageSignature signature, @Nullable String signer) {
    }

    PackageReception(ExchangePackages packages, PackageStore store, Storage storage, AgencyDirectory directory,
            JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ExchangeSettings settings, ConnectedSystems peers, CertificateTrust trust) {
        this.peers = peers;
        this.trust = trust;
        this.hub = settings.hub();
        this.packages = packages;
        this.store = store;
        this.storage = storage;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.limits = ParserLimits.DEFAULT.withMaxPackageBytes(settings.maxPackageSize().toBytes());
        this.signatures = new EdxmlSignatureValidator(limits);
    }

    /**
     * @param peerId the system that sent it, authenticated
     * @param file the package as it came, with its SHA-256 and length; moved into the store when taken
     */
    public Receipt receive(UUID peerId, Path file, String sha256, long length) {
        // the envelope alone first: a package for someone else, or taken before, is answered without its attachments
        EdxmlMessage header = parse(file, null);
        if (header instanceof StatusMessage status) {
            return status(peerId, status, file, sha256, length);
        }
        MessageHeader envelope = ((EdxmlEnvelope) header).messageHeader();
        Addressing addressing = Addressing.of(envelope.to().stream().map(Organization::organId).toList(),
                this::servedHere, peers.routing(), hub);
        BusinessDocType business = business((EdxmlEnvelope) header);
        Optional<ExchangePackage> earlier = packages.findReceived(envelope.from().organId(), identity(envelope),
                business.name());
        if (earlier.isPresent()) {
            return new Receipt(earlier.get().id(), true);
        }
        if (addressing.local().isEmpty()) {
            // passed on only: the hub checks the envelope and the bytes' hash, as the national hub does; decoding
            // the attachments is the business of the system that files them
            return document(peerId, (EdxmlEnvelope) header, addressing, business, file, sha256, length, null);
        }
        Path attachments = store.workDirectory();
        try {
            EdxmlEnvelope whole = (EdxmlEnvelope) parse(file, attachments);
            return document(peerId, whole, addressing, business, file, sha256, length, signature(file));
        } finally {
            PackageStore.deleteQuietly(attachments);
        }
    }

    /** @param attachments where the attachments go, or {@code null} to read the envelope alone */
    private EdxmlMessage parse(Path file, @Nullable Path attachments) {
        try (InputStream in = Files.newInputStream(file)) {
            EdxmlParser parser = new EdxmlParser(limits, attachments == null ? store.workRoot() : attachments);
            return attachments == null ? parser.parseHeader(in) : parser.parse(in);
        } catch (EdxmlException e) {
            throw new InvalidValue(e.element(), "exchange.package.refused." + e.rule().name(), e.element(),
                    e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A package changed after it was signed is refused: whoever changed it, its files are not what the sender sent.
     * One signed by a certificate we do not trust, or not signed at all (the government SDK signs only when told to),
     * is taken and marked so; the documents inside carry their own signatures, checked as every incoming file's.
     */
    private Signed signature(Path file) {
        SignatureValidation checked = signatures.validate(file);
        return switch (checked.verdict()) {
            case INVALID -> throw new InvalidValue("Signature", "exchange.package.signature-invalid",
                    checked.reason());
            case UNSIGNED -> new Signed(PackageSignature.UNSIGNED, null);
            case VALID -> new Signed(trust.trusted(checked.signer(), checked.certificates())
                    ? PackageSignature.TRUSTED : PackageSignature.UNTRUSTED,
                    trust.subjectOf(checked.signer()));
        };
    }

    private static BusinessDocType business(EdxmlEnvelope envelope) {
        return envelope.traceHeaderList().business() == null ? BusinessDocType.NEW
                : envelope.traceHeaderList().business().docType();
    }

    /** Keeps the package, and its files when some addressee is served here, and passes it on to the others. */
    private Receipt document(UUID peerId, EdxmlEnvelope envelope, Addressing addressing, BusinessDocType business,
            Path file, String sha256, long length, @Nullable Signed signed) {
        MessageHeader header = envelope.messageHeader();
        String from = header.from().organId();
        String identity = identity(header);
        List<StoredFile> kept = new ArrayList<>();
        if (!addressing.local().isEmpty()) {
            for (Attachment attachment : envelope.attachments()) {
                kept.add(keep(attachment));
            }
        }
        PackageFacts facts = new PackageFacts(PackageFacts.DOCUMENT, business.name(), from, addressing.local(),
                identity, EdxmlTerms.originOf(from, identity), null, null, header.subject());
        UUID id = ExchangePackage.newId();
        try {
            transaction.executeWithoutResult(status -> {
                ExchangePackage received = ExchangePackage.received(id, facts, peerId, sha256, length, Instant.now());
                if (signed != null) {
                    received.signed(signed.signature(), signed.signer());
                }
                received = packages.saveAndFlush(received);
                forward(received, addressing, facts);
                for (int i = 0; i < kept.size(); i++) {
                    Attachment attachment = envelope.attachments().get(i);
                    jdbc.sql("""
                            insert into exchange_package_file (package_id, position, sha256, file_name, content_type,
                                size) values (?, ?, ?, ?, ?, ?)""")
                            .params(id, i, kept.get(i).sha256(), FileNames.clean(attachment.attachmentName()),
                                    kept.get(i).contentType(), kept.get(i).size())
                            .update();
                }
                store.keep(id, file);
                if (received.pending()) {
                    events.publishEvent(new PackageReceived(id));
                }
            });
        } catch (DataIntegrityViolationException e) {
            // the same package, sent twice at once: the other request took it
            store.delete(id);
            return packages.findReceived(from, identity, business.name()).map(taken -> new Receipt(taken.id(), true))
                    .orElseThrow(() -> e);
        } catch (RuntimeException e) {
            store.delete(id);
            throw e;
        }
        return new Receipt(id, false);
    }

    /**
     * A status is about a document we sent (01–06, 15, 16 from its receiver) or, for 13, about one we received
     * (its sender asks for it back); a status about anything else is refused, as it could only be misaddressed.
     */
    private Receipt status(UUID peerId, StatusMessage message, Path file, String sha256, long length) {
        String from = message.from().organId();
        String identity = Objects.requireNonNullElse(message.responseFor().documentId(), "");
        String target = message.to() != null ? message.to().organId() : message.responseFor().organId();
        if (hub && target != null && !servedHere(target)) {
            return passOn(peerId, message, target, identity, file, sha256, length);
        }
        String about;
        UUID documentId;
        if (message.statusCode() == StatusCode.RECALL_REQUESTED) {
            ExchangePackage received = packages.findReceived(from, identity, BusinessDocType.NEW.name())
                    .orElseThrow(() -> new InvalidValue("ResponseFor/DocumentId", "exchange.status.unknown-document",
                            identity));
            about = String.join(" ", received.toCodes());
            documentId = null;
        } else {
            ExchangePackage sent = packages.findSentTo(identity, from)
                    .orElseThrow(() -> new InvalidValue("ResponseFor/DocumentId", "exchange.status.unknown-document",
                            identity));
            about = sent.fromCode();
            documentId = sent.documentId();
        }
        return keepStatus(peerId, new PackageFacts(PackageFacts.STATUS, null, from, List.of(about), identity, null,
                documentId, message.statusCode().code(), message.description()), null, file, sha256, length);
    }

    /** A hub passes a status on to the system that serves the agency it is for, as it does documents. */
    private Receipt passOn(UUID peerId, StatusMessage message, String target, String identity, Path file,
            String sha256, long length) {
        return keepStatus(peerId, new PackageFacts(PackageFacts.STATUS, null, message.from().organId(), List.of(),
                identity, null, null, message.statusCode().code(), message.description()),
                Addressing.of(List.of(target), code -> false, peers.routing(), true), file, sha256, length);
    }

    /** Keeps a status package, acted on after the commit; with {@code passedOn}, sent on to those addressees. */
    private Receipt keepStatus(UUID peerId, PackageFacts facts, @Nullable Addressing passedOn, Path file,
            String sha256, long length) {
        UUID id = ExchangePackage.newId();
        try {
            transaction.executeWithoutResult(status -> {
                ExchangePackage received = packages.saveAndFlush(ExchangePackage.received(id, facts, peerId, sha256,
                        length, Instant.now()));
                if (passedOn != null) {
                    forward(received, passedOn, facts);
                }
                store.keep(id, file);
                if (received.pending()) {
                    events.publishEvent(new PackageReceived(id));
                }
            });
        } catch (RuntimeException e) {
            store.delete(id);
            throw e;
        }
        return new Receipt(id, false);
    }

    /** One package out per addressee another system serves, sending the file that came in. */
    private void forward(ExchangePackage received, Addressing addressing, PackageFacts facts) {
        Instant now = Instant.now();
        addressing.forwarded().forEach((code, peer) -> packages.save(ExchangePackage.forward(received,
                new PackageFacts(facts.messageType(), facts.business(), facts.fromCode(), List.of(code),
                        facts.documentIdentity(), null, null, facts.statusCode(), facts.subject()),
                peer, peers.pushesTo(peer), now)));
    }

    /** Whether the agency with {@code code} is one of this deployment's, and active. */
    private boolean servedHere(String code) {
        return AgencyCode.isValid(code) && directory.findByCode(AgencyCode.of(code))
                .filter(agency -> agency.active()).isPresent();
    }

    /** The DocumentId, or what Decree 30 App. VI compares when a sender leaves it out. */
    static String identity(MessageHeader header) {
        if (header.documentId() != null && !header.documentId().isBlank()) {
            return header.documentId();
        }
        @Nullable String number = header.code() == null ? null : header.code().codeNumber();
        @Nullable String notation = header.code() == null ? null : header.code().codeNotation();
        String date = header.promulgationInfo() == null || header.promulgationInfo().promulgationDate() == null ? ""
                : header.promulgationInfo().promulgationDate().toString().replace('-', '/');
        return header.from().organId() + "," + date + "," + Objects.requireNonNullElse(number, "") + "/"
                + Objects.requireNonNullElse(notation, "");
    }

    private StoredFile keep(Attachment attachment) {
        if (!(attachment.content() instanceof FileContent content)) {
            throw new IllegalStateException("a full parse gives every attachment as a file");
        }
        try (InputStream in = content.open()) {
            return storage.store(in, attachment.attachmentName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
