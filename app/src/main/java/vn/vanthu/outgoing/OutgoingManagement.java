package vn.vanthu.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UnitView;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.Verdict;
import vn.vanthu.storage.ContentType;
import vn.vanthu.storage.DocumentFile;
import vn.vanthu.storage.FileNames;
import vn.vanthu.storage.StoredFile;
import vn.vanthu.storage.Upload;

/**
 * The drafting and review of outgoing documents, one use case a method: each loads the document for its reader
 * (someone who may not see it is told it does not exist), checks their place in the flow, takes the step and saves it
 * in one transaction, and answers the document as that reader now sees it. Signing and issuing are
 * {@link OutgoingSigning}'s and {@link OutgoingIssuing}'s.
 */
@Service
public class OutgoingManagement {

    private final OutgoingDocuments documents;
    private final MainFiles files;
    private final People people;
    private final AgencyDirectory directory;
    private final IncomingManagement incoming;
    private final ReviewChains chains;
    private final SignatureValidation signatures;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutgoingManagement(OutgoingDocuments documents, MainFiles files, People people, AgencyDirectory directory,
            IncomingManagement incoming, ReviewChains chains, SignatureValidation signatures,
            PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.chains = chains;
        this.signatures = signatures;
        this.documents = documents;
        this.files = files;
        this.people = people;
        this.directory = directory;
        this.incoming = incoming;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether a DOCX main file can be uploaded here (LibreOffice is installed), for the forms to say. */
    public boolean convertsDocx() {
        return files.convertsDocx();
    }

    /**
     * Starts a draft: its metadata, and either an uploaded main file (PDF or DOCX) or text to compose into the Decree
     * 30 layout, with appendices. Files are kept before the transaction; nothing refers to them if it fails.
     */
    public OutgoingView draft(DraftDetails details, @Nullable Upload main, @Nullable Composition composition,
            List<Upload> appendices, CurrentUser by) {
        if (!by.hasRole(Role.SPECIALIST) && !by.hasRole(Role.UNIT_HEAD) && !by.hasRole(Role.LEADER)
                && !by.hasRole(Role.CLERK)) {
            throw new NotPermitted("outgoing.not-drafter");
        }
        Draft draft = resolve(details, by.agencyCode(), by);
        String unit = draftingUnit(by);
        MainFile file = mainFile(main, composition, by.agencyCode(), draft, unit);
        List<StoredFile> extra = appendices.stream().map(files::appendix).toList();
        List<String> names = appendices.stream().map(upload -> FileNames.clean(upload.fileName()))
                .toList();
        return transaction.execute(status -> {
            OutgoingDocument document = new OutgoingDocument(by.agencyCode(), draft, file, Actor.of(by), unit,
                    clock.instant());
            for (int i = 0; i < extra.size(); i++) {
                document.attach(new Appendix(extra.get(i).sha256(), names.get(i), extra.get(i).size(), i));
            }
            return view(documents.save(document), by);
        });
    }

    /**
     * New metadata, from the drafter while the draft is theirs (a reviewer revises the file and comments, but does
     * not change who signs or to whom it goes). A draft composed in the browser is laid out again from its text, so
     * what is signed says what the metadata says.
     */
    public OutgoingView change(UUID id, DraftDetails details, CurrentUser by) {
        record Current(AgencyCode agency, @Nullable String unit, @Nullable String body) {
        }
        Current current = read(id, by, document -> {
            OutgoingPolicy.check(by, document, OutgoingAction.SUBMIT);
            Version version = document.currentVersion();
            return new Current(document.agencyCode(), document.draftingUnit(),
                    version.source() == VersionSource.COMPOSED ? version.body() : null);
        });
        Draft draft = resolve(details, current.agency(), by);
        MainFile relaid = current.body() == null ? null
                : files.composed(current.agency(), draft, current.unit(), current.body(), null);
        return step(id, by, OutgoingAction.SUBMIT, (document, now) -> {
            document.checkVersion(details.version());
            document.change(draft, Actor.of(by), now);
            return relaid == null ? document : document.revise(relaid, Actor.of(by), now);
        });
    }

    /** A new version of the main file, uploaded or composed again. */
    public OutgoingView revise(UUID id, @Nullable Upload main, @Nullable Composition composition, CurrentUser by) {
        record Current(AgencyCode agency, Draft draft, @Nullable String unit) {
        }
        Current current = read(id, by, document -> {
            OutgoingPolicy.check(by, document, OutgoingAction.EDIT);
            return new Current(document.agencyCode(), document.draft(), document.draftingUnit());
        });
        MainFile file = mainFile(main, composition, current.agency(), current.draft(), current.unit());
        return step(id, by, OutgoingAction.EDIT, (document, now) -> document.revise(file, Actor.of(by), now));
    }

    public OutgoingView attach(UUID id, List<Upload> appendices, CurrentUser by) {
        read(id, by, document -> {
            OutgoingPolicy.check(by, document, OutgoingAction.EDIT);
            return document;
        });
        List<StoredFile> stored = appendices.stream().map(files::appendix).toList();
        return step(id, by, OutgoingAction.EDIT, (document, now) -> {
            int position = document.appendices().size();
            for (int i = 0; i < stored.size(); i++) {
                document.attach(new Appendix(stored.get(i).sha256(),
                        FileNames.clean(appendices.get(i).fileName()), stored.get(i).size(),
                        position + i));
            }
            return document;
        });
    }

    public OutgoingView detach(UUID id, UUID appendixId, CurrentUser by) {
        return step(id, by, OutgoingAction.EDIT, (document, now) -> document.detach(appendixId));
    }

    /** To the first reviewer; without one named, along the agency's review chain, or to the competent signer. */
    public OutgoingView submit(UUID id, @Nullable UUID reviewerId, @Nullable String note, CurrentUser by) {
        return step(id, by, OutgoingAction.SUBMIT, (document, now) -> document.submit(
                reviewer(reviewerId == null ? chains.next(document, by.id()) : reviewerId, document, "reviewerId"),
                blankToNull(note), Actor.of(by), now));
    }

    /** Approved and passed on: to the person named, else the next of the review chain, else the signer. */
    public OutgoingView approve(UUID id, @Nullable UUID nextId, @Nullable String note, CurrentUser by) {
        return step(id, by, OutgoingAction.APPROVE, (document, now) -> document.approve(
                reviewer(nextId == null ? chains.next(document, by.id()) : nextId, document, "nextId"),
                blankToNull(note), Actor.of(by), now));
    }

    public OutgoingView comment(UUID id, String note, CurrentUser by) {
        return step(id, by, OutgoingAction.COMMENT,
                (document, now) -> document.comment(required("note", note), Actor.of(by), now));
    }

    public OutgoingView returnToDrafter(UUID id, String reason, CurrentUser by) {
        return step(id, by, OutgoingAction.RETURN,
                (document, now) -> document.returnToDrafter(required("reason", reason), Actor.of(by), now));
    }

    /** Recalls an issued document (the agency's clerk), saying why: edXML 13 to every recipient. */
    public OutgoingView recall(UUID id, String reason, CurrentUser by) {
        return step(id, by, OutgoingAction.RECALL,
                (document, now) -> document.recall(required("reason", reason), Actor.of(by), now));
    }

    /** Corrects an issued document's subject or reply date (the agency's clerk); recipients' copies follow. */
    public OutgoingView correct(UUID id, String subject, @Nullable LocalDate replyDue, String reason,
            CurrentUser by) {
        return step(id, by, OutgoingAction.UPDATE, (document, now) -> document.correct(required("subject", subject),
                replyDue, required("reason", reason), Actor.of(by), now));
    }

    /** Who it went to and how far each has got, for the table that refreshes while statuses come back. */
    public RecipientTable recipients(UUID id, CurrentUser by) {
        return read(id, by, document -> new RecipientTable(document.id(), document.state(), document.recipients()));
    }

    public OutgoingView document(UUID id, CurrentUser by) {
        return transaction.execute(status -> view(visible(id, by), by));
    }

    public Page<OutgoingSummary> tab(OutgoingTab tab, CurrentUser me, Pageable page) {
        return transaction.execute(status -> switch (tab) {
            case DRAFTS -> documents.drafts(me.id(), page);
            case TO_REVIEW -> documents.toReview(me.id(), page);
            case TO_SIGN -> documents.toSign(me.id(), page);
            case TO_ISSUE -> me.hasRole(Role.CLERK)
                    ? documents.ofAgency(me.agencyCode(), List.of(OutgoingState.SIGNED), page) : Page.empty(page);
            case ISSUED -> me.hasRole(Role.CLERK) || me.hasRole(Role.LEADER)
                    ? documents.ofAgency(me.agencyCode(), EnumSet.of(OutgoingState.ISSUED, OutgoingState.RECALLED),
                            page)
                    : documents.issuedBy(me.id(), page);
        });
    }

    /**
     * A file of a document for a reader who may see it: {@code main} (the current version, or the signed or issued
     * file as far as it has got), {@code v<n>} a version, {@code source-v<n>} a version's DOCX, or an appendix id.
     */
    public DocumentFile file(UUID id, String which, CurrentUser by) {
        return transaction.execute(status -> {
            OutgoingDocument document = visible(id, by);
            if ("main".equals(which)) {
                return pdf(document.currentVersion().fileName(), document.shownSha256());
            }
            for (Version version : document.versions()) {
                if (which.equals("v" + version.number())) {
                    return pdf(version.fileName(), version.sha256());
                }
                if (which.equals("source-v" + version.number()) && version.sourceSha256() != null) {
                    String sha = version.sourceSha256();
                    return new DocumentFile(FileNames.clean(version.fileName().replaceAll(
                            "\\.pdf$", "") + ".docx"), ContentType.DOCX.mimeType(),
                            files.size(sha), () -> files.open(sha));
                }
            }
            for (Appendix appendix : document.appendices()) {
                if (which.equals(appendix.id().toString())) {
                    return pdf(appendix.fileName(), appendix.currentSha256());
                }
            }
            throw new NotFound("outgoing.file.not-found", which);
        });
    }

    private DocumentFile pdf(String name, String sha256) {
        return new DocumentFile(name, ContentType.PDF.mimeType(), files.size(sha256), () -> files.open(sha256));
    }

    OutgoingView step(UUID id, CurrentUser by, OutgoingAction action, Transition transition) {
        return transaction.execute(status -> {
            OutgoingDocument document = visible(id, by);
            OutgoingPolicy.check(by, document, action);
            return view(documents.save(transition.apply(document, clock.instant())), by);
        });
    }

    /** Reads what {@code reader} needs of a document its reader may see, in one transaction. */
    <T> T read(UUID id, CurrentUser by, java.util.function.Function<OutgoingDocument, T> reader) {
        return transaction.execute(status -> reader.apply(visible(id, by)));
    }

    OutgoingDocument visible(UUID id, CurrentUser by) {
        return documents.findById(id)
                .filter(document -> OutgoingPolicy.sees(by, document))
                .orElseThrow(() -> new NotFound("outgoing.not-found", id));
    }

    /** The document as this reader sees it, with the verdict of each signed file's signatures as last checked. */
    OutgoingView view(OutgoingDocument document, CurrentUser by) {
        List<String> signed = new ArrayList<>();
        if (document.shownSha256() != null) {
            signed.add(document.shownSha256());
        }
        document.appendices().forEach(appendix -> signed.add(appendix.currentSha256()));
        Map<String, Verdict> verdicts = signatures.verdicts(signed);
        return document.view(OutgoingPolicy.allowed(by, document), verdicts);
    }

    private MainFile mainFile(@Nullable Upload main, @Nullable Composition composition, AgencyCode agency,
            Draft draft, @Nullable String unit) {
        if ((main == null) == (composition == null)) {
            throw new InvalidValue("file", "outgoing.main.one-source");
        }
        return main != null ? files.uploaded(main)
                : files.composed(agency, draft, unit, composition.body(), composition.place());
    }

    /** Details of a secret document made on paper: checked like a draft's, every recipient reached on paper. */
    Draft paperDraft(DraftDetails details, CurrentUser by) {
        Draft draft = resolve(details, by.agencyCode(), by, true);
        return new Draft(draft.details(), draft.signer(), draft.signerPosition(), draft.recipients().stream()
                .map(addressee -> new Draft.Addressee(addressee.agencyCode(), addressee.name(), DeliveryRoute.PAPER))
                .toList());
    }

    private Draft resolve(DraftDetails details, AgencyCode agency, CurrentUser by) {
        return resolve(details, agency, by, false);
    }

    /**
     * Checks the details against the directory: the signer is a competent official of the agency (a leader; a unit
     * head only signing TL. or TUQ.), the answered incoming document is one the drafter may read, and each
     * recipient is an agency of the directory or a name. Secret documents only {@code onPaper}.
     */
    private Draft resolve(DraftDetails details, AgencyCode agency, CurrentUser by, boolean onPaper) {
        if (!details.documentType().administrative()) {
            throw new InvalidValue("documentType", "outgoing.type.not-administrative");
        }
        Person signer = colleague(details.signerId(), agency, "signerId");
        SigningAuthority authority = details.authorityOrNone();
        boolean delegated = authority == SigningAuthority.TL || authority == SigningAuthority.TUQ;
        if (!signer.hasRole(Role.LEADER) && !(delegated && signer.hasRole(Role.UNIT_HEAD))) {
            throw new InvalidValue("signerId", "outgoing.signer.not-competent", signer.fullName());
        }
        if (authority != SigningAuthority.NONE && blank(details.authorityOf())) {
            throw new InvalidValue("authorityOf", "outgoing.authority.of-required");
        }
        if (details.confidentiality().secret() && !onPaper) {
            throw new InvalidValue("confidentiality", "outgoing.secret.not-online");
        }
        if (details.replyDue() != null && details.replyDue().isBefore(VietnamTime.today(clock))) {
            throw new InvalidValue("replyDue", "outgoing.reply-due.past");
        }
        if (details.replacesId() != null && !Boolean.TRUE.equals(transaction.execute(status -> documents
                .findById(details.replacesId())
                .filter(old -> old.agencyCode().equals(agency) && OutgoingPolicy.sees(by, old)
                        && OutgoingPolicy.allowed(by, old).contains(OutgoingAction.REPLACE)
                        && !old.confidentiality().secret() && old.replacedById() == null)
                .isPresent()))) {
            throw new InvalidValue("replacesId", "outgoing.replaces.not-issued");
        }
        if (details.answersIncomingId() != null && !incoming.readable(details.answersIncomingId(), by)) {
            throw new InvalidValue("answersIncomingId", "outgoing.answers.not-found");
        }
        List<Draft.Addressee> recipients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Recipient recipient : details.recipients()) {
            Draft.Addressee addressee = addressee(recipient);
            if (!seen.add(addressee.agencyCode() != null ? addressee.agencyCode() : addressee.name())) {
                throw new InvalidValue("recipients", "outgoing.recipient.twice", addressee.name());
            }
            recipients.add(addressee);
        }
        return new Draft(details, Actor.of(signer), signer.positionTitle(), recipients);
    }

    private Draft.Addressee addressee(Recipient recipient) {
        if (blank(recipient.agencyCode())) {
            if (blank(recipient.name())) {
                throw new InvalidValue("recipients", "outgoing.recipient.name-required");
            }
            return new Draft.Addressee(null, recipient.name().strip(), DeliveryRoute.PAPER);
        }
        AgencyCode code;
        try {
            code = AgencyCode.of(recipient.agencyCode().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("recipients", "outgoing.recipient.bad-code", recipient.agencyCode());
        }
        return directory.findByCode(code).filter(agency -> agency.active())
                .map(agency -> new Draft.Addressee(code.value(),
                        blank(recipient.name()) ? agency.name() : recipient.name().strip(), DeliveryRoute.INTERNAL))
                .orElseGet(() -> {
                    if (blank(recipient.name())) {
                        throw new InvalidValue("recipients", "outgoing.recipient.name-required");
                    }
                    return new Draft.Addressee(code.value(), recipient.name().strip(),
                            DeliveryRoute.WAITING_FOR_EXCHANGE);
                });
    }

    /** A reviewer is a leader or unit head of the agency (or the signer); the drafter cannot review their own. */
    private Actor reviewer(UUID id, OutgoingDocument document, String field) {
        Person person = colleague(id, document.agencyCode(), field);
        if (!person.id().equals(document.signerId()) && !person.hasRole(Role.LEADER)
                && !person.hasRole(Role.UNIT_HEAD)) {
            throw new InvalidValue(field, "outgoing.reviewer.not-reviewer", person.fullName());
        }
        return Actor.of(person);
    }

    private Person colleague(@Nullable UUID id, AgencyCode agency, String field) {
        if (id == null) {
            throw new InvalidValue(field, "outgoing.person.required");
        }
        return people.person(id)
                .filter(person -> person.agencyCode().equals(agency) && person.enabled())
                .orElseThrow(() -> new InvalidValue(field, "outgoing.person.not-in-agency", id));
    }

    private @Nullable String draftingUnit(CurrentUser by) {
        return by.unitId() == null ? null : people.unit(by.unitId()).map(UnitView::abbreviation).orElse(null);
    }

    private static String required(String field, @Nullable String text) {
        if (blank(text)) {
            throw new InvalidValue(field, "outgoing.text.required");
        }
        return text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    @FunctionalInterface
    interface Transition {
        OutgoingDocument apply(OutgoingDocument document, Instant now);
    }
}
