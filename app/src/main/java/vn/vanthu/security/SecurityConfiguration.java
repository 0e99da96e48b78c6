package vn.vanthu.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.vanthu.organisation.Role;
import vn.vanthu.web.Problems;

/**
 * Three doors, each with its own rules:
 * <ul>
 * <li>{@code /api/**}: bearer tokens only, no session and so no CSRF to guard; refusals are Problem Details;</li>
 * <li>actuator: health for load balancers, metrics for administrators or on the internal management port;</li>
 * <li>everything else: pages behind the sign-in form, with a session kept in the database, CSRF tokens on every
 * form and strict security headers.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    private static final String TOKEN_PATH = "/api/v1/auth/token";

    private static final DefaultBearerTokenResolver BEARER_TOKENS = new DefaultBearerTokenResolver();

    private static final String[] PUBLIC_PAGES = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**",
        "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The built-in certificate authority's publication points (certificates, CRLs, OCSP, timestamps): open to every
     * validator, with no session and no CSRF token, as a CA's are.
     */
    @Bean
    @Order(0)
    SecurityFilterChain pki(HttpSecurity http) throws Exception {
        return http.securityMatcher("/pki/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::strictHeaders)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, TokenAuthentication tokenAuthentication,
            Problems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, TOKEN_PATH).permitAll()
                        .anyRequest().authenticated());
        return bearerTokensOnly(http, tokens, tokenAuthentication, problems).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ApiTokens tokens, TokenAuthentication tokenAuthentication,
            SecuritySettings settings, Problems problems) throws Exception {
        RequestMatcher onManagementPort = request -> settings.managementPort() != null
                && request.getLocalPort() == settings.managementPort();
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(onManagementPort).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return bearerTokensOnly(http, tokens, tokenAuthentication, problems).build();
    }

    /**
     * A door for programs: a bearer token on every request, never a session (so no CSRF token to guard either), and
     * refusals as Problem Details.
     */
    private static HttpSecurity bearerTokensOnly(HttpSecurity http, ApiTokens tokens,
            TokenAuthentication tokenAuthentication, Problems problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, refusal) -> refuseToken(problems, request,
                response, refusal);
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "security.forbidden", request.getRequestURI());
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resource -> resource
                        .bearerTokenResolver(SecurityConfiguration::bearerTokenOutsideSignIn)
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokenAuthentication))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .headers(SecurityConfiguration::strictHeaders);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, PasswordAuthenticationProvider passwords, SecuritySettings settings)
            throws Exception {
        // the CSRF token and the page asked for before sign-in live in cookies: a visitor who is not signed in
        // costs no session row
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(settings.secureCookies()).sameSite("Lax"));
        return http
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(passwords)
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(request -> SignInDetails.of(SignInDetails.WEB, request))
                        .failureHandler(signInRefused())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies(SessionSettings.COOKIE_NAME))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::strictHeaders)
                .build();
    }

    /** Back to the sign-in page, without keeping the refusal in a session nobody asked for. */
    private static SimpleUrlAuthenticationFailureHandler signInRefused() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }

    /** A client asking for a new token may still send its expired one; the token endpoint does not read it. */
    private static @Nullable String bearerTokenOutsideSignIn(HttpServletRequest request) {
        if (request.getRequestURI().equals(request.getContextPath() + TOKEN_PATH)) {
            return null;
        }
        return BEARER_TOKENS.resolve(request);
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=()"))
                .httpStrictTransportSecurity(Customizer.withDefaults());
    }

    private static void refuseToken(Problems problems, HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refusal) throws IOException {
        String code;
        if (refusal instanceof InvalidBearerTokenException) {
            code = "security.token.invalid";
        } else if (refusal instanceof DisabledException) {
            code = "security.token.account-inactive";
        } else {
            code = "security.unauthenticated";
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, code, request.getRequestURI());
    }
}
