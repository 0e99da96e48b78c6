package vn.vanthu.register;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * Who keeps an agency's registers: its clerks (văn thư keep the registers, Decree 30 Art. 22) and administrators.
 * Everyone of the agency reads them; nobody outside it does.
 */
final class RegisterPolicy {

    private RegisterPolicy() {
    }

    static void checkKeeps(CurrentUser by, AgencyCode agency) {
        checkReads(by, agency);
        if (!by.isAdmin() && !by.hasRole(Role.CLERK) && !by.hasRole(Role.AGENCY_ADMIN)) {
            throw new NotPermitted("register.not-keeper");
        }
    }

    /** A register book is the clerks' work (they keep it) and the leaders' record (they answer for it). */
    static boolean readsBook(CurrentUser by) {
        return by.hasRole(Role.CLERK) || by.hasRole(Role.LEADER);
    }

    static void checkReads(CurrentUser by, AgencyCode agency) {
        if (!by.isAdmin() && !by.agencyCode().equals(agency)) {
            throw new NotFound("register.not-found", agency.value());
        }
    }
}
