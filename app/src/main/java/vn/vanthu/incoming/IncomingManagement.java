package vn.vanthu.incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UnitView;
import vn.vanthu.register.Numbering;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterNumber;
import vn.vanthu.register.RegisterView;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.Verdict;
import vn.vanthu.storage.DocumentFile;
import vn.vanthu.storage.FileNames;
import vn.vanthu.storage.Storage;
import vn.vanthu.storage.StoredFile;
import vn.vanthu.storage.Upload;

/**
 * The daily work on incoming documents, one use case a method: each loads the document for its reader (someone who
 * may not see it is told it does not exist), checks that they have the place to take the step, takes it and saves it
 * in one transaction, and answers the document as that reader now sees it.
 */
@Service
public class IncomingManagement {

    /** Who takes the receiving step of a delivered copy: the deployment itself, no person. */
    private static final Actor DELIVERY = new Actor(new UUID(0, 0), CurrentUser.SYSTEM, "Hệ thống (liên thông nội bộ)");

    private final IncomingDocuments documents;
    private final SignatureValidation signatures;
    private final Storage storage;
    private final Numbering numbering;
    private final RegisterManagement registers;
    private final People people;
    private final AgencyDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IncomingManagement(IncomingDocuments documents, Storage storage, Numbering numbering,
            RegisterManagement registers, People people, AgencyDirectory directory,
            PlatformTransactionManager transactions, Optional<Clock> clock, SignatureValidation signatures) {
        this.documents = documents;
        this.signatures = signatures;
        this.storage = storage;
        this.numbering = numbering;
        this.registers = registers;
        this.people = people;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A clerk receives a document, and with a register given, registers it in the same step: one transaction checks
     * everything, keeps the files and writes the document with its number. The files are checked and kept before the
     * number is taken, so the register's counter stays locked only for the writing.
     */
    public IncomingView receive(IncomingDetails details, List<Upload> uploads, CurrentUser by) {
        if (!by.hasRole(Role.CLERK)) {
            throw new NotPermitted("incoming.not-clerk");
        }
        AgencyCode agency = by.agencyCode();
        AgencyCode senderCode = blank(details.senderCode()) ? null : AgencyCode.of(details.senderCode());
        String senderName = senderName(details, senderCode);
        if (details.confidentiality().secret() && !uploads.isEmpty()) {
            throw new InvalidValue("files", "incoming.secret.no-files");
        }
        return transaction.execute(status -> {
            if (!details.duplicateConfirmed()) {
                refuseLookAlike(agency, senderName, details);
            }
            List<IncomingFile> files = new ArrayList<>();
            for (Upload upload : uploads) {
                StoredFile stored = storage.store(upload.content(), "files");
                files.add(new IncomingFile(stored.sha256(), FileNames.clean(upload.fileName()), stored.contentType(),
                        stored.size(), files.size()));
            }
            Instant now = clock.instant();
            RegisterNumber number = details.registerId() == null ? null
                    : number(details.registerId(), agency, details.confidentiality().secret(), now);
            IncomingDocument document = documents.save(new IncomingDocument(agency, details, senderCode, senderName,
                    files, number, Actor.of(by), now));
            // its files' signatures are checked once this commits: none has a verdict yet
            return document.view(IncomingPolicy.allowed(by, document), Map.of());
        });
    }

    /**
     * A document another agency of the deployment issued arrives in the receiver's clerk queue. Delivering it again
     * (a retried event) finds the copy already there and changes nothing.
     *
     * @return the receiver's copy
     */
    public UUID deliver(Delivery delivery) {
        return transaction.execute(status -> documents.findByAgencyCodeAndOriginId(delivery.receiver(),
                delivery.originId())
                .orElseGet(() -> {
                    List<IncomingFile> files = new ArrayList<>();
                    for (Delivery.File file : delivery.files()) {
                        files.add(new IncomingFile(file.sha256(), file.fileName(), file.contentType(), file.size(),
                                files.size()));
                    }
                    return documents.save(IncomingDocument.delivered(delivery, files, DELIVERY,
                            clock.instant()));
                })
                .id());
    }

    /** The sender recalls a copy it delivered: the receiving clerks are asked to agree. */
    public void requestRecall(UUID originId, AgencyCode receiver, String reason) {
        transaction.executeWithoutResult(status -> documents.findByAgencyCodeAndOriginId(receiver, originId)
                .ifPresent(document -> documents.save(document.recallRequested(reason, DELIVERY, clock.instant()))));
    }

    /**
     * A newer document replaces one delivered earlier: where the receiver has both, each copy points to the other.
     */
    public void replace(UUID olderOriginId, UUID newerOriginId, AgencyCode receiver, String newerNumber) {
        transaction.executeWithoutResult(status -> documents.findByAgencyCodeAndOriginId(receiver, olderOriginId)
                .ifPresent(older -> documents.findByAgencyCodeAndOriginId(receiver, newerOriginId)
                        .ifPresent(newer -> {
                            documents.save(older.replacedBy(newer.id(), newerNumber, DELIVERY, clock.instant()));
                            documents.save(newer.replaces(older.id()));
                        })));
    }

    /** The agency issued its reply to the document: the reply's number is kept as what answers it. */
    public void answeredBy(UUID id, String numberAndNotation) {
        transaction.executeWithoutResult(status -> documents.findById(id)
                .ifPresent(document -> documents.save(document.answeredBy(numberAndNotation, DELIVERY,
                        clock.instant()))));
    }

    /** The sender corrected a delivered document's subject or reply date: the copy follows, and says so. */
    public void correct(UUID originId, AgencyCode receiver, String subject, @Nullable LocalDate deadline,
            String reason) {
        transaction.executeWithoutResult(status -> documents.findByAgencyCodeAndOriginId(receiver, originId)
                .ifPresent(document -> documents.save(document.correctedBySender(subject, deadline, reason,
                        DELIVERY, clock.instant()))));
    }

    public IncomingView acceptRecall(UUID id, CurrentUser by) {
        return step(id, by, IncomingAction.ACCEPT_RECALL, (document, now) -> document.acceptRecall(Actor.of(by), now));
    }

    public IncomingView refuseRecall(UUID id, String reason, CurrentUser by) {
        return step(id, by, IncomingAction.REFUSE_RECALL,
                (document, now) -> document.refuseRecall(required("reason", reason), Actor.of(by), now));
    }

    public IncomingView register(UUID id, UUID registerId, CurrentUser by) {
        return step(id, by, IncomingAction.REGISTER, (document, now) -> document.register(
                number(registerId, document.agencyCode(), document.confidentiality().secret(), now), Actor.of(by),
                now));
    }

    public IncomingView submit(UUID id, UUID leaderId, CurrentUser by) {
        return step(id, by, IncomingAction.SUBMIT, (document, now) -> {
            Person leader = colleague(leaderId, document.agencyCode(), "leaderId");
            if (!leader.hasRole(Role.LEADER)) {
                throw new InvalidValue("leaderId", "incoming.submit.not-a-leader", leader.fullName());
            }
            return document.submit(Actor.of(leader), Actor.of(by), now);
        });
    }

    public IncomingView assign(UUID id, Assignment assignment, CurrentUser by) {
        return step(id, by, IncomingAction.ASSIGN, (document, now) -> {
            document.checkVersion(assignment.version());
            return document.assign(handlers(document, assignment), Actor.of(by), now);
        });
    }

    public IncomingView delegate(UUID id, UUID specialistId, CurrentUser by) {
        return step(id, by, IncomingAction.DELEGATE, (document, now) -> {
            Person specialist = colleague(specialistId, document.agencyCode(), "specialistId");
            if (by.unitId() == null || !by.unitId().equals(specialist.unitId())) {
                throw new InvalidValue("specialistId", "incoming.delegate.not-in-unit", specialist.fullName());
            }
            return document.delegate(Actor.of(specialist), Actor.of(by), now);
        });
    }

    public IncomingView addOpinion(UUID id, String opinion, CurrentUser by) {
        return step(id, by, IncomingAction.OPINION,
                (document, now) -> document.addOpinion(required("opinion", opinion), Actor.of(by), now));
    }

    public IncomingView complete(UUID id, @Nullable String answeredBy, @Nullable String note, CurrentUser by) {
        return step(id, by, IncomingAction.COMPLETE,
                (document, now) -> document.complete(answeredBy, note, Actor.of(by), now));
    }

    public IncomingView returnToClerks(UUID id, String reason, CurrentUser by) {
        return step(id, by, IncomingAction.RETURN,
                (document, now) -> document.returnToClerks(required("reason", reason), Actor.of(by), now));
    }

    public IncomingView refuse(UUID id, String reason, CurrentUser by) {
        return step(id, by, IncomingAction.REFUSE,
                (document, now) -> document.refuse(required("reason", reason), Actor.of(by), now));
    }

    public IncomingView remind(UUID id, @Nullable String note, CurrentUser by) {
        return step(id, by, IncomingAction.REMIND, (document, now) -> document.remind(note, Actor.of(by), now));
    }

    public IncomingView reopen(UUID id, String reason, CurrentUser by) {
        return step(id, by, IncomingAction.REOPEN,
                (document, now) -> document.reopen(required("reason", reason), Actor.of(by), now));
    }

    public IncomingView markRead(UUID id, CurrentUser by) {
        return step(id, by, IncomingAction.READ, (document, now) -> document.markRead(Actor.of(by), now));
    }

    public IncomingView document(UUID id, CurrentUser by) {
        return transaction.execute(status -> view(visible(id, by), by));
    }

    /** Whether this reader may see the document, for another module that refers to it. */
    public boolean readable(UUID id, CurrentUser by) {
        return Boolean.TRUE.equals(transaction.execute(status -> documents.findById(id)
                .filter(document -> IncomingPolicy.sees(by, document)).isPresent()));
    }

    /** A file of a document, for a reader who may see the document. */
    public DocumentFile file(UUID id, UUID fileId, CurrentUser by) {
        IncomingFile file = transaction.execute(status -> visible(id, by).files().stream()
                .filter(candidate -> candidate.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFound("incoming.file.not-found", fileId)));
        return new DocumentFile(file.fileName(), file.contentType(), file.size(), () -> storage.open(file.sha256()));
    }

    private IncomingView step(UUID id, CurrentUser by, IncomingAction action, Transition transition) {
        return transaction.execute(status -> {
            IncomingDocument document = visible(id, by);
            IncomingPolicy.check(by, document, action);
            return view(documents.save(transition.apply(document, clock.instant())), by);
        });
    }

    private IncomingDocument visible(UUID id, CurrentUser by) {
        return documents.findById(id)
                .filter(document -> IncomingPolicy.sees(by, document))
                .orElseThrow(() -> new NotFound("incoming.not-found", id));
    }

    private IncomingView view(IncomingDocument document, CurrentUser by) {
        List<String> pdfs = document.files().stream().filter(IncomingFile::pdf).map(IncomingFile::sha256).toList();
        Map<String, Verdict> verdicts = signatures.verdicts(pdfs);
        return document.view(IncomingPolicy.allowed(by, document), verdicts);
    }

    /**
     * The people who take the work: a lead unit's work goes to its heads. Everyone must be of the agency, and for a
     * secret document a leader.
     */
    private Handlers handlers(IncomingDocument document, Assignment assignment) {
        if ((assignment.leadPersonId() == null) == (assignment.leadUnitId() == null)) {
            throw new InvalidValue("leadPersonId", "incoming.assign.one-lead");
        }
        if (assignment.deadline() != null && assignment.deadline().isBefore(VietnamTime.today(clock))) {
            throw new InvalidValue("deadline", "incoming.deadline.past");
        }
        AgencyCode agency = document.agencyCode();
        // everyone the leader named, in one read
        Set<UUID> ids = new HashSet<>(assignment.coordinatorIds());
        ids.addAll(assignment.informIds());
        if (assignment.leadPersonId() != null) {
            ids.add(assignment.leadPersonId());
        }
        Map<UUID, Person> named = people.persons(ids);
        UnitView leadUnit = assignment.leadUnitId() == null ? null : unit(assignment.leadUnitId(), agency);
        List<Person> leads = leadUnit != null ? heads(leadUnit)
                : List.of(colleague(named, assignment.leadPersonId(), agency, "leadPersonId"));
        List<Person> coordinators = distinct(named, assignment.coordinatorIds(), assignment.coordinatorUnitIds(),
                agency, "coordinatorIds");
        List<Person> informed = distinct(named, assignment.informIds(), assignment.informUnitIds(), agency,
                "informIds");
        if (document.confidentiality().secret() && Stream.of(leads, coordinators, informed).flatMap(List::stream)
                .anyMatch(person -> !person.hasRole(Role.LEADER))) {
            throw new RuleViolation("incoming.secret.leaders-only");
        }
        return new Handlers(actors(leads), leadUnit == null ? null : leadUnit.id(),
                leadUnit == null ? null : leadUnit.name(), actors(coordinators), actors(informed),
                assignment.deadline(), blank(assignment.instruction()) ? null : assignment.instruction().strip());
    }

    private List<Person> distinct(Map<UUID, Person> named, Collection<UUID> personIds, Collection<UUID> unitIds,
            AgencyCode agency, String field) {
        Map<UUID, Person> persons = new LinkedHashMap<>();
        personIds.forEach(id -> persons.put(id, colleague(named, id, agency, field)));
        unitIds.forEach(id -> heads(unit(id, agency)).forEach(head -> persons.put(head.id(), head)));
        return List.copyOf(persons.values());
    }

    private List<Person> heads(UnitView unit) {
        List<Person> heads = people.inUnit(unit.id()).stream().filter(person -> person.hasRole(Role.UNIT_HEAD))
                .toList();
        if (heads.isEmpty()) {
            throw new RuleViolation("incoming.assign.unit-without-head", unit.name());
        }
        return heads;
    }

    private UnitView unit(UUID id, AgencyCode agency) {
        return people.unit(id).filter(unit -> unit.agencyCode().equals(agency) && unit.active())
                .orElseThrow(() -> new InvalidValue("leadUnitId", "incoming.unit.not-in-agency", id));
    }

    private Person colleague(@Nullable UUID id, AgencyCode agency, String field) {
        return colleague(id == null ? Map.of() : people.persons(List.of(id)), id, agency, field);
    }

    /** The enabled person of the agency with this id, among those read. */
    private static Person colleague(Map<UUID, Person> read, @Nullable UUID id, AgencyCode agency, String field) {
        if (id == null) {
            throw new InvalidValue(field, "incoming.person.required");
        }
        Person person = read.get(id);
        if (person == null || !person.agencyCode().equals(agency) || !person.enabled()) {
            throw new InvalidValue(field, "incoming.person.not-in-agency", id);
        }
        return person;
    }

    private static List<Actor> actors(List<Person> persons) {
        return persons.stream().map(Actor::of).toList();
    }

    /** The register's next number, when the register fits the document; otherwise a refusal that says why. */
    private RegisterNumber number(UUID registerId, AgencyCode agency, boolean secret, Instant now) {
        return numbering.takeIfFits(registerId, agency, RegisterKind.INCOMING, secret, now).orElseGet(() -> {
            checkRegister(registerId, agency, secret);
            // it fits but is closed: numbering says so
            return numbering.take(registerId, now);
        });
    }

    private void checkRegister(UUID registerId, AgencyCode agency, boolean secret) {
        RegisterView register;
        try {
            register = registers.register(registerId);
        } catch (NotFound missing) {
            throw new InvalidValue("registerId", "incoming.register.not-ours", registerId);
        }
        if (!register.agencyCode().equals(agency) || register.kind() != RegisterKind.INCOMING) {
            throw new InvalidValue("registerId", "incoming.register.not-ours", registerId);
        }
        if (register.confidential() != secret) {
            throw new InvalidValue("registerId", secret ? "incoming.register.secret-needs-confidential"
                    : "incoming.register.confidential-for-secret-only", register.name());
        }
    }

    private void refuseLookAlike(AgencyCode agency, String senderName, IncomingDetails details) {
        if (details.promulgationDate() == null || blank(details.codeNumber()) && blank(details.codeNotation())) {
            return;
        }
        transaction.executeWithoutResult(status -> documents.findLookAlikes(agency, senderName.strip(),
                strip(details.codeNumber()), strip(details.codeNotation()), details.promulgationDate()).stream()
                .findFirst()
                .ifPresent(earlier -> {
                    IncomingView seen = earlier.view(Set.of());
                    throw new RuleViolation("incoming.duplicate", VietnamTime.format(seen.arrivedAt()),
                            seen.arrivalNumber() == null ? "—" : String.valueOf(seen.arrivalNumber()));
                }));
    }

    private String senderName(IncomingDetails details, @Nullable AgencyCode senderCode) {
        if (!blank(details.senderName())) {
            return details.senderName().strip();
        }
        if (senderCode == null) {
            throw new InvalidValue("senderName", "incoming.sender.required");
        }
        return directory.findByCode(senderCode)
                .orElseThrow(() -> new InvalidValue("senderCode", "organisation.agency.not-found", senderCode))
                .name();
    }

    private static String required(String field, @Nullable String text) {
        if (blank(text)) {
            throw new InvalidValue(field, "incoming.text.required");
        }
        return text.strip();
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    @FunctionalInterface
    private interface Transition {
        IncomingDocument apply(IncomingDocument document, Instant now);
    }
}
