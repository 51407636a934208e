package cn.hezuo.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login, CSRF on, BCrypt, secure headers. URL rules here are coarse (admin area, public pages);
 * the fine-grained "may this teacher touch this class" checks live in {@code ClassAccess} and run in
 * every handler, so hiding a link is never the only protection.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /**
     * BCrypt at Spring's default cost (10) unless {@code hezuo.security.password-cost} says otherwise. The tests set
     * the minimum (4): they sign in thousands of times, and at cost 10 hashing was some 10-15 % of the test JVM's CPU (JFR).
     * Each stored hash carries its own cost, so a changed setting still accepts every existing password.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${hezuo.security.password-cost:10}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler loginFailureHandler,
                                            MustChangePasswordFilter mustChangePasswordFilter) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health").permitAll()
                        .requestMatchers("/family/join").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // Parents (家长) see their own children's pages and nothing else of the school.
                        .requestMatchers("/family/**").hasRole("PARENT")
                        .requestMatchers("/", "/account/password", "/logout").authenticated()
                        .anyRequest().access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PARENT")))))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(loginFailureHandler).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterAfter(mustChangePasswordFilter, AuthorizationFilter.class);
        return http.build();
    }
}
