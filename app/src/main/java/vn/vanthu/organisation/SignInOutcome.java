package vn.vanthu.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {

    /** The password was right and the account may sign in. */
    record SignedIn(CurrentUser user) implements SignInOutcome {
    }

    /** Refused; {@code lockedUntil} tells a locked-out person when to try again. */
    record Refused(SignInRefusal reason, @Nullable Instant lockedUntil) implements SignInOutcome {
    }
}
