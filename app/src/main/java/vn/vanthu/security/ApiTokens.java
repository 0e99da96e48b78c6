package vn.vanthu.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import vn.vanthu.organisation.CurrentUser;

/**
 * Bearer tokens for the REST API: short-lived JWTs signed with the deployment's shared secret (HS256), so any node
 * can check a token another node issued. The token names the user; what they may do is read from the account on
 * every request, so a disabled account or a removed role takes effect at once.
 */
@Component
class ApiTokens {

    static final String ISSUER = "vanthu";
    static final String TOKEN_TYPE = "Bearer";
    static final String CREDENTIAL_STAMP = "vanthu_cst";

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecuritySettings settings;
    private final Clock clock;

    ApiTokens(SecuritySettings settings, Optional<Clock> clock) {
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        SecretKey key = new SecretKeySpec(secret(settings), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(this.clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Instant>(JwtClaimNames.IAT, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, ApiTokens::isUuid),
                new JwtClaimValidator<Object>(CREDENTIAL_STAMP, stamp -> stamp instanceof Number)));
        // our issuer is a name, not a URL: the default converter would try it as a URL, and fail, on every request
        nimbus.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        this.decoder = nimbus;
    }

    private static byte[] secret(SecuritySettings settings) {
        if (settings.tokenSecret().isBlank()) {
            LOG.warn("VANTHU_TOKEN_SECRET is not set: API tokens are signed with a random key and end when VanThu "
                    + "restarts. Set one secret for all nodes of a deployment.");
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] secret = settings.tokenSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < SecuritySettings.MIN_SECRET_BYTES) {
            throw new IllegalStateException("VANTHU_TOKEN_SECRET must be at least " + SecuritySettings.MIN_SECRET_BYTES
                    + " bytes (e.g. `openssl rand -base64 48`): API tokens are signed with it.");
        }
        return secret;
    }

    /** A token for {@code user}, carrying their credential stamp so that it ends when their password changes. */
    IssuedToken issue(CurrentUser user, long credentialStamp) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.id().toString())
                .claim("preferred_username", user.username())
                .claim(CREDENTIAL_STAMP, credentialStamp)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(settings.tokenTtl()))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, TOKEN_TYPE, settings.tokenTtl().toSeconds());
    }

    private static boolean isUuid(String subject) {
        try {
            UUID.fromString(subject);
            return true;
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** The answer of {@code POST /api/v1/auth/token}, in the shape of an OAuth 2.0 token response. */
    record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }
}
