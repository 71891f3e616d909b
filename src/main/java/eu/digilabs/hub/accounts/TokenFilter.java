package eu.digilabs.hub.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal token>}. A token
 * that is unknown, revoked or expired, or whose account is disabled, gets 401 straight away,
 * whatever the request. Write tokens carry {@link TokenScope#WRITE_AUTHORITY}, which every API
 * write needs; a read token's write is refused with 403.
 */
class TokenFilter extends OncePerRequestFilter {

  private final AccountService accounts;

  TokenFilter(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<TokenSignIn> signIn;
    try {
      signIn = accounts.authenticateToken(header.substring(7).strip());
    } catch (CredentialsExpiredException e) {
      unauthorized(response, "The token has expired. Create a new one on your profile page.");
      return;
    }
    if (signIn.isEmpty()) {
      unauthorized(response, "The token is unknown or revoked.");
      return;
    }
    HubPrincipal principal = signIn.get().principal();
    List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
    if (signIn.get().scope() == TokenScope.WRITE) {
      authorities.add(new SimpleGrantedAuthority(TokenScope.WRITE_AUTHORITY));
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\""
                + detail
                + "\"}");
  }
}
