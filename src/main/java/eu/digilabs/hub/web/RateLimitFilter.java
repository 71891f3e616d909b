package eu.digilabs.hub.web;

import eu.digilabs.hub.shared.limits.RateLimitProperties;
import eu.digilabs.hub.shared.limits.RateLimitProperties.Limit;
import eu.digilabs.hub.shared.limits.RateLimits;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies {@link RateLimits} to sign-in, sign-up, password resets, search, failure reports,
 * organisers' messages and publiccode.yml imports. Placed in the security filter chains after the
 * session or token is read (so a signed-in person is counted by account) and before form sign-in.
 * Over a limit, the API answers problem+json 429 and pages show the error page; both carry {@code
 * Retry-After}.
 */
public class RateLimitFilter extends OncePerRequestFilter {

  /** A limited kind of request and whom it is counted against. */
  private record Rule(
      String name,
      Limit limit,
      HttpMethod method,
      PathPattern path,
      Function<HttpServletRequest, String> who) {

    /** HEAD runs the GET handler (without sending the body), so it costs and counts the same. */
    boolean appliesTo(String requestMethod) {
      return method.matches(requestMethod)
          || (method == HttpMethod.GET && HttpMethod.HEAD.matches(requestMethod));
    }
  }

  private final RateLimits limits;
  private final List<Rule> rules;

  public RateLimitFilter(RateLimits limits, RateLimitProperties properties) {
    this.limits = limits;
    this.rules =
        List.of(
            rule("login", properties.login(), HttpMethod.POST, "/login", RateLimitFilter::address),
            rule(
                "login-name",
                properties.loginName(),
                HttpMethod.POST,
                "/login",
                RateLimitFilter::submittedEmail),
            // Linking an OIDC sign-in to an account by its password is a sign-in as well.
            rule(
                "login",
                properties.login(),
                HttpMethod.POST,
                "/login/link",
                RateLimitFilter::address),
            rule("signup", properties.signup(), HttpMethod.POST, "/signup", RateLimits::who),
            rule(
                "password",
                properties.password(),
                HttpMethod.POST,
                "/password/**",
                RateLimits::who),
            // Like a reset request, these send a mail to the address given.
            rule(
                "password",
                properties.password(),
                HttpMethod.POST,
                "/verify/resend",
                RateLimits::who),
            rule(
                "password",
                properties.password(),
                HttpMethod.POST,
                "/login/link/mail",
                RateLimits::who),
            rule("search", properties.search(), HttpMethod.GET, "/search", RateLimits::who),
            rule(
                "search-api",
                properties.searchApi(),
                HttpMethod.GET,
                "/api/v1/search/**",
                RateLimits::who),
            rule(
                "suggestions",
                properties.suggestions(),
                HttpMethod.GET,
                "/search/suggest",
                RateLimits::who),
            rule(
                "failure-reports",
                properties.failureReports(),
                HttpMethod.POST,
                "/failure-reports",
                RateLimits::who),
            rule(
                "failure-reports",
                properties.failureReports(),
                HttpMethod.POST,
                "/api/v1/failure-reports",
                RateLimits::who),
            rule(
                "organiser-messages",
                properties.organiserMessages(),
                HttpMethod.POST,
                "/events/{id}/message",
                RateLimits::who),
            // Each reads and checks a file of up to a megabyte and creates a solution.
            rule(
                "publiccode-imports",
                properties.publiccodeImports(),
                HttpMethod.POST,
                "/solutions/import",
                RateLimits::who),
            rule(
                "publiccode-imports",
                properties.publiccodeImports(),
                HttpMethod.POST,
                "/api/v1/solutions/imports",
                RateLimits::who),
            rule(
                "posts",
                properties.posts(),
                HttpMethod.POST,
                "/discussions/posts",
                RateLimits::who),
            rule(
                "posts",
                properties.posts(),
                HttpMethod.POST,
                "/api/v1/discussions/posts",
                RateLimits::who),
            // An edit may mention people again: it counts like a new post.
            rule(
                "posts",
                properties.posts(),
                HttpMethod.POST,
                "/discussions/posts/{id}",
                RateLimits::who),
            rule(
                "posts",
                properties.posts(),
                HttpMethod.PUT,
                "/api/v1/discussions/posts/{id}",
                RateLimits::who),
            rule(
                "post-reports",
                properties.postReports(),
                HttpMethod.POST,
                "/discussions/posts/{id}/report",
                RateLimits::who),
            rule(
                "post-reports",
                properties.postReports(),
                HttpMethod.POST,
                "/api/v1/discussions/posts/{id}/reports",
                RateLimits::who),
            rule(
                "contact",
                properties.contact(),
                HttpMethod.POST,
                "/labs/{id}/contact",
                RateLimits::who));
  }

  private static Rule rule(
      String name,
      Limit limit,
      HttpMethod method,
      String path,
      Function<HttpServletRequest, String> who) {
    return new Rule(name, limit, method, PathPatternParser.defaultInstance.parse(path), who);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    PathContainer path =
        PathContainer.parsePath(
            request.getRequestURI().substring(request.getContextPath().length()));
    try {
      for (Rule rule : rules) {
        if (rule.appliesTo(request.getMethod()) && rule.path().matches(path)) {
          limits.take(rule.name(), rule.limit(), rule.who().apply(request));
        }
      }
    } catch (TooManyRequests e) {
      refuse(request, response, e.retryAfterSeconds());
      return;
    }
    chain.doFilter(request, response);
  }

  private static String address(HttpServletRequest request) {
    return "address:" + request.getRemoteAddr();
  }

  private static String submittedEmail(HttpServletRequest request) {
    String email = request.getParameter("email");
    String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    // No address is longer; a longer text would only make the bucket's key costly to keep.
    return "email:" + key.substring(0, Math.min(key.length(), 254));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long wait)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
      return;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                    + "\"detail\":\"Too many requests: try again in %d seconds.\","
                    + "\"retryAfter\":%d}")
                .formatted(wait, wait));
  }
}
