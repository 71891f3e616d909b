package eu.digilabs.hub.shared.problems;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person lacks the right for this write. Handled by Spring Security: a visitor is
 * asked to sign in (pages) or gets 401 (API); a member gets 403.
 */
public class Forbidden extends AccessDeniedException {

  public Forbidden(String what) {
    super("Not allowed: " + what);
  }
}
