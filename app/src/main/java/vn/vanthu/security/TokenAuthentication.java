package vn.vanthu.security;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import vn.vanthu.organisation.Accounts;

/**
 * Turns a valid token into the signed-in person, as long as their account is enabled and its password is the one the
 * token was issued under.
 */
@Component
class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Accounts accounts;

    TokenAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long stamp = ((Number) jwt.getClaims().get(ApiTokens.CREDENTIAL_STAMP)).longValue();
        return accounts.activeUser(UUID.fromString(jwt.getSubject()), stamp)
                .map(PasswordAuthenticationProvider::authenticated)
                .orElseThrow(() -> new DisabledException("account can no longer sign in"));
    }
}
