package eu.digilabs.hub.accounts;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session across MockMvc requests. Sessions live in the database (Spring Session JDBC)
 * and are found by their cookie, so this sends the cookie the last answer set, as a browser does,
 * and reads the session as the database holds it.
 */
public final class BrowserSession implements RequestPostProcessor {

  /**
   * The session cookie's names: {@code JSESSIONID} as configured on a real server, Spring Session's
   * default under MockMvc, where Boot leaves its cookie settings out.
   */
  private static final List<String> NAMES = List.of("JSESSIONID", "SESSION");

  private final MockMvc mvc;
  private final SessionRepository<Session> sessions;
  private String name = NAMES.get(0);
  private @Nullable String cookie;

  @SuppressWarnings("unchecked")
  public BrowserSession(MockMvc mvc, ApplicationContext context) {
    this.mvc = mvc;
    this.sessions = context.getBean(SessionRepository.class);
  }

  /** Sends the request with this browser's cookie and keeps the cookie the answer sets. */
  public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    ResultActions result = mvc.perform(request.with(this));
    for (String candidate : NAMES) {
      Cookie set = result.andReturn().getResponse().getCookie(candidate);
      if (set != null) {
        name = candidate;
        cookie = set.getMaxAge() == 0 ? null : set.getValue();
      }
    }
    return result;
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    if (cookie != null) {
      List<Cookie> cookies = new ArrayList<>();
      if (request.getCookies() != null) {
        cookies.addAll(List.of(request.getCookies()));
      }
      cookies.add(new Cookie(name, cookie));
      request.setCookies(cookies.toArray(Cookie[]::new));
    }
    return request;
  }

  /** The session as the database holds it, if this browser has one. */
  @Nullable Session stored() {
    return cookie == null
        ? null
        : sessions.findById(
            new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII));
  }

  /** An attribute of the stored session, if there is one. */
  <T> @Nullable T attribute(String name) {
    Session session = stored();
    return session == null ? null : session.getAttribute(name);
  }

  /** The stored session's idle timeout in seconds. */
  long idleSeconds() {
    Session session = stored();
    if (session == null) {
      throw new AssertionError("no session");
    }
    return session.getMaxInactiveInterval().toSeconds();
  }

  /** Starts a session that already holds the attribute, as if an earlier request had put it. */
  void start(String attribute, Object value) {
    Session session = sessions.createSession();
    session.setAttribute(attribute, value);
    sessions.save(session);
    name = "SESSION";
    cookie =
        Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.US_ASCII));
  }
}
