package vn.vanthu.organisation;

import java.util.EnumSet;
import java.util.Set;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;

/**
 * Who may change the organisation. The system administrator: everything. An agency administrator: the units and
 * people of their own agency, except what would let them raise their own power: administrator roles (theirs or
 * anyone's), their own roles, and the accounts of other administrators.
 */
final class AdministrationPolicy {

    /** Roles only the system administrator grants, removes or edits the holders of. */
    private static final Set<Role> ADMINISTRATION = EnumSet.of(Role.ADMIN, Role.AGENCY_ADMIN);

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
     * For a single person or unit: someone of the same agency without the right is refused (403); someone from
     * another agency is told it does not exist (404), so ids cannot be probed across agencies.
     */
    static void checkSees(CurrentUser by, AgencyCode agency, String messageKey, Object id) {
        if (by.administers(agency)) {
            return;
        }
        if (by.agencyCode().equals(agency)) {
            throw new NotPermitted("security.forbidden");
        }
        throw new NotFound(messageKey, id);
    }

    /** A new account: administrator roles come from the system administrator only. */
    static void checkGrants(CurrentUser by, Set<Role> roles) {
        if (!by.isAdmin() && roles.stream().anyMatch(ADMINISTRATION::contains)) {
            throw new NotPermitted("organisation.role.admin-only-by-admin");
        }
    }

    /** An edit of {@code target}'s account that would give it {@code newRoles}. */
    static void checkEdits(CurrentUser by, User target, Set<Role> newRoles) {
        checkTouches(by, target);
        if (by.isAdmin()) {
            return;
        }
        if (target.id().equals(by.id()) && !target.roles().equals(newRoles)) {
            throw new NotPermitted("organisation.user.no-own-roles");
        }
        if (!administration(target.roles()).equals(administration(newRoles))) {
            throw new NotPermitted("organisation.role.admin-only-by-admin");
        }
    }

    /** Resetting, unlocking or editing an administrator's account is for the system administrator. */
    static void checkTouches(CurrentUser by, User target) {
        if (!by.isAdmin() && !target.id().equals(by.id())
                && target.roles().stream().anyMatch(ADMINISTRATION::contains)) {
            throw new NotPermitted("organisation.user.administrator-by-admin");
        }
    }

    private static Set<Role> administration(Set<Role> roles) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.stream().filter(ADMINISTRATION::contains).forEach(held::add);
        return held;
    }
}
