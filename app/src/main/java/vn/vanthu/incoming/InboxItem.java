package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;

/**
 * A line of an inbox: the work (role, deadline, whether it is late or nearly so) and the document it is about.
 *
 * @param overdue the deadline has passed
 * @param dueSoon the deadline is within the next {@link Inbox#DUE_SOON_DAYS} days
 */
public record InboxItem(
        UUID taskId,
        UUID documentId,
        TaskRole role,
        InboxTab tab,
        @Nullable LocalDate deadline,
        boolean overdue,
        boolean dueSoon,
        @Nullable Long arrivalNumber,
        String subject,
        String senderName,
        @Nullable String numberAndNotation,
        DocumentType documentType,
        Urgency urgency,
        IncomingState state,
        Instant arrivedAt) {
}
