package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.limits.RateLimitProperties;
import eu.digilabs.hub.shared.limits.RateLimits;
import eu.digilabs.hub.web.RateLimitFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

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
  private final RateLimits rateLimits;
  private final RateLimitProperties rateLimitProperties;

  SecurityConfig(
      SecuritySettings settings, RateLimits rateLimits, RateLimitProperties rateLimitProperties) {
    this.hsts = settings.hsts();
    this.rateLimits = rateLimits;
    this.rateLimitProperties = rateLimitProperties;
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
        .addFilterAfter(rateLimitFilter(), TokenFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/api/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/api/**")
                    .permitAll()
                    // Everyone may ask the assistant and rate its answers (rate limited).
                    .requestMatchers(HttpMethod.POST, "/api/v1/assistant/**")
                    .permitAll()
                    .anyRequest()
                    .hasAuthority(TokenScope.WRITE_AUTHORITY))
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
                        (request, response, ex) -> {
                          SecurityAudit.denied(request);
                          problem(
                              response,
                              403,
                              "Forbidden",
                              writeToken()
                                  ? "Your account may not change this item."
                                  : "This token may only read (scope read).");
                        }));
    headers(http, CSP);
    // ASVS 14.4.2: a browser that opens an API address downloads the answer instead of rendering
    // it; downloads that name their own file keep their name.
    http.headers(
        h ->
            h.addHeaderWriter(
                (request, response) -> {
                  if (!response.containsHeader(HttpHeaders.CONTENT_DISPOSITION)) {
                    response.setHeader(
                        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"api.json\"");
                  }
                }));
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
      SessionState sessions,
      @Value("${management.server.port:}") String managementPort)
      throws Exception {
    // Sessions follow their account here too: a demoted or disabled admin loses the metrics at
    // once.
    http.securityMatcher("/actuator/**")
        .addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
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
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidc,
      OidcLinks links,
      OidcSettings oidcSettings,
      Accounts accounts,
      SignUpService signUps,
      SessionState sessions,
      PasswordService passwords,
      LocaleResolver locales)
      throws Exception {
    SignInSuccess success = new SignInSuccess(sessions, passwords);
    http.addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        "/profile/**",
                        "/activity",
                        "/notifications",
                        "/following",
                        "/moderation",
                        "/questions/new")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/unsubscribe", "/translation/etranslation/*")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST,
                        "/signup",
                        "/login",
                        "/login/link/**",
                        "/password/**",
                        "/verify/resend")
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
                    .failureHandler(failureHandler(signUps, locales))
                    .successHandler(success)
                    .permitAll())
        .exceptionHandling(e -> e.accessDeniedHandler(SecurityAudit.pages()))
        // One-click unsubscribe (RFC 8058) comes from mail clients, without a session: the token
        // in the link is the only authority, and it can leave only its own list. EU eTranslation
        // calls back the same way: its random request reference is the only authority.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe", "/translation/etranslation/*"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
        .addFilterBefore(rateLimitFilter(), UsernamePasswordAuthenticationFilter.class);
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(
          o ->
              o.loginPage("/login")
                  .failureHandler(oidcFailureHandler())
                  .successHandler(success)
                  .userInfoEndpoint(u -> u.oidcUserService(new OidcAccounts(links, oidcSettings))));
    }
    headers(http, CSP);
    return http.build();
  }

  /** Rate limits run after the session or token is read, so signed-in people count by account. */
  private RateLimitFilter rateLimitFilter() {
    return new RateLimitFilter(rateLimits, rateLimitProperties);
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

  /**
   * One answer for a wrong password, an unknown, locked, disabled or unverified account, so that
   * the page tells nobody which accounts exist; the owner of an unverified account (who gave the
   * right password) gets the verification link again by mail.
   */
  private static AuthenticationFailureHandler failureHandler(
      SignUpService signUps, LocaleResolver locales) {
    return (request, response, exception) -> {
      String email = request.getParameter("email");
      if (exception instanceof DisabledException
          && SignInAttempts.UNVERIFIED.equals(exception.getMessage())) {
        signUps.remindUnverified(email, locales.resolveLocale(request));
      }
      request.getSession().setAttribute("hub.login.email", email == null ? "" : email);
      response.sendRedirect(request.getContextPath() + "/login?error");
    };
  }

  /**
   * A login that must first prove it owns the confirmed account with its email goes to the
   * confirmation page (the pending link waits in the session); other refusals say why on the
   * sign-in page.
   */
  private static AuthenticationFailureHandler oidcFailureHandler() {
    return (request, response, exception) -> {
      String target = "/login?error=oidc";
      if (exception instanceof OidcLinkRequired required) {
        request.getSession().setAttribute(PendingLink.SESSION_KEY, required.link());
        target = "/login/link";
      } else if (exception instanceof OidcRefused refused) {
        target = "/login?error=" + refused.reason();
      }
      response.sendRedirect(request.getContextPath() + target);
    };
  }

  private static boolean writeToken() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> TokenScope.WRITE_AUTHORITY.equals(a.getAuthority()));
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(title, status, detail));
  }
}
