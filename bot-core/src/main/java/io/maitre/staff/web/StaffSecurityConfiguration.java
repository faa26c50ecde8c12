package io.maitre.staff.web;

import io.maitre.staff.StaffUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The staff chain covers the console ({@code /staff}, its API and WebSocket) and the sign-in
 * form: form login, CSRF, a strict Content-Security-Policy; the API and the socket answer 401 problem details
 * without a session, the page sends the browser to the sign-in form. The open chain keeps everything else (web
 * chat, its socket and page, Twilio webhooks, health) exactly as it was: no session, no CSRF (those use their own
 * tokens and signatures), no added headers. Only in a web application: the command line's chat has no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaffSecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    UserDetailsService staffUserDetails(StaffUsers users) {
        return username -> users.find(username)
                .map(member -> User.withUsername(member.username())
                        .password(users.passwordHash(member.username()).orElseThrow())
                        .roles(member.role().name()).disabled(!member.enabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("No staff user " + username));
    }

    /** Publishes the end of sign-in sessions, so that their console sockets are closed. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = new OrRequestMatcher(path.matcher("/staff/api/**"), path.matcher("/staff/ws"));
        http.securityMatcher("/staff", "/staff/**", "/login", "/logout", "/default-ui.css")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/api/users", "/staff/api/users/**", "/staff/api/audit")
                        .hasRole("ADMIN")
                        .requestMatchers("/login", "/default-ui.css").permitAll()
                        .anyRequest().hasAnyRole("STAFF", "ADMIN"))
                .formLogin(form -> form.defaultSuccessUrl("/staff", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problem(response, 401,
                                "Sign in first", "Your staff session is missing or has expired; sign in again."),
                                api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor(forbidden(), api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable);
        return http.build();
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> problem(response, 403, "Not allowed",
                e.getClass().getSimpleName().contains("Csrf")
                        ? "The request's CSRF token is missing or stale; reload the console."
                        : "Your role does not allow that.");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://maitre.io/problems/staff-"
                + (status == 401 ? "unauthenticated" : "forbidden") + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
