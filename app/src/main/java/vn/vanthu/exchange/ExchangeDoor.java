package vn.vanthu.exchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import vn.vanthu.web.Problems;

/**
 * Connected systems come in by their own door, ahead of the API's bearer tokens: no user, no session, no CSRF; the
 * request's HMAC signature is the credential ({@link PeerRequestFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ExchangeDoor {

    /** The pull interface of a hub: connected systems list, download and acknowledge what waits for them. */
    static final String HUB_PATHS = "/api/v1/exchange/hub/**";

    @Bean
    @Order(-1)
    SecurityFilterChain exchangeSecurity(HttpSecurity http, ConnectedSystems peers, PackageStore store, Problems problems,
            ExchangeSettings settings) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PeerClient.PACKAGES_PATH),
                        PathPatternRequestMatcher.withDefaults().matcher(HUB_PATHS)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new PeerRequestFilter(peers, store, problems, settings), AuthorizationFilter.class)
                .build();
    }
}
