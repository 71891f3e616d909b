package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.problems.Forbidden;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may write what, as DESIGN.md's role table says: members (any signed-in account), lab editors
 * (members of a lab with the editor right) and admins (everything).
 */
@Component
public class Rights {

  private final Memberships memberships;

  Rights(Memberships memberships) {
    this.memberships = memberships;
  }

  /** The signed-in account's id, empty for visitors. */
  public Optional<Long> currentAccountId() {
    return principal().map(AccountPrincipal::accountId);
  }

  public boolean admin() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
  }

  /** Whether the signed-in person may edit the lab and its content. */
  public boolean editorOf(@Nullable Long labId) {
    if (admin()) {
      return true;
    }
    return labId != null
        && currentAccountId()
            .map(account -> memberships.existsByLabIdAndAccountIdAndEditorTrue(labId, account))
            .orElse(false);
  }

  /**
   * Whether the signed-in person belongs to the lab now (admins always): rights that come from a
   * lab end when the person leaves it.
   */
  public boolean memberOf(Long labId) {
    if (admin()) {
      return true;
    }
    return labId != null
        && currentAccountId()
            .map(account -> memberships.findByLabIdAndAccountId(labId, account).isPresent())
            .orElse(false);
  }

  /** The signed-in account, or a sign-in request (401) for visitors. */
  public long requireMember() {
    return currentAccountId().orElseThrow(() -> new Forbidden("sign in required"));
  }

  /** Visitors are asked to sign in (401); members without the right get 403. */
  public void requireEditorOf(@Nullable Long labId) {
    requireMember();
    if (!editorOf(labId)) {
      throw new Forbidden("not an editor of lab " + labId);
    }
  }

  public void requireAdmin() {
    requireMember();
    if (!admin()) {
      throw new Forbidden("admin only");
    }
  }

  /** Display name of the signed-in person, for change histories. */
  public String currentName() {
    return principal().map(AccountPrincipal::displayName).orElse("");
  }

  private static Optional<AccountPrincipal> principal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    if (auth.getPrincipal() instanceof HubPrincipal hub) {
      return Optional.of(new AccountPrincipal(hub.accountId(), hub.displayName()));
    }
    if (auth.getPrincipal() instanceof OidcAccounts.HubOidcUser oidc) {
      return Optional.of(new AccountPrincipal(oidc.accountId(), oidc.displayName()));
    }
    return Optional.empty();
  }

  private record AccountPrincipal(long accountId, String displayName) {}
}
