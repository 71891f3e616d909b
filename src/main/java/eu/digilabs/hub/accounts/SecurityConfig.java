package eu.digilabs.hub.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API (stateless, personal tokens, problem+json for 401/403) and the
 * pages (form sign-in, optional OIDC, CSRF on every form). Both send strict security headers.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI sets inline styles; its pages get this slightly wider policy. */
  static final String CSP_API_DOCS =
      CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private final boolean hsts;

  SecurityConfig(SecuritySettings settings) {
    this.hsts = settings.hsts();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccountService accounts) throws Exception {
    http.securityMatcher("/api/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new TokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/api/**")
                    .permitAll()
                    // Everyone may ask the assistant and rate its answers (rate limited).
                    .requestMatchers(HttpMethod.POST, "/api/v1/assistant/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problem(
                                response,
                                401,
                                "Unauthorized",
                                "Send a personal API token: Authorization: Bearer <token>."))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problem(
                                response,
                                403,
                                "Forbidden",
                                "Your account may not change this item.")));
    headers(http, CSP);
    return http.build();
  }

  /**
   * The actuator: health probes for everyone (details only for admins, see the management
   * properties), metrics for admins by session or personal token, unless a separate management port
   * serves them; every other path is for admins and exposes nothing.
   */
  @Bean
  @Order(0)
  SecurityFilterChain operations(
      HttpSecurity http,
      AccountService accounts,
      @Value("${management.server.port:}") String managementPort)
      throws Exception {
    http.securityMatcher("/actuator/**")
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new TokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth -> {
              auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                  .permitAll();
              if (!managementPort.isBlank()) {
                auth.requestMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll();
              }
              auth.anyRequest().hasRole("ADMIN");
            })
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problem(response, 401, "Unauthorized", "Sign in as an admin."))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problem(response, 403, "Forbidden", "For admins only.")));
    headers(http, CSP);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
    http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable());
    headers(http, CSP_API_DOCS);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(
      HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc, Accounts accounts)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/profile/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/signup", "/login", "/password/**")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST, "/assistant", "/assistant/stream", "/assistant/feedback")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .usernameParameter("email")
                    .failureHandler(failureHandler())
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(
          o ->
              o.loginPage("/login")
                  .userInfoEndpoint(u -> u.oidcUserService(new OidcAccounts(accounts))));
    }
    headers(http, CSP);
    return http.build();
  }

  private void headers(HttpSecurity http, String csp) throws Exception {
    http.headers(
        headers -> {
          headers.contentSecurityPolicy(c -> c.policyDirectives(csp));
          headers.frameOptions(f -> f.deny());
          headers.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
          if (hsts) {
            headers.httpStrictTransportSecurity(
                h -> h.includeSubDomains(true).maxAgeInSeconds(31536000));
          } else {
            headers.httpStrictTransportSecurity(h -> h.disable());
          }
        });
  }

  private static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) -> {
      String reason =
          exception instanceof LockedException
              ? "locked"
              : exception instanceof DisabledException ? "unverified" : "credentials";
      String email = request.getParameter("email");
      request.getSession().setAttribute("hub.login.email", email == null ? "" : email);
      response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    };
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(title, status, detail));
  }
}
