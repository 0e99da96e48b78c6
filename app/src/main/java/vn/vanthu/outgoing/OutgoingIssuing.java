package vn.vanthu.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;
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

    /** edXML's CodeNotation and the register column hold 30 characters. */
    private static final int MAX_NOTATION = 30;
    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final OutgoingManagement management;
    private final OutgoingDocuments documents;
    private final MainFiles files;
    private final Numbering numbering;
    private final RegisterManagement registers;
    private final AgencyDirectory directory;
    private final Signing signing;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutgoingIssuing(OutgoingManagement management, OutgoingDocuments documents, MainFiles files, Numbering numbering,
            RegisterManagement registers, AgencyDirectory directory, Signing signing,
            PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
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
        try {
            return management.step(id, me, OutgoingAction.ISSUE, (document, now) -> {
                document.checkIssuable();
                checkRegister(registerId, document.agencyCode(), document.confidentiality().secret());
                AgencyView agency = directory.find(document.agencyCode());
                String notation = notation(agency, document.documentType(), document.draftingUnit());
                byte[] signedPdf = files.read(document.signedSha256());
                checkNotationOnPage(signedPdf, notation);
                Numbered numbered = take(registerId, agency, notation, now);
                String ref = OutgoingSigning.REF + document.id();
                byte[] filled = IssueFields.fill(signedPdf, numbered.codeNumber(), numbered.date());
                SignedDocument main = signing.signAsAgency(filled, AgencyMark.mainDocument(), certificateId, pin, ref,
                        me);
                Map<UUID, String> sealed = new HashMap<>();
                Map<UUID, Long> sizes = new HashMap<>();
                for (Appendix appendix : document.appendices()) {
                    SignedDocument signed = signing.signAsAgency(files.read(appendix.sha256()),
                            AgencyMark.separateFile(numbered.numberAndNotation()), certificateId, pin, ref, me);
                    sealed.put(appendix.id(), signed.sha256());
                    sizes.put(appendix.id(), (long) signed.content().length);
                }
                if (document.replacesId() != null) {
                    documents.findById(document.replacesId()).ifPresent(older -> documents.save(
                            older.replacedBy(document.id(), numbered.numberAndNotation(), Actor.of(me), now)));
                }
                return document.issue(numbered.issue(main.sha256(), document.currentVersion().fileName(),
                        main.content().length, sizes), sealed, Actor.of(me), now);
            });
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /**
     * Records a secret document made on paper (Decree 30 Art. 15: secret documents are numbered in a series of
     * their own): the clerk gives its metadata and VanThu the next number of the confidential outgoing register.
     */
    public OutgoingView registerOnPaper(DraftDetails details, UUID registerId, CurrentUser me) {
        if (!me.hasRole(Role.CLERK)) {
            throw new NotPermitted("outgoing.not-allowed.issue");
        }
        if (!details.confidentiality().secret()) {
            throw new InvalidValue("confidentiality", "outgoing.paper.secret-only");
        }
        Draft draft = management.paperDraft(details, me);
        return transaction.execute(status -> {
            Instant now = clock.instant();
            checkRegister(registerId, me.agencyCode(), true);
            AgencyView agency = directory.find(me.agencyCode());
            Numbered numbered = take(registerId, agency, notation(agency, details.documentType(), null), now);
            return management.view(documents.save(OutgoingDocument.registeredOnPaper(me.agencyCode(), draft,
                    numbered.issue(null, "", 0, Map.of()), Actor.of(me), now)), me);
        });
    }

    /**
     * The notation typed on the page after "Số: .../" must be the one the register gives (Art. 15: the same on paper,
     * on the file and in the register): a draft uploaded with another notation is refused before a number is taken.
     */
    private static void checkNotationOnPage(byte[] pdf, String expected) {
        IssueFields.notation(pdf).filter(written -> !written.equals(expected)).ifPresent(written -> {
            throw new RuleViolation("outgoing.notation.mismatch", written, expected);
        });
    }

    /** The next number of the register, with the notation, date and DocumentId it makes. */
    /** The notation Appendix III gives, refused when it does not fit the register's column. */
    private static String notation(AgencyView agency, DocumentType type, @Nullable String draftingUnit) {
        String notation = Notation.of(type, agency.abbreviation(), draftingUnit);
        if (notation.length() > MAX_NOTATION) {
            throw new RuleViolation("outgoing.notation.too-long", notation);
        }
        return notation;
    }

    private Numbered take(UUID registerId, AgencyView agency, String notation, Instant now) {
        LocalDate date = VietnamTime.today(Clock.fixed(now, VietnamTime.ZONE));
        RegisterNumber number = numbering.take(registerId, now);
        return new Numbered(number, Notation.number(number.number()), notation, date, agency);
    }

    private record Numbered(RegisterNumber number, String codeNumber, String notation, LocalDate date,
            AgencyView agency) {

        String numberAndNotation() {
            return codeNumber + "/" + notation;
        }

        Issue issue(@Nullable String mainSha256, String mainFileName, long mainSize, Map<UUID, Long> sizes) {
            String identity = agency.code().value() + "," + date.format(EDXML_DATE) + "," + numberAndNotation();
            return new Issue(number, codeNumber, notation, date, identity, agency.name(), mainSha256, mainFileName,
                    mainSize, sizes);
        }
    }

    /** An outgoing register of the agency, confidential exactly when the document is secret (a separate series). */
    private void checkRegister(UUID registerId, AgencyCode agency, boolean secret) {
        RegisterView register;
        try {
            register = registers.register(registerId);
        } catch (NotFound missing) {
            throw new InvalidValue("registerId", "outgoing.register.not-ours", registerId);
        }
        if (!register.agencyCode().equals(agency) || register.kind() != RegisterKind.OUTGOING) {
            throw new InvalidValue("registerId", "outgoing.register.not-ours", registerId);
        }
        if (register.confidential() != secret) {
            throw new InvalidValue("registerId", "outgoing.register.confidential-for-secret-only", register.name());
        }
    }
}
