package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A connected system as the administrator sees it. Secrets are never shown again after they were made; the two
 * fields carry one only in the answer that made it.
 */
public record PeerView(UUID id, String systemId, String name, @Nullable String baseUrl, boolean active,
        List<String> routes, @Nullable Long version, Instant createdAt, @Nullable String newInboundSecret,
        @Nullable String newOutboundSecret) {
}
