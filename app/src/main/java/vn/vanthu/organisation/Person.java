package vn.vanthu.organisation;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A colleague as other modules see them: enough to route work to them and to print who did what. */
public record Person(
        UUID id,
        String username,
        String fullName,
        String positionTitle,
        AgencyCode agencyCode,
        @Nullable UUID unitId,
        @Nullable String unitName,
        Set<Role> roles,
        boolean enabled) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
