package eu.digilabs.hub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps signed-in sessions in step with their account on every request, with one small query: a
 * disabled account or a password changed elsewhere (a newer session stamp) signs the session out, a
 * changed admin right changes the session's authorities, and the idle timeout follows the role
 * ({@code hub.accounts.session-idle-timeout}, {@code hub.accounts.admin-session-idle-timeout}).
 */
@Component
public class SessionState {

  private final Accounts accounts;
  private final AccountsProperties properties;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  SessionState(Accounts accounts, AccountsProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  /** The filter for the pages' chain; not a bean, so that it runs only inside that chain. */
  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        check(request, response);
        chain.doFilter(request, response);
      }
    };
  }

  /** Sets the idle timeout of a session that has just signed in. */
  void signedIn(HttpServletRequest request, boolean admin) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setMaxInactiveInterval(properties.idleSeconds(admin));
    }
  }

  /**
   * After the signed-in person changed their password: this session takes the new stamp (and a new
   * id) and stays signed in, while every other session of the account ends on its next request.
   */
  public void keepAfterPasswordChange(
      long stamp, HttpServletRequest request, HttpServletResponse response) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || request.getSession(false) == null) {
      return;
    }
    request.changeSessionId();
    if (auth.getPrincipal() instanceof HubPrincipal hub) {
      save(hub.withStamp(stamp).authentication(), request, response);
    } else if (auth instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcAccounts.HubOidcUser oidc) {
      save(authentication(token, oidc.with(oidc.admin(), stamp)), request, response);
    }
  }

  private void check(HttpServletRequest request, HttpServletResponse response) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return;
    }
    if (auth.getPrincipal() instanceof HubPrincipal hub) {
      Optional<AccountState> state = current(hub.accountId(), hub.stamp());
      if (state.isEmpty()) {
        signOut(request);
      } else if (state.get().admin() != hub.admin()) {
        save(hub.withAdmin(state.get().admin()).authentication(), request, response);
      }
      state.ifPresent(s -> idleTimeout(request, s.admin()));
    } else if (auth instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcAccounts.HubOidcUser oidc) {
      Optional<AccountState> state = current(oidc.accountId(), oidc.stamp());
      if (state.isEmpty()) {
        signOut(request);
      } else if (state.get().admin() != oidc.admin()) {
        save(
            authentication(token, oidc.with(state.get().admin(), oidc.stamp())), request, response);
      }
      state.ifPresent(s -> idleTimeout(request, s.admin()));
    }
  }

  /** The account's state if the session may go on: the account exists, is enabled, same stamp. */
  private Optional<AccountState> current(long accountId, long stamp) {
    return accounts.findStateById(accountId).filter(s -> !s.disabled() && s.stamp() == stamp);
  }

  private void idleTimeout(HttpServletRequest request, boolean admin) {
    HttpSession session = request.getSession(false);
    int seconds = properties.idleSeconds(admin);
    if (session != null && session.getMaxInactiveInterval() != seconds) {
      session.setMaxInactiveInterval(seconds);
    }
  }

  private static void signOut(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static Authentication authentication(
      OAuth2AuthenticationToken token, OidcAccounts.HubOidcUser user) {
    return new OAuth2AuthenticationToken(
        user, user.getAuthorities(), token.getAuthorizedClientRegistrationId());
  }

  private void save(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
  }
}
