package vn.vanthu.organisation;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as every module sees them: who they are, where they work and what roles they hold. It is
 * the security principal of both web sessions and API tokens.
 */
public record CurrentUser(
        UUID id,
        String username,
        String fullName,
        String positionTitle,
        AgencyCode agencyCode,
        String agencyName,
        @Nullable UUID unitId,
        @Nullable String unitName,
        Set<Role> roles) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name of background work when it acts on its own (demo seeding, scheduled jobs). */
    public static final String SYSTEM = "system";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Whether this person administers people and units somewhere (their agency, or every agency). */
    public boolean managesPeople() {
        return isAdmin() || hasRole(Role.AGENCY_ADMIN);
    }

    /** Whether this person administers the people and units of {@code agency}. */
    public boolean administers(AgencyCode agency) {
        return isAdmin() || hasRole(Role.AGENCY_ADMIN) && agencyCode.equals(agency);
    }

    @Override
    public String getName() {
        return username;
    }
}
