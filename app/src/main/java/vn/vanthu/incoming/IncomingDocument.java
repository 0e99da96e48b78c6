package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.vanthu.core.AggregateRoot;
import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentForm;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.ExchangeStatus;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.SearchKey;
import vn.vanthu.core.StatusMessage;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.signature.Verdict;
import vn.vanthu.register.RegisterNumber;

/**
 * An incoming document and everything done with it. Each step is a method that refuses a step its state does not
 * allow (409), changes the state, keeps the tasks of the people concerned in line, writes the timeline and registers
 * the event. Who may take a step is {@link IncomingPolicy}'s to say.
 */
@Entity
@Table(name = "incoming_document")
class IncomingDocument extends AggregateRoot<IncomingDocument> {

    private static final Set<StepAction> RECORD_OF_RECALL = EnumSet.of(StepAction.RECEIVED, StepAction.REGISTERED,
            StepAction.RECALL_REQUESTED, StepAction.RECALL_ACCEPTED);

    private AgencyCode agencyCode;
    @Enumerated(EnumType.STRING)
    private IncomingState state;
    private @Nullable AgencyCode senderCode;
    private String senderName;
    private String senderKey;
    private @Nullable String codeNumber;
    private @Nullable String codeNotation;
    private @Nullable LocalDate promulgationDate;
    @Enumerated(EnumType.STRING)
    private DocumentType documentType;
    private String subject;
    private @Nullable String signerName;
    private @Nullable String signerPosition;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;
    private @Nullable Integer pageCount;
    @Enumerated(EnumType.STRING)
    private DocumentForm form;
    private Instant arrivedAt;
    private @Nullable LocalDate deadline;
    private @Nullable UUID registerId;
    private @Nullable Integer registerYear;
    private @Nullable Long arrivalNumber;
    private @Nullable Instant registeredAt;
    private @Nullable Instant assignedAt;
    private @Nullable UUID leadUnitId;
    private @Nullable String leadUnitName;
    private @Nullable String leadNames;
    private @Nullable LocalDate handlingDeadline;
    private @Nullable String instruction;
    private @Nullable Instant completedAt;
    private @Nullable String answeredBy;
    private String searchKey;
    /** The outgoing document this is a delivered copy of, when another agency of the deployment issued it. */
    private @Nullable UUID originId;
    @Enumerated(EnumType.STRING)
    private @Nullable RecallState recallState;
    private @Nullable String recallReason;
    private @Nullable Instant recallRequestedAt;
    private @Nullable UUID replacedById;
    private @Nullable UUID replacesId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<IncomingFile> files = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("occurredAt")
    private List<Step> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private List<Task> tasks = new ArrayList<>();

    /**
     * Receives a document, and registers it at once with {@code number} when the clerk gave a register: the clerks
     * of the agency find it in their inbox, to register or submit.
     */
    IncomingDocument(AgencyCode agencyCode, IncomingDetails details, @Nullable AgencyCode senderCode,
            String senderName, List<IncomingFile> files, @Nullable RegisterNumber number, Actor by, Instant now) {
        this(agencyCode, details, senderCode, senderName, files, number, null, by, now);
    }

    /** A copy another agency of the deployment issued to this one: it arrives received, and the issuer is told. */
    static IncomingDocument delivered(Delivery delivery, List<IncomingFile> files, Actor by, Instant now) {
        return new IncomingDocument(delivery.receiver(), delivery.details(), delivery.senderCode(),
                delivery.senderName(), files, null, delivery.originId(), by, now);
    }

    private IncomingDocument(AgencyCode agencyCode, IncomingDetails details, @Nullable AgencyCode senderCode,
            String senderName, List<IncomingFile> files, @Nullable RegisterNumber number, @Nullable UUID originId,
            Actor by, Instant now) {
        this.agencyCode = agencyCode;
        this.originId = originId;
        this.state = IncomingState.RECEIVED;
        this.senderCode = senderCode;
        this.senderName = senderName;
        this.senderKey = SearchKey.fold(senderName);
        this.codeNumber = blankToNull(details.codeNumber());
        this.codeNotation = blankToNull(details.codeNotation());
        this.promulgationDate = details.promulgationDate();
        this.documentType = details.documentType();
        this.subject = details.subject().strip();
        this.signerName = blankToNull(details.signerName());
        this.signerPosition = blankToNull(details.signerPosition());
        this.urgency = details.urgency();
        this.confidentiality = details.confidentiality();
        this.pageCount = details.pageCount();
        this.form = details.form();
        this.arrivedAt = details.arrivedAt() == null ? now : details.arrivedAt();
        this.deadline = details.deadline();
        this.searchKey = SearchKey.fold(String.join(" ", subject, senderName, codeNumber == null ? "" : codeNumber,
                codeNotation == null ? "" : codeNotation));
        this.files.addAll(files);
        tasks.add(Task.forClerks(agencyCode.value(), urgency, arrivedAt, deadline, now));
        step(now, by, StepAction.RECEIVED, null, null, null);
        if (number != null) {
            numbered(number, by, now);
        }
        registerEvent(new IncomingReceived(UUID.randomUUID(), id(), agencyCode, subject, senderName, number,
                by.username(), now));
        tell(ExchangeStatus.DELIVERED, null, by, now);
        if (number != null) {
            tell(ExchangeStatus.ACCEPTED, null, by, now);
        }
    }

    protected IncomingDocument() {
        // for JPA
    }

    IncomingDocument register(RegisterNumber number, Actor by, Instant now) {
        allowedIn("register", IncomingState.RECEIVED);
        numbered(number, by, now);
        registerEvent(new IncomingRegistered(UUID.randomUUID(), id(), agencyCode, number.registerId(), number.year(),
                number.number(), by.username(), now));
        tell(ExchangeStatus.ACCEPTED, null, by, now);
        return this;
    }

    private void numbered(RegisterNumber number, Actor by, Instant now) {
        registerId = number.registerId();
        registerYear = number.year();
        arrivalNumber = number.number();
        registeredAt = now;
        state = IncomingState.REGISTERED;
        step(now, by, StepAction.REGISTERED, null, null, String.valueOf(number.number()));
    }

    IncomingDocument submit(Actor leader, Actor by, Instant now) {
        allowedIn("submit", IncomingState.REGISTERED, IncomingState.RETURNED);
        finishOpen(EnumSet.of(TaskRole.CLERK), now);
        tasks.add(Task.forPerson(urgency, arrivedAt, leader, TaskRole.REVIEW, workDeadline(), now));
        state = IncomingState.SUBMITTED;
        step(now, by, StepAction.SUBMITTED, leader.fullName(), null, null);
        registerEvent(new IncomingSubmitted(UUID.randomUUID(), id(), agencyCode, leader.username(), by.username(),
                now));
        return this;
    }

    /** Assigns, or re-assigns while it is in hand: the earlier handlers' work ends. */
    IncomingDocument assign(Handlers handlers, Actor by, Instant now) {
        allowedIn("assign", IncomingState.SUBMITTED, IncomingState.IN_HANDLING);
        finishOpen(EnumSet.of(TaskRole.REVIEW, TaskRole.LEAD, TaskRole.COORDINATE), now);
        leadUnitId = handlers.leadUnitId();
        leadUnitName = handlers.leadUnitName();
        leadNames = String.join(", ", handlers.leadNames());
        if (assignedAt == null) {
            assignedAt = now;
        }
        handlingDeadline = handlers.deadline();
        instruction = handlers.instruction();
        LocalDate due = workDeadline();
        handlers.leads().forEach(lead -> tasks.add(Task.forPerson(urgency, arrivedAt, lead, TaskRole.LEAD, due, now)));
        handlers.coordinators()
                .forEach(c -> tasks.add(Task.forPerson(urgency, arrivedAt, c, TaskRole.COORDINATE, due, now)));
        handlers.informed().stream()
                .filter(person -> tasks.stream().noneMatch(t -> t.isFor(person.id()) && t.role() == TaskRole.INFORM))
                .forEach(person -> tasks.add(Task.forPerson(urgency, arrivedAt, person, TaskRole.INFORM, null, now)));
        state = IncomingState.IN_HANDLING;
        step(now, by, StepAction.ASSIGNED, handlers.summary(), handlers.deadline(), handlers.instruction());
        registerEvent(new IncomingAssigned(UUID.randomUUID(), id(), agencyCode, handlers.leadNames(),
                Handlers.names(handlers.coordinators()), Handlers.names(handlers.informed()), handlers.deadline(),
                handlers.instruction(), by.username(), now));
        tell(ExchangeStatus.ASSIGNED, handlers.summary(), by, now);
        return this;
    }

    /** A unit head passes the lead down to a specialist of the unit. */
    IncomingDocument delegate(Actor specialist, Actor by, Instant now) {
        allowedIn("delegate", IncomingState.IN_HANDLING);
        Task lead = openTask(by.id(), TaskRole.LEAD)
                .orElseThrow(() -> new RuleViolation("incoming.delegate.not-lead"));
        lead.finish(now);
        tasks.add(Task.forPerson(urgency, arrivedAt, specialist, TaskRole.LEAD, workDeadline(), now));
        leadNames = specialist.fullName();
        step(now, by, StepAction.DELEGATED, specialist.fullName(), null, null);
        registerEvent(new IncomingDelegated(UUID.randomUUID(), id(), agencyCode, by.username(),
                specialist.username(), by.username(), now));
        tell(ExchangeStatus.IN_PROGRESS, null, by, now);
        return this;
    }

    IncomingDocument addOpinion(String opinion, Actor by, Instant now) {
        allowedIn("opinion", IncomingState.SUBMITTED, IncomingState.IN_HANDLING);
        tasks.stream().filter(task -> task.open() && task.isFor(by.id())
                && (task.role() == TaskRole.LEAD || task.role() == TaskRole.COORDINATE))
                .forEach(task -> task.start(now));
        step(now, by, StepAction.OPINION, null, null, opinion);
        registerEvent(new IncomingOpinionAdded(UUID.randomUUID(), id(), agencyCode, opinion, by.username(), now));
        tell(ExchangeStatus.IN_PROGRESS, null, by, now);
        return this;
    }

    /** Read a document sent for information: it stays under "for information", marked read. */
    IncomingDocument markRead(Actor by, Instant now) {
        Task inform = openTask(by.id(), TaskRole.INFORM)
                .orElseThrow(() -> new RuleViolation("incoming.read.not-informed"));
        inform.finish(now);
        return this;
    }

    IncomingDocument complete(@Nullable String answeredBy, @Nullable String note, Actor by, Instant now) {
        allowedIn("complete", IncomingState.IN_HANDLING);
        if (openTask(by.id(), TaskRole.LEAD).isEmpty()) {
            throw new RuleViolation("incoming.complete.not-lead");
        }
        finishOpen(EnumSet.of(TaskRole.LEAD, TaskRole.COORDINATE), now);
        this.answeredBy = blankToNull(answeredBy);
        completedAt = now;
        state = IncomingState.COMPLETED;
        step(now, by, StepAction.COMPLETED, this.answeredBy, null, note);
        registerEvent(new IncomingCompleted(UUID.randomUUID(), id(), agencyCode, this.answeredBy, note,
                by.username(), now));
        tell(ExchangeStatus.COMPLETED, note, by, now);
        return this;
    }

    /** Back to the clerks as routed wrongly: every handler's work ends, the clerks pick it up again. */
    IncomingDocument returnToClerks(String reason, Actor by, Instant now) {
        allowedIn("return", IncomingState.SUBMITTED, IncomingState.IN_HANDLING);
        finishOpen(EnumSet.of(TaskRole.REVIEW, TaskRole.LEAD, TaskRole.COORDINATE), now);
        tasks.add(Task.forClerks(agencyCode.value(), urgency, arrivedAt, deadline, now));
        state = IncomingState.RETURNED;
        step(now, by, StepAction.RETURNED, null, null, reason);
        registerEvent(new IncomingReturned(UUID.randomUUID(), id(), agencyCode, reason, by.username(), now));
        return this;
    }

    IncomingDocument refuse(String reason, Actor by, Instant now) {
        allowedIn("refuse", IncomingState.RECEIVED, IncomingState.REGISTERED, IncomingState.RETURNED);
        finishOpen(EnumSet.allOf(TaskRole.class), now);
        state = IncomingState.REFUSED;
        step(now, by, StepAction.REFUSED, null, null, reason);
        registerEvent(new IncomingRefused(UUID.randomUUID(), id(), agencyCode, reason, by.username(), now));
        tell(ExchangeStatus.REFUSED, reason, by, now);
        return this;
    }

    IncomingDocument remind(@Nullable String note, Actor by, Instant now) {
        allowedIn("remind", IncomingState.IN_HANDLING);
        step(now, by, StepAction.REMINDED, String.join(", ", openHandlerNames()), null, note);
        registerEvent(new IncomingReminded(UUID.randomUUID(), id(), agencyCode, note, by.username(), now));
        return this;
    }

    /** Back in hand after completion: the lead handlers who completed it take it up again. */
    IncomingDocument reopen(String reason, Actor by, Instant now) {
        allowedIn("reopen", IncomingState.COMPLETED);
        tasks.stream().filter(task -> task.role() == TaskRole.LEAD).reduce((first, last) -> last)
                .ifPresent(task -> task.reopen(now));
        completedAt = null;
        state = IncomingState.IN_HANDLING;
        step(now, by, StepAction.REOPENED, null, null, reason);
        registerEvent(new IncomingReopened(UUID.randomUUID(), id(), agencyCode, reason, by.username(), now));
        return this;
    }

    /**
     * The sender recalls the document (edXML 13): the clerks are asked to agree. A copy they refused or never
     * registered has nothing anyone works on, so the recall is agreed at once.
     */
    IncomingDocument recallRequested(String reason, Actor by, Instant now) {
        if (recallState == RecallState.REQUESTED || state == IncomingState.RECALLED) {
            return this;
        }
        recallState = RecallState.REQUESTED;
        recallReason = reason;
        recallRequestedAt = now;
        step(now, by, StepAction.RECALL_REQUESTED, senderName, null, reason);
        if (state == IncomingState.REFUSED || state == IncomingState.RECEIVED) {
            return acceptRecall(by, now);
        }
        tasks.add(Task.forClerksToAnswerRecall(agencyCode.value(), now));
        return this;
    }

    /**
     * The clerk agrees to the recall (15): every piece of work on it ends and its content leaves everyone's view; the
     * record of what arrived and of the recall stays.
     */
    IncomingDocument acceptRecall(Actor by, Instant now) {
        if (recallState != RecallState.REQUESTED) {
            throw new RuleViolation("incoming.recall.not-requested");
        }
        // the work on it goes from everyone's inbox with it; the register keeps the record
        tasks.clear();
        recallState = RecallState.ACCEPTED;
        state = IncomingState.RECALLED;
        step(now, by, StepAction.RECALL_ACCEPTED, null, null, null);
        registerEvent(new IncomingRecallAnswered(UUID.randomUUID(), id(), agencyCode, true, null, by.username(), now));
        tell(ExchangeStatus.RECALL_ACCEPTED, null, by, now);
        return this;
    }

    /** The clerk refuses the recall (16), saying why; the document stays as it was. */
    IncomingDocument refuseRecall(String reason, Actor by, Instant now) {
        if (recallState != RecallState.REQUESTED) {
            throw new RuleViolation("incoming.recall.not-requested");
        }
        finishOpen(EnumSet.of(TaskRole.RECALL), now);
        recallState = RecallState.REFUSED;
        step(now, by, StepAction.RECALL_REFUSED, null, null, reason);
        registerEvent(new IncomingRecallAnswered(UUID.randomUUID(), id(), agencyCode, false, reason, by.username(),
                now));
        tell(ExchangeStatus.RECALL_REFUSED, reason, by, now);
        return this;
    }

    /** The agency's reply was issued; a completion's own answer, if written, stays. */
    IncomingDocument answeredBy(String numberAndNotation, Actor by, Instant now) {
        if (state == IncomingState.RECALLED || numberAndNotation.equals(answeredBy)) {
            return this;
        }
        if (answeredBy == null) {
            answeredBy = numberAndNotation;
        }
        step(now, by, StepAction.ANSWERED, numberAndNotation, null, null);
        return this;
    }

    /** The sender corrected the subject or the reply date of what it sent; the timeline keeps the reason. */
    IncomingDocument correctedBySender(String newSubject, @Nullable LocalDate newDeadline, String reason, Actor by,
            Instant now) {
        if (state == IncomingState.RECALLED || subject.equals(newSubject) && Objects.equals(deadline, newDeadline)) {
            return this;
        }
        String before = subject;
        subject = newSubject;
        deadline = newDeadline;
        searchKey = SearchKey.fold(String.join(" ", subject, senderName, codeNumber == null ? "" : codeNumber,
                codeNotation == null ? "" : codeNotation));
        step(now, by, StepAction.UPDATED, null, deadline, before.equals(subject) ? reason : reason + " (" + before
                + " → " + subject + ")");
        return this;
    }

    /** Another delivered copy replaces this one: both remember the other; the timeline says so. */
    IncomingDocument replacedBy(UUID newer, String newerNumber, Actor by, Instant now) {
        if (newer.equals(replacedById)) {
            return this;
        }
        replacedById = newer;
        step(now, by, StepAction.REPLACED, newerNumber, null, null);
        return this;
    }

    IncomingDocument replaces(UUID older) {
        replacesId = older;
        return this;
    }

    @Nullable RecallState recallState() {
        return recallState;
    }

    /** Tells the issuer of a delivered copy how far this agency has got with it (edXML status, Decree 30 Art. 22). */
    private void tell(ExchangeStatus status, @Nullable String note, Actor by, Instant now) {
        if (originId != null) {
            registerEvent(new StatusMessage(UUID.randomUUID(), originId, agencyCode.value(), id(), status, note,
                    by.username(), now));
        }
    }

    /** Whether {@code person} has ever been given work on it: they may read it from then on. */
    boolean concerns(UUID person) {
        return tasks.stream().anyMatch(task -> task.isFor(person));
    }

    Optional<Task> openTask(UUID person, TaskRole role) {
        return tasks.stream().filter(task -> task.open() && task.isFor(person) && task.role() == role).findFirst();
    }

    /** The deadline the handlers work to: the leader's, else the one on the document. */
    @Nullable LocalDate workDeadline() {
        return handlingDeadline != null ? handlingDeadline : deadline;
    }

    List<String> openHandlerNames() {
        return tasks.stream()
                .filter(task -> task.open() && (task.role() == TaskRole.LEAD || task.role() == TaskRole.COORDINATE))
                .map(Task::assigneeName).filter(Objects::nonNull).toList();
    }

    private void allowedIn(String step, IncomingState... states) {
        if (!Set.of(states).contains(state)) {
            throw new RuleViolation("incoming.transition." + step, new DefaultMessageSourceResolvable(
                    state.messageKey()));
        }
    }

    private void finishOpen(Set<TaskRole> roles, Instant now) {
        tasks.stream().filter(task -> task.open() && roles.contains(task.role())).forEach(task -> task.finish(now));
    }

    private void step(Instant now, Actor by, StepAction action, @Nullable String handlers,
            @Nullable LocalDate stepDeadline, @Nullable String note) {
        steps.add(new Step(now, by, action, handlers, stepDeadline, note));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    AgencyCode agencyCode() {
        return agencyCode;
    }

    IncomingState state() {
        return state;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    @Nullable UUID leadUnitId() {
        return leadUnitId;
    }

    /** The files, while the document has not been recalled: a recalled document keeps only its record. */
    List<IncomingFile> files() {
        return state == IncomingState.RECALLED ? List.of() : List.copyOf(files);
    }

    List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** Who did what; of a recalled document only its arrival and its recall (Appendix VI keeps the recall record). */
    List<StepView> timeline() {
        return steps.stream().sorted(Comparator.comparing(Step::occurredAt)).map(Step::view)
                .filter(step -> state != IncomingState.RECALLED || RECORD_OF_RECALL.contains(step.action()))
                .toList();
    }

    IncomingView view(Set<IncomingAction> allowed) {
        return view(allowed, Map.of());
    }

    /** @param verdicts what the signature check found in each file, by SHA-256 */
    IncomingView view(Set<IncomingAction> allowed, Map<String, Verdict> verdicts) {
        boolean recalled = state == IncomingState.RECALLED;
        return new IncomingView(id(), agencyCode, state, senderCode, senderName, codeNumber, codeNotation,
                promulgationDate, documentType, subject, signerName, signerPosition, urgency, confidentiality,
                pageCount, form, arrivedAt, deadline, registerId, registerYear, arrivalNumber, registeredAt,
                recalled ? null : leadUnitName, recalled ? null : handlingDeadline, recalled ? null : instruction,
                completedAt, answeredBy, recallState, recallReason,
                replacedById, replacesId,
                files().stream().map(f -> new FileView(f.id(), f.fileName(), f.contentType(), f.size(),
                        verdicts.get(f.sha256()))).toList(),
                timeline(),
                tasks.stream().filter(Task::open).filter(task -> task.assigneeId() != null)
                        .map(task -> new HandlerView(task.assigneeName(), task.role(), task.deadline())).toList(),
                allowed, version());
    }
}
