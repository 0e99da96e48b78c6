package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Ids;

/**
 * An edXML package that came in or goes out, kept on disk under its id, with what the exchange pages show of it and,
 * going out, how its delivery goes. Packages are written once and never changed; only their state moves.
 */
@Entity
@Table(name = "exchange_package")
class ExchangePackage {

    private static final int ERROR_LENGTH = 2000;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private PackageDirection direction;
    private String messageType;
    private @Nullable String business;
    @Enumerated(EnumType.STRING)
    private PackageState state;
    private @Nullable UUID peerId;
    private String fromCode;
    private String toCodes;
    private String documentIdentity;
    private @Nullable UUID originId;
    private @Nullable UUID documentId;
    private @Nullable UUID sourceId;
    private @Nullable String statusCode;
    private @Nullable String subject;
    private String sha256;
    private long length;
    private int attempts;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant doneAt;
    @Enumerated(EnumType.STRING)
    private @Nullable PackageSignature xmlSignature;
    private @Nullable String xmlSigner;

    private ExchangePackage(UUID id, PackageDirection direction, PackageFacts facts, @Nullable UUID peerId,
            String sha256, long length, Instant now) {
        this.id = id;
        this.direction = direction;
        this.messageType = facts.messageType();
        this.business = facts.business();
        this.fromCode = facts.fromCode();
        this.toCodes = String.join(" ", facts.toCodes());
        this.documentIdentity = facts.documentIdentity();
        this.originId = facts.originId();
        this.documentId = facts.documentId();
        this.statusCode = facts.statusCode();
        this.subject = facts.subject();
        this.peerId = peerId;
        this.sha256 = sha256;
        this.length = length;
        this.state = PackageState.PENDING;
        this.createdAt = now;
    }

    protected ExchangePackage() {
        // for JPA
    }

    /**
     * A package a peer sent, stored before it is acknowledged; one for no agency of this deployment (a hub passes it
     * on) has nothing left to do here.
     */
    static ExchangePackage received(UUID id, PackageFacts facts, UUID peerId, String sha256, long length,
            Instant now) {
        ExchangePackage received = new ExchangePackage(id, PackageDirection.IN, facts, peerId, sha256, length, now);
        if (facts.toCodes().isEmpty()) {
            received.done(now);
        }
        return received;
    }

    /** Whether something is still to be done with it here. */
    boolean pending() {
        return state == PackageState.PENDING;
    }

    /** A package to send, due at once; with no peer it waits for a route. */
    static ExchangePackage toSend(UUID id, PackageFacts facts, @Nullable UUID peerId, String sha256, long length,
            Instant now) {
        ExchangePackage sent = new ExchangePackage(id, PackageDirection.OUT, facts, peerId, sha256, length, now);
        if (peerId == null) {
            sent.state = PackageState.FAILED;
            sent.lastError = "no-route";
        } else {
            sent.nextAttemptAt = now;
        }
        return sent;
    }

    /**
     * A package that came in, passed on as it is to the system that serves {@code toCode}: pushed at once, or, to a
     * system that polls, left waiting for it to take.
     */
    static ExchangePackage forward(ExchangePackage received, PackageFacts facts, UUID peerId, boolean push,
            Instant now) {
        ExchangePackage forward = new ExchangePackage(newId(), PackageDirection.OUT, facts, peerId, received.sha256,
                received.length, now);
        forward.sourceId = received.id;
        forward.nextAttemptAt = push ? now : null;
        return forward;
    }

    static UUID newId() {
        return Ids.next();
    }

    void done(Instant at) {
        state = PackageState.DONE;
        doneAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt failed: try again after {@code retryAt}, or set it aside when there is none. */
    void failed(String error, @Nullable Instant retryAt) {
        attempts++;
        lastError = error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (retryAt == null) {
            state = PackageState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** The administrator sends it again from the start, to the peer that serves it now. */
    void retry(@Nullable UUID peer, boolean push, Instant now) {
        peerId = peer;
        if (peer == null) {
            lastError = "no-route";
            return;
        }
        state = PackageState.PENDING;
        attempts = 0;
        nextAttemptAt = push ? now : null;
    }

    /** The polling system took it and says whether it could use it. */
    void taken(boolean done, @Nullable String reason, Instant at) {
        if (done) {
            done(at);
        } else {
            failed("refused by the receiving system: " + (reason == null ? "" : reason), null);
        }
    }

    /** Whose file is sent: its own, or the one that came in when it is passed on. */
    UUID fileId() {
        return sourceId == null ? id : sourceId;
    }

    @Nullable UUID sourceId() {
        return sourceId;
    }

    String sha256() {
        return sha256;
    }

    long length() {
        return length;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant doneAt() {
        return doneAt;
    }

    @Nullable String lastError() {
        return lastError;
    }

    UUID id() {
        return id;
    }

    PackageDirection direction() {
        return direction;
    }

    String messageType() {
        return messageType;
    }

    @Nullable String business() {
        return business;
    }

    PackageState state() {
        return state;
    }

    @Nullable UUID peerId() {
        return peerId;
    }

    String fromCode() {
        return fromCode;
    }

    List<String> toCodes() {
        return toCodes.isBlank() ? List.of() : List.of(toCodes.split(" "));
    }

    String documentIdentity() {
        return documentIdentity;
    }

    @Nullable UUID originId() {
        return originId;
    }

    @Nullable UUID documentId() {
        return documentId;
    }

    int attempts() {
        return attempts;
    }

    /** What the package's own XML signature said, checked at the door. */
    ExchangePackage signed(PackageSignature signature, @Nullable String signer) {
        this.xmlSignature = signature;
        this.xmlSigner = signer == null || signer.length() <= 500 ? signer : signer.substring(0, 500);
        return this;
    }

    PackageView view(@Nullable String peerName) {
        return new PackageView(id, direction, messageType, business, state, peerId, peerName, fromCode, toCodes(),
                documentIdentity, documentId, statusCode, subject, sha256, length, attempts, nextAttemptAt,
                lastError, createdAt, doneAt, xmlSignature, xmlSigner);
    }
}
