package vn.vanthu.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vanthu.security.*}.
 *
 * @param tokenSecret the HMAC key API tokens are signed with (VANTHU_TOKEN_SECRET), at least 32 bytes; every node of
 *     a deployment shares it
 * @param tokenTtl how long an API token is valid
 * @param secureCookies mark cookies {@code Secure}: on whenever VanThu is served over HTTPS, i.e. in production
 * @param sessionTimeout how long an idle web session lives
 * @param managementPort the port of the actuator endpoints when they have their own (VANTHU_MANAGEMENT_PORT); on that
 *     port, which operators keep inside their network, metrics need no sign-in
 */
@ConfigurationProperties("vanthu.security")
record SecuritySettings(
        @DefaultValue(DEMO_SECRET) String tokenSecret,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("30m") Duration sessionTimeout,
        @Nullable Integer managementPort) {

    /** Known to everyone who reads this file: good for a demo, refused in production. */
    static final String DEMO_SECRET = "vanthu-demo-token-secret-not-for-production-use";

    static final int MIN_SECRET_BYTES = 32;

    boolean secretIsStrong() {
        return !DEMO_SECRET.equals(tokenSecret) && tokenSecret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
    }
}
