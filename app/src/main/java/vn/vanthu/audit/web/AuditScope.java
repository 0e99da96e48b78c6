package vn.vanthu.audit.web;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.CurrentUser;

/** Which agency's rows a reader of the trail gets: anything asked for by a system administrator, else their own. */
final class AuditScope {

    private AuditScope() {
    }

    static @Nullable String agencyFor(CurrentUser me, @Nullable String asked) {
        String agency = asked == null || asked.isBlank() ? null : asked.strip();
        if (me.isAdmin()) {
            return agency;
        }
        if (agency != null && !agency.equals(me.agencyCode().value())) {
            throw new NotPermitted("organisation.people.not-your-agency", agency);
        }
        return me.agencyCode().value();
    }
}
