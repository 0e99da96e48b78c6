package vn.vanthu.signature;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signing certificate as pages and the API show it (never its key). */
public record CertificateView(
        UUID id,
        HolderKind holderKind,
        @Nullable UUID personId,
        String agencyCode,
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        KeySource keySource,
        @Nullable String deviceName,
        boolean issuedHere,
        @Nullable Instant revokedAt,
        @Nullable String revocationReason,
        boolean usable) {

    private static final java.util.regex.Pattern COMMON_NAME =
            java.util.regex.Pattern.compile("(?:^|,)CN=((?:\\\\.|[^,])+)");

    /** The holder's name, from the subject's CN. */
    public String holderName() {
        java.util.regex.Matcher found = COMMON_NAME.matcher(subject);
        return found.find() ? found.group(1).replace("\\", "") : subject;
    }

    /** Expires within 30 days: time to renew. */
    public boolean expiresSoon() {
        return revokedAt == null && notAfter.isBefore(Instant.now().plus(java.time.Duration.ofDays(30)));
    }
}
