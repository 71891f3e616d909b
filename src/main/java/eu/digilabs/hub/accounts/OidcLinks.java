package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which account an identity-provider login reaches. A known subject signs in. Otherwise the
 * email decides, but only when the provider confirmed it and its issuer is trusted ({@link
 * OidcSettings}); any other login is refused, without saying whether the address has an account. A
 * new address gets a new account, an unconfirmed account with that address is replaced (whoever
 * created it never proved the address). A confirmed account is linked only after proof: its
 * password, or a link mailed to it. A linked subject is never overwritten.
 */
@Service
@Transactional
public class OidcLinks {

  private static final Logger log = LoggerFactory.getLogger(OidcLinks.class);

  static final Duration MAILED_LINK_LIFETIME = Duration.ofMinutes(30);

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final AccountsProperties properties;
  private final String baseUrl;

  OidcLinks(
      Accounts accounts,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      MessageSource messages,
      AccountsProperties properties,
      HubProperties hub) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.messages = messages;
    this.properties = properties;
    this.baseUrl = hub.baseUrl();
  }

  /** A login as the provider describes it; {@code emailTrusted} only for trusted issuers. */
  record Identity(
      String registrationId,
      String provider,
      String subject,
      @Nullable String email,
      boolean emailTrusted,
      @Nullable String name) {}

  /** The account the login signs in to; throws {@link OidcRefused} or {@link OidcLinkRequired}. */
  Account signIn(Identity identity) {
    var linked = accounts.findByOidcSubject(identity.subject());
    if (linked.isPresent()) {
      return linked.get();
    }
    String email = identity.email();
    if (!identity.emailTrusted() || email == null || email.isBlank()) {
      throw new OidcRefused(OidcRefused.UNTRUSTED_EMAIL);
    }
    var existing = accounts.findByEmailIgnoreCase(email.strip());
    if (existing.isPresent() && existing.get().oidcSubject() != null) {
      throw new OidcRefused(OidcRefused.ALREADY_LINKED);
    }
    if (existing.isPresent() && existing.get().disabled()) {
      // An admin disabled it: a provider login must not bring it back as a fresh account.
      throw new OidcRefused(OidcRefused.FAILED);
    }
    if (existing.isPresent() && existing.get().emailVerified()) {
      Account account = existing.get();
      throw new OidcLinkRequired(
          new PendingLink(
              identity.registrationId(),
              identity.provider(),
              identity.subject(),
              account.id(),
              account.email(),
              null,
              null));
    }
    existing.ifPresent(this::replace);
    return create(identity, email);
  }

  /** Links the login after the account's password was given; wrong passwords count as failures. */
  @Transactional(noRollbackFor = InvalidInput.class)
  public void linkWithPassword(PendingLink link, @Nullable String password) {
    Account account = target(link);
    Instant now = Instant.now();
    if (account.locked(now)) {
      throw new InvalidInput("password", "oidc.link.locked");
    }
    if (password == null
        || account.passwordHash() == null
        || !passwords.matches(password, account.passwordHash())) {
      account.failedSignIn(
          now, properties.lockAfterFailures(), Duration.ofMinutes(properties.lockMinutes()));
      throw new InvalidInput("password", "oidc.link.passwordWrong");
    }
    account.signedIn();
    link(account, link.subject());
  }

  /**
   * Mails a confirmation link to the account's address; returns the link to keep in the session.
   */
  public PendingLink mailConfirmation(PendingLink link, Locale locale) {
    Account account = target(link);
    String token = Tokens.random(24);
    events.publishEvent(
        new AccountMailComposed(
            account.email(),
            messages.getMessage("mail.oidcLink.subject", new Object[] {link.provider()}, locale),
            messages.getMessage(
                "mail.oidcLink.body",
                new Object[] {
                  account.displayName(),
                  link.provider(),
                  baseUrl + "/login/link/confirm?token=" + token,
                  MAILED_LINK_LIFETIME.toMinutes()
                },
                locale)));
    return link.withToken(Tokens.sha256(token), Instant.now().plus(MAILED_LINK_LIFETIME));
  }

  /** Links the login with the mailed token, which must belong to this browser's pending link. */
  public void linkWithToken(PendingLink link, @Nullable String token) {
    boolean matches =
        link.tokenHash() != null
            && token != null
            && link.tokenExpiresAt() != null
            && link.tokenExpiresAt().isAfter(Instant.now())
            && MessageDigest.isEqual(
                link.tokenHash().getBytes(StandardCharsets.UTF_8),
                Tokens.sha256(token).getBytes(StandardCharsets.UTF_8));
    if (!matches) {
      throw new InvalidInput("token", "oidc.link.tokenInvalid");
    }
    link(target(link), link.subject());
  }

  /**
   * The account the pending link aims at, if it is still confirmed, unlinked and has that email.
   */
  private Account target(PendingLink link) {
    return accounts
        .findById(link.accountId())
        .filter(a -> a.emailVerified() && a.oidcSubject() == null)
        .filter(a -> a.email().equalsIgnoreCase(link.email()))
        .orElseThrow(() -> new InvalidInput("password", "oidc.link.gone"));
  }

  private void link(Account account, String subject) {
    if (accounts.findByOidcSubject(subject).isPresent()) {
      throw new InvalidInput("password", "oidc.link.gone");
    }
    account.linkOidc(subject);
    log.info("Provider login {} linked to account {} after proof", subject, account.id());
  }

  /** Deletes an unconfirmed account (its memberships and tokens go with it in the database). */
  private void replace(Account unconfirmed) {
    log.info("Unconfirmed account {} replaced by a trusted provider login", unconfirmed.id());
    accounts.delete(unconfirmed);
    accounts.flush();
  }

  private Account create(Identity identity, String address) {
    String email = address.strip().toLowerCase(Locale.ROOT);
    String given = identity.name();
    String name = given == null || given.isBlank() ? email : given.strip();
    Account account = new Account(email, name.length() > 120 ? name.substring(0, 120) : name, null);
    account.verified();
    account.linkOidc(identity.subject());
    return accounts.save(account);
  }
}
