package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Ids;
import vn.vanthu.core.Urgency;

/**
 * A piece of work an incoming document asks of one person (or of the clerks of the agency, whoever takes it): the
 * rows inboxes are made of. The inbox tab is kept on the row, so an inbox page is one indexed read.
 */
@Entity
@Table(name = "incoming_task")
class Task {

    @Id
    private UUID id;
    private @Nullable UUID assigneeId;
    private @Nullable String assigneeName;
    private @Nullable String clerkAgencyCode;
    @Enumerated(EnumType.STRING)
    private TaskRole role;
    @Enumerated(EnumType.STRING)
    private InboxTab tab;
    private boolean open;
    private @Nullable LocalDate deadline;
    /** The document's urgency and arrival, kept here so that an inbox is read in order from one index. */
    private short urgencyRank;
    private Instant arrivedAt;
    private Instant createdAt;
    private Instant updatedAt;

    private Task(@Nullable Actor assignee, @Nullable String clerkAgencyCode, TaskRole role, Urgency urgency,
            Instant arrivedAt, @Nullable LocalDate deadline, Instant now) {
        this.id = Ids.next();
        this.assigneeId = assignee == null ? null : assignee.id();
        this.assigneeName = assignee == null ? null : assignee.fullName();
        this.clerkAgencyCode = clerkAgencyCode;
        this.role = role;
        this.deadline = deadline;
        this.urgencyRank = (short) urgency.rank();
        this.arrivedAt = arrivedAt;
        this.open = true;
        this.tab = role == TaskRole.INFORM ? InboxTab.FOR_INFORMATION : InboxTab.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected Task() {
        // for JPA
    }

    static Task forClerks(String agencyCode, Urgency urgency, Instant arrivedAt, @Nullable LocalDate deadline,
            Instant now) {
        return new Task(null, agencyCode, TaskRole.CLERK, urgency, arrivedAt, deadline, now);
    }

    /** The clerks are to answer a sender's recall, before anything else. */
    static Task forClerksToAnswerRecall(String agencyCode, Instant now) {
        return new Task(null, agencyCode, TaskRole.RECALL, Urgency.FLASH, now, null, now);
    }

    static Task forPerson(Urgency urgency, Instant arrivedAt, Actor assignee, TaskRole role,
            @Nullable LocalDate deadline, Instant now) {
        return new Task(assignee, null, role, urgency, arrivedAt, deadline, now);
    }

    boolean isFor(UUID person) {
        return person.equals(assigneeId);
    }

    boolean open() {
        return open;
    }

    TaskRole role() {
        return role;
    }

    @Nullable UUID assigneeId() {
        return assigneeId;
    }

    @Nullable String assigneeName() {
        return assigneeName;
    }

    @Nullable LocalDate deadline() {
        return deadline;
    }

    /** The assignee has started on it (an opinion, say): it moves to "in progress". */
    void start(Instant now) {
        if (open && tab == InboxTab.PENDING) {
            tab = InboxTab.IN_PROGRESS;
            updatedAt = now;
        }
    }

    /** Done: by its assignee, or because the document moved on. Information stays under "for information". */
    void finish(Instant now) {
        if (open) {
            open = false;
            if (tab != InboxTab.FOR_INFORMATION) {
                tab = InboxTab.DONE;
            }
            updatedAt = now;
        }
    }

    void reopen(Instant now) {
        if (!open) {
            open = true;
            tab = role == TaskRole.INFORM ? InboxTab.FOR_INFORMATION : InboxTab.IN_PROGRESS;
            updatedAt = now;
        }
    }

    void moveDeadline(@Nullable LocalDate newDeadline, Instant now) {
        deadline = newDeadline;
        updatedAt = now;
    }
}
