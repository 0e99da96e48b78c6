package vn.vanthu.organisation.web;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;

/** Which agency an administration page works on: the one asked for, else the administrator's own. */
final class AdministeredAgency {

    private AdministeredAgency() {
    }

    static AgencyCode of(@Nullable String asked, CurrentUser me) {
        return asked == null || asked.isBlank() ? me.agencyCode() : AgencyCode.of(asked);
    }
}
