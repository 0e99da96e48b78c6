package vn.vanthu.security;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.vanthu.organisation.Accounts;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.SignInOutcome;

/**
 * Checks a user name and password against the organisation's accounts. The principal of a successful sign-in is
 * the {@link CurrentUser}, so web pages and API calls see the same person.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;

    PasswordAuthenticationProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        String password = String.valueOf(authentication.getCredentials());
        SignInDetails details = authentication.getDetails() instanceof SignInDetails given ? given
                : new SignInDetails(SignInDetails.WEB, "unknown");
        SignInOutcome outcome = accounts.signIn(username, password, details.channel(), details.remoteAddress());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return authenticated(signedIn.user());
        }
        SignInOutcome.Refused refused = (SignInOutcome.Refused) outcome;
        throw switch (refused.reason()) {
            case LOCKED -> new LockedUntilException(refused.lockedUntil());
            case DISABLED -> new DisabledException("disabled");
            case BAD_CREDENTIALS, UNKNOWN_USER -> refused.lockedUntil() != null
                    ? new LockedUntilException(refused.lockedUntil())
                    : new BadCredentialsException("bad credentials");
        };
    }

    static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account is locked; the person may try again after {@code until}. */
    static final class LockedUntilException extends LockedException {

        private final transient @Nullable Instant until;

        LockedUntilException(@Nullable Instant until) {
            super("locked");
            this.until = until;
        }

        @Nullable Instant until() {
            return until;
        }
    }
}
