package vn.vanthu.outgoing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.internal.IssueFields;
import vn.vanthu.register.Numbering;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterNumber;
import vn.vanthu.register.RegisterView;
import vn.vanthu.signature.AgencyMark;
import vn.vanthu.signature.SignedDocument;
import vn.vanthu.signature.Signing;

/**
 * The clerk's step, Decree 30 Art. 15–16: the next number of the outgoing register, written with the date into the
 * signed document's fields, then the agency signature over it (the seal on the main file, the number and time on each
 * separate appendix), and the document issued. All of it is one transaction: a wrong PIN or a signing failure after
 * the number was taken rolls the number back with everything else, so no number is burned and nothing half-issued.
 * The register's counter stays locked while the agency signs, which lines up the issues of one register.
 */
@Service
public class OutgoingIssuing {

    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final OutgoingManagement management;
    private final OutgoingDocuments documents;
    private final MainFiles files;
    private final Numbering numbering;
    private final RegisterManagement registers;
    private final AgencyDirectory directory;
    private final Signing signing;

    OutgoingIssuing(OutgoingManagement management, OutgoingDocuments documents, MainFiles files, Numbering numbering,
            RegisterManagement registers, AgencyDirectory directory, Signing signing) {
        this.management = management;
        this.documents = documents;
        this.files = files;
        this.numbering = numbering;
        this.registers = registers;
        this.directory = directory;
        this.signing = signing;
    }

    /**
     * Numbers, seals and issues a signed document.
     *
     * @param certificateId the agency certificate to seal with; empty for the newest usable one
     */
    public OutgoingView issue(UUID id, UUID registerId, @Nullable UUID certificateId, char[] pin, CurrentUser me) {
        return management.step(id, me, OutgoingAction.ISSUE, (document, now) -> {
            checkRegister(registerId, document);
            AgencyView agency = directory.find(document.agencyCode());
            String notation = Notation.of(document.documentType(), agency.abbreviation(), document.draftingUnit());
            LocalDate date = VietnamTime.today(java.time.Clock.fixed(now, VietnamTime.ZONE));
            RegisterNumber number = numbering.take(registerId, now);
            String codeNumber = Notation.number(number.number());
            String ref = OutgoingSigning.REF + document.id();
            byte[] numbered = IssueFields.fill(files.read(document.signedSha256()), codeNumber, date);
            SignedDocument main = signing.signAsAgency(numbered, AgencyMark.mainDocument(), certificateId, pin, ref,
                    me);
            Map<UUID, String> sealed = new HashMap<>();
            Map<UUID, Long> sizes = new HashMap<>();
            for (Appendix appendix : document.appendices()) {
                SignedDocument signed = signing.signAsAgency(files.read(appendix.sha256()),
                        AgencyMark.separateFile(codeNumber + "/" + notation), certificateId, pin, ref, me);
                sealed.put(appendix.id(), signed.sha256());
                sizes.put(appendix.id(), (long) signed.content().length);
            }
            String identity = agency.code().value() + "," + date.format(EDXML_DATE) + "," + codeNumber + "/"
                    + notation;
            if (document.replacesId() != null) {
                documents.findById(document.replacesId()).ifPresent(older -> documents.save(
                        older.replacedBy(document.id(), codeNumber + "/" + notation, Actor.of(me), now)));
            }
            return document.issue(new Issue(number, codeNumber, notation, date, identity, agency.name(), main.sha256(),
                    document.currentVersion().fileName(), main.content().length, sizes), sealed, Actor.of(me), now);
        });
    }

    /** An outgoing register of the agency, confidential exactly when the document is secret (a separate series). */
    private void checkRegister(UUID registerId, OutgoingDocument document) {
        RegisterView register;
        try {
            register = registers.register(registerId);
        } catch (NotFound missing) {
            throw new InvalidValue("registerId", "outgoing.register.not-ours", registerId);
        }
        if (!register.agencyCode().equals(document.agencyCode()) || register.kind() != RegisterKind.OUTGOING) {
            throw new InvalidValue("registerId", "outgoing.register.not-ours", registerId);
        }
        if (register.confidential() != document.confidentiality().secret()) {
            throw new InvalidValue("registerId", "outgoing.register.confidential-for-secret-only", register.name());
        }
    }
}
