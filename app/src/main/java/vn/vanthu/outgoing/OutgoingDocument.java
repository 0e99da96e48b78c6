package vn.vanthu.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

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
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NumberAndNotation;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.SearchKey;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.register.RegisterNumber;
import vn.vanthu.signature.Verdict;
import vn.vanthu.storage.ContentType;

/**
 * An outgoing document from its first draft to its issue. Each step is a method that refuses a step its state does
 * not allow (409), changes the state, writes the timeline and registers the event; who may take it is
 * {@link OutgoingPolicy}'s to say. The draft travels up the chain one holder at a time ({@code reviewer}); when it
 * reaches the competent signer, their signature is their approval.
 */
@Entity
@Table(name = "outgoing_document")
class OutgoingDocument extends AggregateRoot<OutgoingDocument> {

    private AgencyCode agencyCode;
    @Enumerated(EnumType.STRING)
    private OutgoingState state;
    @Enumerated(EnumType.STRING)
    private DocumentType documentType;
    private String subject;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;
    private UUID drafterId;
    private String drafterName;
    private @Nullable String draftingUnit;
    private UUID signerId;
    private String signerName;
    private String signerPosition;
    @Enumerated(EnumType.STRING)
    private SigningAuthority authority;
    private @Nullable String authorityOf;
    private @Nullable LocalDate replyDue;
    private @Nullable UUID answersIncomingId;
    private @Nullable UUID reviewerId;
    private @Nullable String reviewerName;
    private @Nullable String signedSha256;
    private @Nullable Instant signedAt;
    private @Nullable UUID registerId;
    private @Nullable Integer registerYear;
    private @Nullable Long issueNumber;
    private @Nullable String codeNumber;
    private @Nullable String codeNotation;
    private @Nullable Instant issuedAt;
    private @Nullable String issuedSha256;
    private @Nullable String documentIdentity;
    private @Nullable String recallReason;
    private @Nullable Instant recalledAt;
    private @Nullable UUID replacesId;
    private @Nullable UUID replacedById;
    private String searchKey;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<Version> versions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Appendix> appendices = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<RecipientStatus> recipients = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    @OrderBy("occurredAt")
    private List<OutgoingStep> steps = new ArrayList<>();

    OutgoingDocument(AgencyCode agencyCode, Draft draft, MainFile main, Actor drafter, @Nullable String draftingUnit,
            Instant now) {
        this.agencyCode = agencyCode;
        this.state = OutgoingState.DRAFT;
        this.drafterId = drafter.id();
        this.drafterName = drafter.fullName();
        this.draftingUnit = draftingUnit;
        describe(draft);
        versions.add(new Version(1, main, drafter, now));
        step(now, drafter, OutgoingStepAction.DRAFTED, null, null);
        registerEvent(new OutgoingDrafted(UUID.randomUUID(), id(), agencyCode, subject, 1, main.source(),
                drafter.username(), now));
    }

    protected OutgoingDocument() {
        // for JPA
    }

    /**
     * A secret document (mật and above) drafted, signed and sealed on paper, Decree 30 Art. 15: only its number, taken
     * from the agency's secret series, and its metadata are recorded; it carries no file and goes to its recipients
     * on paper.
     */
    static OutgoingDocument registeredOnPaper(AgencyCode agencyCode, Draft draft, Issue issue, Actor clerk,
            Instant now) {
        OutgoingDocument document = new OutgoingDocument();
        document.agencyCode = agencyCode;
        document.drafterId = clerk.id();
        document.drafterName = clerk.fullName();
        document.describe(draft);
        document.state = OutgoingState.SIGNED;
        return document.issue(issue, Map.of(), clerk, now);
    }

    /** New metadata from the drafter, on the timeline with what changed. */
    OutgoingDocument change(Draft draft, Actor by, Instant now) {
        allowedIn("edit", OutgoingState.DRAFT, OutgoingState.RETURNED);
        String before = subject + " · " + signerName;
        describe(draft);
        String after = subject + " · " + signerName;
        step(now, by, OutgoingStepAction.CHANGED, null, before.equals(after) ? null : before + " → " + after);
        registerEvent(new OutgoingReviewed(UUID.randomUUID(), id(), agencyCode, OutgoingStepAction.CHANGED, null,
                before.equals(after) ? null : before + " → " + after, by.username(), now));
        return this;
    }

    private void describe(Draft draft) {
        DraftDetails details = draft.details();
        this.documentType = details.documentType();
        this.subject = details.subject().strip();
        this.urgency = details.urgency();
        this.confidentiality = details.confidentiality();
        this.signerId = draft.signer().id();
        this.signerName = draft.signer().fullName();
        this.signerPosition = draft.signerPosition();
        this.authority = details.authorityOrNone();
        this.authorityOf = authority == SigningAuthority.NONE || details.authorityOf() == null
                || details.authorityOf().isBlank() ? null : details.authorityOf().strip();
        this.replyDue = details.replyDue();
        this.answersIncomingId = details.answersIncomingId();
        this.replacesId = details.replacesId();
        this.searchKey = SearchKey.fold(subject + " " + drafterName + " " + signerName);
        recipients.clear();
        for (Draft.Addressee addressee : draft.recipients()) {
            recipients.add(new RecipientStatus(recipients.size(), addressee.agencyCode(), addressee.name(),
                    addressee.route()));
        }
    }

    OutgoingDocument revise(MainFile main, Actor by, Instant now) {
        allowedIn("edit", OutgoingState.DRAFT, OutgoingState.RETURNED, OutgoingState.IN_REVIEW);
        int number = versions.size() + 1;
        versions.add(new Version(number, main, by, now));
        step(now, by, OutgoingStepAction.REVISED, null, "v" + number);
        registerEvent(new OutgoingDrafted(UUID.randomUUID(), id(), agencyCode, subject, number, main.source(),
                by.username(), now));
        return this;
    }

    OutgoingDocument attach(Appendix appendix) {
        allowedIn("edit", OutgoingState.DRAFT, OutgoingState.RETURNED, OutgoingState.IN_REVIEW);
        appendices.add(appendix);
        return this;
    }

    OutgoingDocument detach(UUID appendixId) {
        allowedIn("edit", OutgoingState.DRAFT, OutgoingState.RETURNED, OutgoingState.IN_REVIEW);
        if (!appendices.removeIf(appendix -> appendix.id().equals(appendixId))) {
            throw new vn.vanthu.core.NotFound("outgoing.file.not-found", appendixId);
        }
        return this;
    }

    /** The drafter sends it up the chain to the first reviewer (or straight to the signer). */
    OutgoingDocument submit(Actor reviewer, @Nullable String note, Actor by, Instant now) {
        allowedIn("submit", OutgoingState.DRAFT, OutgoingState.RETURNED);
        handTo(reviewer);
        state = OutgoingState.IN_REVIEW;
        step(now, by, OutgoingStepAction.SUBMITTED, reviewer.fullName(), note);
        registerEvent(new OutgoingReviewed(UUID.randomUUID(), id(), agencyCode, OutgoingStepAction.SUBMITTED,
                reviewer.username(), note, by.username(), now));
        return this;
    }

    /** A reviewer agrees and passes it on: to the next reviewer, or to the signer to sign. */
    OutgoingDocument approve(Actor next, @Nullable String note, Actor by, Instant now) {
        allowedIn("approve", OutgoingState.IN_REVIEW);
        if (next.id().equals(by.id())) {
            throw new RuleViolation("outgoing.approve.to-self");
        }
        handTo(next);
        step(now, by, OutgoingStepAction.APPROVED, next.fullName(), note);
        registerEvent(new OutgoingReviewed(UUID.randomUUID(), id(), agencyCode, OutgoingStepAction.APPROVED,
                next.username(), note, by.username(), now));
        return this;
    }

    OutgoingDocument comment(String note, Actor by, Instant now) {
        allowedIn("comment", OutgoingState.DRAFT, OutgoingState.IN_REVIEW, OutgoingState.RETURNED,
                OutgoingState.SIGNED);
        step(now, by, OutgoingStepAction.COMMENTED, null, note);
        registerEvent(new OutgoingReviewed(UUID.randomUUID(), id(), agencyCode, OutgoingStepAction.COMMENTED, null,
                note, by.username(), now));
        return this;
    }

    /** Back to the drafter with the reason: they revise and submit again. */
    OutgoingDocument returnToDrafter(String reason, Actor by, Instant now) {
        allowedIn("return", OutgoingState.IN_REVIEW, OutgoingState.SIGNED);
        reviewerId = null;
        reviewerName = null;
        signedSha256 = null;
        signedAt = null;
        state = OutgoingState.RETURNED;
        step(now, by, OutgoingStepAction.RETURNED, drafterName, reason);
        registerEvent(new OutgoingReviewed(UUID.randomUUID(), id(), agencyCode, OutgoingStepAction.RETURNED,
                null, reason, by.username(), now));
        return this;
    }

    /**
     * The signer's signature on the current version, prepared for numbering.
     *
     * @param preparedFrom the file that was signed, which must have been made from the current version
     */
    OutgoingDocument signed(String signedFile, Actor by, Instant now) {
        allowedIn("sign", OutgoingState.IN_REVIEW);
        if (!by.id().equals(signerId) || !by.id().equals(reviewerId)) {
            throw new RuleViolation("outgoing.not-allowed.sign");
        }
        signedSha256 = signedFile;
        signedAt = now;
        reviewerId = null;
        reviewerName = null;
        state = OutgoingState.SIGNED;
        step(now, by, OutgoingStepAction.SIGNED, null, null);
        registerEvent(new OutgoingSigned(UUID.randomUUID(), id(), agencyCode, signedFile, by.username(), now));
        return this;
    }

    /**
     * Numbered, sealed and sent. The agency's copies are the files given; the event carries what receivers need.
     *
     * @param issuedAppendices the sealed appendix files, by appendix id
     */
    OutgoingDocument issue(Issue issue, Map<UUID, String> issuedAppendices, Actor by, Instant now) {
        allowedIn("issue", OutgoingState.SIGNED);
        RegisterNumber number = issue.number();
        registerId = number.registerId();
        registerYear = number.year();
        issueNumber = number.number();
        codeNumber = issue.codeNumber();
        codeNotation = issue.codeNotation();
        issuedAt = now;
        issuedSha256 = issue.mainSha256();
        documentIdentity = issue.documentIdentity();
        appendices.forEach(appendix -> appendix.issued(Objects.requireNonNull(issuedAppendices.get(appendix.id()))));
        state = OutgoingState.ISSUED;
        step(now, by, OutgoingStepAction.ISSUED, null, NumberAndNotation.of(codeNumber, codeNotation));
        List<OutgoingIssued.IssuedFile> files = new ArrayList<>();
        if (issuedSha256 != null) {
            files.add(new OutgoingIssued.IssuedFile(issuedSha256, issue.mainFileName(), ContentType.PDF.mimeType(),
                    issue.mainSize()));
        }
        appendices.forEach(appendix -> files.add(new OutgoingIssued.IssuedFile(appendix.currentSha256(),
                appendix.fileName(), ContentType.PDF.mimeType(), issue.appendixSizes().get(appendix.id()))));
        registerEvent(new OutgoingIssued(UUID.randomUUID(), id(), agencyCode, issue.agencyName(), documentIdentity,
                codeNumber, codeNotation, issue.promulgationDate(), documentType, subject, signerName,
                signerPosition, urgency, confidentiality, replyDue, replacesId, answersIncomingId, files,
                recipients.stream().filter(recipient -> recipient.agencyCode() != null)
                        .map(recipient -> new OutgoingIssued.IssuedRecipient(recipient.agencyCode(),
                                recipient.name(), recipient.delivery()))
                        .toList(),
                by.username(), now));
        return this;
    }

    /**
     * Recalled after issue (Art. 18.4.b, edXML 13): frozen as it was; each recipient of the deployment is asked to
     * remove it and answers 15 or 16 on its row.
     */
    OutgoingDocument recall(String reason, Actor by, Instant now) {
        allowedIn("recall", OutgoingState.ISSUED);
        state = OutgoingState.RECALLED;
        recallReason = reason;
        recalledAt = now;
        internalRecipients().forEach(recipient -> recipient.recallRequested(now));
        step(now, by, OutgoingStepAction.RECALLED, null, reason);
        registerEvent(new OutgoingRecalled(UUID.randomUUID(), id(), agencyCode,
                NumberAndNotation.of(codeNumber, codeNotation),
                reason, internalRecipients().map(RecipientStatus::agencyCode).toList(),
                by.username(), now));
        return this;
    }

    /**
     * Corrects an issued document's metadata (Appendix VI "cập nhật"): its subject or the date replies are due. The
     * number, the signed file and the recipients stay; each recipient's copy is corrected and says so.
     */
    OutgoingDocument correct(String newSubject, @Nullable LocalDate newReplyDue, String reason, Actor by,
            Instant now) {
        allowedIn("update", OutgoingState.ISSUED);
        String before = subject;
        subject = newSubject.strip();
        replyDue = newReplyDue;
        step(now, by, OutgoingStepAction.UPDATED, null, reason);
        registerEvent(new OutgoingUpdated(UUID.randomUUID(), id(), agencyCode, before, subject, replyDue, reason,
                internalRecipients().map(RecipientStatus::agencyCode).toList(),
                by.username(), now));
        return this;
    }

    /** A newer document, now issued, replaces this one: it stays as issued, pointing to its replacement. */
    OutgoingDocument replacedBy(UUID newer, String newerNumber, Actor by, Instant now) {
        if (state != OutgoingState.ISSUED || replacedById != null) {
            // recalled or replaced meanwhile: the newer one is issued all the same, with no link to claim
            return this;
        }
        replacedById = newer;
        step(now, by, OutgoingStepAction.REPLACED, newerNumber, null);
        return this;
    }

    /** Its details as a draft, to lay a new version out from. */
    Draft draft() {
        List<Recipient> named = recipients.stream().map(r -> new Recipient(r.agencyCode(), r.name())).toList();
        return new Draft(new DraftDetails(documentType, subject, signerId, authority, authorityOf, urgency,
                confidentiality, named, replyDue, answersIncomingId, replacesId, version()),
                new Actor(signerId, "", signerName), signerPosition, recipients.stream()
                        .map(r -> new Draft.Addressee(r.agencyCode(), r.name(), r.delivery())).toList());
    }

    /** The recipients inside the deployment, whose copies follow a recall or a correction. */
    private Stream<RecipientStatus> internalRecipients() {
        return recipients.stream().filter(recipient -> recipient.delivery() == DeliveryRoute.INTERNAL);
    }

    private void handTo(Actor holder) {
        reviewerId = holder.id();
        reviewerName = holder.fullName();
    }

    /**
     * Whether {@code person} drafted it, holds it, has taken a step on it or is to sign it once it has left the
     * drafter: they may read it. A draft nobody has been sent stays the drafter's.
     */
    boolean concerns(UUID person) {
        return person.equals(drafterId) || person.equals(reviewerId)
                || person.equals(signerId) && state != OutgoingState.DRAFT
                || steps.stream().anyMatch(step -> step.actorId().equals(person));
    }

    /** Whether {@code person} has approved it and passed it on since it was last returned. */
    boolean approvedBy(UUID person) {
        boolean approved = false;
        for (OutgoingStep step : steps.stream().sorted(Comparator.comparing(OutgoingStep::occurredAt)).toList()) {
            if (step.action() == OutgoingStepAction.RETURNED) {
                approved = false;
            } else if (step.action() == OutgoingStepAction.APPROVED && step.actorId().equals(person)) {
                approved = true;
            }
        }
        return approved;
    }

    private void allowedIn(String step, OutgoingState... states) {
        if (!Set.of(states).contains(state)) {
            throw new RuleViolation("outgoing.transition." + step, new DefaultMessageSourceResolvable(
                    state.messageKey()));
        }
    }

    private void step(Instant now, Actor by, OutgoingStepAction action, @Nullable String addressee,
            @Nullable String note) {
        steps.add(new OutgoingStep(now, by, action, addressee, note));
    }

    AgencyCode agencyCode() {
        return agencyCode;
    }

    OutgoingState state() {
        return state;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    DocumentType documentType() {
        return documentType;
    }

    String subject() {
        return subject;
    }

    UUID drafterId() {
        return drafterId;
    }

    UUID signerId() {
        return signerId;
    }

    String signerName() {
        return signerName;
    }

    String signerPosition() {
        return signerPosition;
    }

    SigningAuthority authority() {
        return authority;
    }

    @Nullable String authorityOf() {
        return authorityOf;
    }

    @Nullable String draftingUnit() {
        return draftingUnit;
    }

    @Nullable UUID reviewerId() {
        return reviewerId;
    }

    @Nullable String signedSha256() {
        return signedSha256;
    }

    /** The main file as it stands: issued, else signed, else the current draft version; none for a paper one. */
    @Nullable String shownSha256() {
        if (issuedSha256 != null) {
            return issuedSha256;
        }
        if (signedSha256 != null) {
            return signedSha256;
        }
        return versions.isEmpty() ? null : currentVersion().sha256();
    }

    @Nullable String codeNumber() {
        return codeNumber;
    }

    @Nullable String codeNotation() {
        return codeNotation;
    }

    @Nullable UUID replacesId() {
        return replacesId;
    }

    @Nullable UUID replacedById() {
        return replacedById;
    }

    /** Refuses (409) to number what cannot be issued, before a number is taken. */
    void checkIssuable() {
        allowedIn("issue", OutgoingState.SIGNED);
        if (signedSha256 == null) {
            throw new RuleViolation("outgoing.transition.issue", new DefaultMessageSourceResolvable(
                    state.messageKey()));
        }
    }

    @Nullable LocalDate replyDue() {
        return replyDue;
    }

    @Nullable String recallReason() {
        return recallReason;
    }

    /** The reason of the last correction after issue, if any. */
    @Nullable String lastCorrection() {
        return steps.stream().filter(step -> step.action() == OutgoingStepAction.UPDATED)
                .max(Comparator.comparing(OutgoingStep::occurredAt)).map(OutgoingStep::note).orElse(null);
    }

    Version currentVersion() {
        if (versions.isEmpty()) {
            throw new vn.vanthu.core.NotFound("outgoing.file.not-found", "main");
        }
        return versions.get(versions.size() - 1);
    }

    List<Version> versions() {
        return List.copyOf(versions);
    }

    List<Appendix> appendices() {
        return List.copyOf(appendices);
    }

    List<RecipientView> recipients() {
        return recipients.stream().map(RecipientStatus::view).toList();
    }

    /** @param verdicts what the last check of each signed file's signatures found, by SHA-256 */
    OutgoingView view(Set<OutgoingAction> allowed, Map<String, Verdict> verdicts) {
        return new OutgoingView(id(), agencyCode, state, documentType, subject, urgency, confidentiality, drafterName,
                draftingUnit, signerId, signerName, signerPosition, authority, authorityOf,
                authority.lines(authorityOf, signerPosition), replyDue, answersIncomingId, reviewerId, reviewerName,
                signedAt, registerId, registerYear, codeNumber, codeNotation, issuedAt, documentIdentity, recallReason,
                recalledAt, replacesId, replacedById,
                shownSha256() == null ? null : verdicts.get(shownSha256()),
                versions.stream().map(Version::view).toList(),
                appendices.stream().map(appendix -> appendix.view(verdicts.get(appendix.currentSha256()))).toList(),
                recipients(), steps.stream().sorted(Comparator.comparing(OutgoingStep::occurredAt))
                        .map(OutgoingStep::view).toList(),
                allowed, version());
    }
}
