package vn.vanthu.outgoing;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.signature.DocumentSigned;
import vn.vanthu.signature.Placement;
import vn.vanthu.signature.RemoteRequestView;
import vn.vanthu.signature.RemoteSigning;
import vn.vanthu.signature.SignatureKind;
import vn.vanthu.signature.Signing;

/**
 * The competent official signs the document for issue (ký ban hành): in the browser with their key and PIN, or on
 * their enrolled phone, which answers a signing request. Either way the signature goes on the current version, which
 * already carries the empty number and date fields, as an approval signature that leaves them fillable.
 */
@Service
public class OutgoingSigning {

    static final String REF = "outgoing:";

    private final OutgoingManagement management;
    private final OutgoingDocuments documents;
    private final MainFiles files;
    private final Signing signing;
    private final RemoteSigning remote;
    private final People people;

    OutgoingSigning(OutgoingManagement management, OutgoingDocuments documents, MainFiles files, Signing signing,
            RemoteSigning remote, People people) {
        this.management = management;
        this.documents = documents;
        this.files = files;
        this.signing = signing;
        this.remote = remote;
        this.people = people;
    }

    /** Signs the current version now: the document moves to the clerks in the same transaction. */
    public OutgoingView sign(UUID id, @Nullable Placement placement, @Nullable UUID certificateId, char[] pin,
            CurrentUser me) {
        try {
            return management.step(id, me, OutgoingAction.SIGN, (document, now) -> {
                byte[] pdf = files.read(document.currentVersion().sha256());
                String signed = signing.signPersonally(pdf, placement, certificateId, pin, REF + document.id(), me)
                        .sha256();
                return document.signed(signed, Actor.of(me), now);
            });
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Sends the current version to the official's phone; their approval there signs it (see {@link #on}). */
    public RemoteRequestView signByPhone(UUID id, @Nullable Placement placement, @Nullable UUID certificateId,
            CurrentUser me) {
        record Sendable(String subject, byte[] pdf) {
        }
        Sendable sendable = management.read(id, me, document -> {
            OutgoingPolicy.check(me, document, OutgoingAction.SIGN);
            if (!OutgoingPolicy.allowed(me, document).contains(OutgoingAction.SIGN)) {
                throw new RuleViolation("outgoing.transition.sign", new DefaultMessageSourceResolvable(
                        document.state().messageKey()));
            }
            return new Sendable(document.subject(), files.read(document.currentVersion().sha256()));
        });
        return remote.request(sendable.pdf(), placement, certificateId, sendable.subject(), REF + id, me);
    }

    /**
     * A phone approved a request for an outgoing document: if the document still waits for that signer's signature
     * on the version that was sent, it is signed. A request answered after the draft moved on changes nothing.
     */
    @ApplicationModuleListener
    void on(DocumentSigned signed) {
        if (signed.kind() != SignatureKind.PERSONAL || signed.documentRef() == null
                || !signed.documentRef().startsWith(REF)) {
            return;
        }
        UUID id = UUID.fromString(signed.documentRef().substring(REF.length()));
        documents.findById(id)
                .filter(document -> document.state() == OutgoingState.IN_REVIEW
                        && signed.signerId().equals(document.signerId())
                        && signed.signerId().equals(document.reviewerId())
                        && signed.originalSha256().equals(document.currentVersion().sha256()))
                .ifPresent(document -> people.person(signed.signerId()).ifPresent(signer -> documents.save(
                        document.signed(signed.signedSha256(), Actor.of(signer), signed.signedAt()))));
    }
}
