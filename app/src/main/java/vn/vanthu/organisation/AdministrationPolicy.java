package vn.vanthu.organisation;

import java.util.Set;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;

/**
 * Who may change the organisation: the system administrator everything; an agency administrator the units and
 * people of their own agency only, and never the system administrator role.
 */
final class AdministrationPolicy {

    private AdministrationPolicy() {
    }

    static void checkManagesAgencies(CurrentUser by) {
        if (!by.isAdmin()) {
            throw new NotPermitted("organisation.agency.not-admin");
        }
    }

    /** For listings: the caller knows the agency exists, so a refusal says "not yours" (403). */
    static void checkAdministers(CurrentUser by, AgencyCode agency) {
        if (!by.administers(agency)) {
            throw new NotPermitted("organisation.people.not-your-agency", agency.value());
        }
    }

    /**
     * For a single person or unit: someone from another agency is told it does not exist (404), so ids cannot be
     * probed across agencies.
     */
    static void checkSees(CurrentUser by, AgencyCode agency, String messageKey, Object id) {
        if (!by.administers(agency)) {
            throw new NotFound(messageKey, id);
        }
    }

    static void checkGrants(CurrentUser by, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !by.isAdmin()) {
            throw new NotPermitted("organisation.role.admin-only-by-admin");
        }
    }
}
