package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Ids;

/** One line of the timeline: who did what and when, to whom it went, and what they wrote. */
@Entity
@Table(name = "outgoing_step")
class OutgoingStep {

    @Id
    private UUID id;
    private Instant occurredAt;
    private UUID actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private OutgoingStepAction action;
    private @Nullable String addressee;
    private @Nullable String note;

    OutgoingStep(Instant occurredAt, Actor actor, OutgoingStepAction action, @Nullable String addressee,
            @Nullable String note) {
        this.id = Ids.next();
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorName = actor.fullName();
        this.action = action;
        this.addressee = addressee;
        this.note = note;
    }

    protected OutgoingStep() {
        // for JPA
    }

    Instant occurredAt() {
        return occurredAt;
    }

    UUID actorId() {
        return actorId;
    }

    OutgoingStepAction action() {
        return action;
    }

    @Nullable String note() {
        return note;
    }

    OutgoingStepView view() {
        return new OutgoingStepView(occurredAt, actorName, action, addressee, note);
    }
}
