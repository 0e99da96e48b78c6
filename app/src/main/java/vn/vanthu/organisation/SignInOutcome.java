package vn.vanthu.organisation;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {

    /** The password was right and the account may sign in. */
    record SignedIn(CurrentUser user) implements SignInOutcome {
    }

    /**
     * Refused. The reason goes to the audit trail only: the person is told the same thing whatever it was, so that
     * answers do not reveal which user names exist or that a guessed password was right.
     */
    record Refused(SignInRefusal reason) implements SignInOutcome {
    }
}
