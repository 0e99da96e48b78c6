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

/**
 * One line of a document's processing timeline: who did what and when, to whom, by when, and what they wrote (an
 * instruction, an opinion, a reason). Names are kept as they were, as on paper.
 */
@Entity
@Table(name = "incoming_step")
class Step {

    @Id
    private UUID id;
    private Instant occurredAt;
    private UUID actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private StepAction action;
    private @Nullable String handlers;
    private @Nullable LocalDate deadline;
    private @Nullable String note;

    Step(Instant occurredAt, Actor actor, StepAction action, @Nullable String handlers, @Nullable LocalDate deadline,
            @Nullable String note) {
        this.id = Ids.next();
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorName = actor.fullName();
        this.action = action;
        this.handlers = handlers;
        this.deadline = deadline;
        this.note = note;
    }

    protected Step() {
        // for JPA
    }

    StepView view() {
        return new StepView(occurredAt, actorName, action, handlers, deadline, note);
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
