package vn.vanthu.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vanthu.security.*}.
 *
 * @param tokenSecret the HMAC key API tokens are signed with (VANTHU_TOKEN_SECRET), at least 32 bytes, shared by every
 *     node; when empty (demo, development) each start makes a random one, and production refuses to start
 * @param tokenTtl how long an API token is valid
 * @param secureCookies mark cookies {@code Secure}: on whenever VanThu is served over HTTPS, i.e. in production
 * @param sessionTimeout how long an idle web session lives
 * @param managementPort the port of the actuator endpoints when they have their own (VANTHU_MANAGEMENT_PORT); on that
 *     port, which operators keep inside their network, metrics need no sign-in
 */
@ConfigurationProperties("vanthu.security")
record SecuritySettings(
        @DefaultValue("") String tokenSecret,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("30m") Duration sessionTimeout,
        @Nullable Integer managementPort) {

    static final int MIN_SECRET_BYTES = 32;
}
