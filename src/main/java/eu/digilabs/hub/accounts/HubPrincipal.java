package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.Person;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it. Only the sign-in check sees the password hash;
 * the principal kept in the session has none ({@link #withoutPassword()}).
 *
 * @param stamp the account's session stamp at sign-in: a later password change ends the session
 */
record HubPrincipal(
    long accountId,
    String email,
    String displayName,
    @Nullable String passwordHash,
    boolean admin,
    boolean verified,
    boolean locked,
    boolean disabled,
    long stamp)
    implements UserDetails, Person {

  static HubPrincipal of(Account account, Instant now) {
    return new HubPrincipal(
        account.id(),
        account.email(),
        account.displayName(),
        account.passwordHash() == null ? "" : account.passwordHash(),
        account.admin(),
        account.emailVerified(),
        account.locked(now),
        account.disabled(),
        account.sessionStamp());
  }

  /** What form sign-in leaves in the session for the account: its principal, without password. */
  static Authentication signedIn(Account account, Instant now) {
    return of(account, now).withoutPassword().authentication();
  }

  /** This principal as an authentication with its authorities. */
  Authentication authentication() {
    return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
  }

  /** The same principal with no password hash, for the session. */
  HubPrincipal withoutPassword() {
    return new HubPrincipal(
        accountId, email, displayName, null, admin, verified, locked, disabled, stamp);
  }

  /** The same principal with the account's current admin right. */
  HubPrincipal withAdmin(boolean admin) {
    return new HubPrincipal(
        accountId, email, displayName, passwordHash, admin, verified, locked, disabled, stamp);
  }

  /** The same principal under a new session stamp, for the session that changed the password. */
  HubPrincipal withStamp(long stamp) {
    return new HubPrincipal(
        accountId, email, displayName, passwordHash, admin, verified, locked, disabled, stamp);
  }

  static List<GrantedAuthority> authorities(boolean admin) {
    return admin
        ? List.of(
            new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
        : List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(admin);
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  /** Unverified accounts are refused after the password check, disabled ones before it. */
  @Override
  public boolean isEnabled() {
    return verified && !disabled;
  }

  @Override
  public String toString() {
    return "HubPrincipal[" + accountId + "]";
  }
}
