package vn.vanthu.organisation;

/** Why a sign-in was refused, for the audit trail; the person is told one generic sentence for all of them. */
public enum SignInRefusal {
    BAD_CREDENTIALS, UNKNOWN_USER, LOCKED, DISABLED
}
