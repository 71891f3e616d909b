package eu.digilabs.hub.accounts;

import eu.digilabs.hub.web.Person;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it. */
record HubPrincipal(
    long accountId,
    String email,
    String displayName,
    String passwordHash,
    boolean admin,
    boolean verified,
    boolean locked)
    implements UserDetails, Person {

  static HubPrincipal of(Account account, java.time.Instant now) {
    return new HubPrincipal(
        account.id(),
        account.email(),
        account.displayName(),
        account.passwordHash() == null ? "" : account.passwordHash(),
        account.admin(),
        account.emailVerified(),
        account.locked(now));
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
  public String getPassword() {
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

  @Override
  public boolean isEnabled() {
    return verified;
  }

  @Override
  public String toString() {
    return "HubPrincipal[" + accountId + "]";
  }
}
