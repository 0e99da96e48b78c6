package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A package as the exchange pages and the API show it. */
public record PackageView(UUID id, PackageDirection direction, String messageType, @Nullable String business,
        PackageState state, @Nullable UUID peerId, @Nullable String peerName, String fromCode, List<String> toCodes,
        String documentIdentity, @Nullable UUID documentId, @Nullable String statusCode, @Nullable String subject,
        String sha256, long length, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
        Instant createdAt, @Nullable Instant doneAt, @Nullable PackageSignature xmlSignature,
        @Nullable String xmlSigner) {
}
