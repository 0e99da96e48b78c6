package vn.vanthu.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Web sessions live in PostgreSQL, so any node behind the load balancer serves any person. The cookie is
 * HttpOnly, SameSite=Lax and, over HTTPS, Secure.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionSettings {

    static final String COOKIE_NAME = "VANTHU_SESSION";

    @Bean
    CookieSerializer cookieSerializer(SecuritySettings settings) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE_NAME);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(settings.secureCookies());
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(SecuritySettings settings) {
        return repository -> repository.setDefaultMaxInactiveInterval(settings.sessionTimeout());
    }
}
