package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.ExchangeStatus;

/**
 * A recipient on the sender's table: how it is reached, its latest status and when each status came, and, once the
 * document is recalled, whether it agreed (15) or refused (16).
 */
public record RecipientView(UUID id, @Nullable String agencyCode, String name, DeliveryRoute delivery,
        @Nullable ExchangeStatus status, @Nullable Instant deliveredAt, @Nullable Instant refusedAt,
        @Nullable Instant acceptedAt, @Nullable Instant assignedAt, @Nullable Instant inProgressAt,
        @Nullable Instant completedAt, @Nullable String note, @Nullable ExchangeStatus recallStatus,
        @Nullable Instant recallRequestedAt, @Nullable Instant recallAnsweredAt, @Nullable String recallNote) {
}
