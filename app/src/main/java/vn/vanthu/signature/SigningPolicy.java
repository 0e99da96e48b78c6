package vn.vanthu.signature;

import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * Who may sign what, Decree 30/2020 Art. 13 and 32: an official signs personally when they are competent to sign
 * documents (a leader, or a unit head signing on the leader's behalf, TL.); only a clerk applies the agency's
 * signature, and only on a document the competent official has already signed.
 */
final class SigningPolicy {

    private SigningPolicy() {
    }

    static void checkMaySign(SignatureKind kind, CurrentUser me) {
        switch (kind) {
            case PERSONAL -> {
                if (!me.hasRole(Role.LEADER) && !me.hasRole(Role.UNIT_HEAD)) {
                    throw new NotPermitted("signature.personal.not-permitted");
                }
            }
            case AGENCY -> {
                if (!me.hasRole(Role.CLERK)) {
                    throw new NotPermitted("signature.agency.not-permitted");
                }
            }
        }
    }
}
