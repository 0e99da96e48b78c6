package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as administrators see them in lists and on their page, with the version to edit them on. */
public record UserView(
        UUID id,
        String username,
        String fullName,
        String positionTitle,
        @Nullable String email,
        @Nullable String telephone,
        AgencyCode agencyCode,
        String agencyName,
        @Nullable UUID unitId,
        @Nullable String unitName,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastSignInAt,
        @Nullable Long version) {
}
