package vn.vanthu.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
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
        SignInOutcome outcome;
        try {
            outcome = accounts.signIn(username, password, details.channel(), details.remoteAddress());
        } catch (RuntimeException failure) {
            throw new InternalAuthenticationServiceException("sign-in could not be checked", failure);
        }
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return authenticated(signedIn.user());
        }
        // one answer for a wrong password, an unknown name, a locked or a disabled account
        throw new BadCredentialsException("refused");
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
}
