package vn.vanthu.organisation;

/** Why a sign-in was refused. The person is only told "wrong user name or password" or "locked", never more. */
public enum SignInRefusal {
    BAD_CREDENTIALS, UNKNOWN_USER, LOCKED, DISABLED
}
