package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.ExchangeStatus;
import vn.vanthu.core.Ids;

/**
 * A line of "Nơi nhận" and how far that recipient has got: the time each edXML status came back, so the sender's
 * table shows when it arrived, was accepted or refused, assigned, taken up and completed.
 */
@Entity
@Table(name = "outgoing_recipient")
// only the columns changed are written: a recall and a recipient's status may change one row at the same moment
@DynamicUpdate
class RecipientStatus {

    private static final int NOTE_LENGTH = 2000;

    @Id
    private UUID id;
    private int position;
    private @Nullable String agencyCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private DeliveryRoute delivery;
    @Enumerated(EnumType.STRING)
    private @Nullable ExchangeStatus status;
    private @Nullable UUID receivedId;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant refusedAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant assignedAt;
    private @Nullable Instant inProgressAt;
    private @Nullable Instant completedAt;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    private @Nullable ExchangeStatus recallStatus;
    private @Nullable Instant recallRequestedAt;
    private @Nullable Instant recallAnsweredAt;
    private @Nullable String recallNote;

    RecipientStatus(int position, @Nullable String agencyCode, String name, DeliveryRoute delivery) {
        this.id = Ids.next();
        this.position = position;
        this.agencyCode = agencyCode;
        this.name = name;
        this.delivery = delivery;
    }

    protected RecipientStatus() {
        // for JPA
    }

    @Nullable String agencyCode() {
        return agencyCode;
    }

    String name() {
        return name;
    }

    DeliveryRoute delivery() {
        return delivery;
    }

    void recallRequested(Instant at) {
        recallStatus = ExchangeStatus.RECALL_REQUESTED;
        recallRequestedAt = at;
    }

    /**
     * Records a status the recipient sent. Each keeps its own time; the status shown is the furthest reached, so a
     * message that overtakes an earlier one on the way does not move the recipient back (a refusal always shows).
     */
    void report(ExchangeStatus reported, UUID received, @Nullable String reportedNote, Instant at) {
        receivedId = received;
        if (reported == ExchangeStatus.RECALL_ACCEPTED || reported == ExchangeStatus.RECALL_REFUSED
                || reported == ExchangeStatus.RECALL_REQUESTED) {
            recallStatus = reported;
            recallAnsweredAt = reported == ExchangeStatus.RECALL_REQUESTED ? null : at;
            recallNote = clip(reportedNote);
            return;
        }
        switch (reported) {
            case DELIVERED -> deliveredAt = first(deliveredAt, at);
            case REFUSED -> refusedAt = at;
            case ACCEPTED -> acceptedAt = first(acceptedAt, at);
            case ASSIGNED -> assignedAt = first(assignedAt, at);
            case IN_PROGRESS -> inProgressAt = first(inProgressAt, at);
            case COMPLETED -> completedAt = at;
            default -> {
                // recall answers are kept apart, above
            }
        }
        if (reported == ExchangeStatus.REFUSED || status == null || status != ExchangeStatus.REFUSED
                && progress(reported) > progress(status)) {
            status = reported;
        }
        if (reportedNote != null && !reportedNote.isBlank()) {
            note = clip(reportedNote);
        }
    }

    /** What fits the column. */
    private static @Nullable String clip(@Nullable String text) {
        return text == null || text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH);
    }

    private static Instant first(@Nullable Instant earlier, Instant at) {
        return earlier == null ? at : earlier;
    }

    private static int progress(ExchangeStatus status) {
        return status == ExchangeStatus.REFUSED ? 0 : status.ordinal();
    }

    RecipientView view() {
        return new RecipientView(id, agencyCode, name, delivery, status, deliveredAt, refusedAt, acceptedAt,
                assignedAt, inProgressAt, completedAt, note, recallStatus, recallRequestedAt, recallAnsweredAt,
                recallNote);
    }
}
