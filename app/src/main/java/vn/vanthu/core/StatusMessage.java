package vn.vanthu.core;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A receiver's news about a document it was sent, the in-deployment twin of an edXML status message: the incoming
 * module tells it for every step on a delivered copy, the outgoing module shows it on the sender's recipient table.
 *
 * @param originId the sender's outgoing document
 * @param receiver the receiving agency
 * @param receivedId the receiver's incoming copy
 * @param note the reason of a refusal, or what the handler wrote
 */
public record StatusMessage(UUID eventId, UUID originId, String receiver, UUID receivedId, ExchangeStatus status,
        @Nullable String note, String actor, Instant occurredAt) {
}
