package vn.vanthu.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production with what only a demo may have: the demo profile, no token secret of its own,
 * cookies without the Secure flag. It runs before the web server opens.
 */
@Component
@Profile("prod")
class ProductionSafety implements InitializingBean {

    private final SecuritySettings settings;
    private final Environment environment;

    ProductionSafety(SecuritySettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("The prod and demo profiles cannot run together: demo accounts have a "
                    + "published password.");
        }
        if (settings.tokenSecret().isBlank()) {
            throw new IllegalStateException("Set VANTHU_TOKEN_SECRET to a random secret of at least "
                    + SecuritySettings.MIN_SECRET_BYTES + " bytes (e.g. `openssl rand -base64 48`), the same on "
                    + "every node: API tokens are signed with it.");
        }
        if (!settings.secureCookies()) {
            throw new IllegalStateException("vanthu.security.secure-cookies must be true in production: serve "
                    + "VanThu over HTTPS.");
        }
    }
}
