package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, verification, passwords, profiles, tokens, memberships and roles. */
@Service
@Transactional
public class AccountService {

  /** Token secrets start with this, so that leaked tokens are easy to recognise. */
  public static final String TOKEN_PREFIX = "dlh_";

  /** Lifetime of a new API token unless the owner chooses another. */
  public static final int DEFAULT_TOKEN_DAYS = 90;

  /** The longest lifetime an API token may have. */
  public static final int MAX_TOKEN_DAYS = 365;

  static final Duration VERIFICATION_LIFETIME = Duration.ofDays(7);

  private final Accounts accounts;
  private final Memberships memberships;
  private final ApiTokens tokens;
  private final Outbox outbox;
  private final Mailer mailer;
  private final PasswordEncoder passwords;
  private final PasswordRules rules;
  private final MessageSource messages;
  private final Rights rights;
  private final String baseUrl;

  AccountService(
      Accounts accounts,
      Memberships memberships,
      ApiTokens tokens,
      Outbox outbox,
      Mailer mailer,
      PasswordEncoder passwords,
      PasswordRules rules,
      MessageSource messages,
      Rights rights,
      HubProperties hub) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.tokens = tokens;
    this.outbox = outbox;
    this.mailer = mailer;
    this.passwords = passwords;
    this.rules = rules;
    this.messages = messages;
    this.rights = rights;
    this.baseUrl = hub.baseUrl();
  }

  /** Creates an unverified account and mails the link that verifies it. */
  public AccountView signUp(String email, String displayName, String password, Locale locale) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    rules.check("password", password, address, displayName);
    if (accounts.findByEmailIgnoreCase(address).isPresent()) {
      throw new InvalidInput("email", "accounts.emailTaken");
    }
    Account account = new Account(address, displayName.strip(), passwords.encode(password));
    accounts.save(account);
    mailVerification(account, locale);
    return AccountView.of(account);
  }

  /**
   * Mails a new verification link when someone signed in with the right password to an account
   * whose address is not confirmed: the sign-in page says only that sign-in failed.
   */
  public void remindUnverified(String email, Locale locale) {
    accounts
        .findByEmailIgnoreCase(email == null ? "" : email.strip())
        .filter(a -> !a.emailVerified() && !a.disabled() && a.passwordHash() != null)
        .ifPresent(a -> mailVerification(a, locale));
  }

  /** Verifies the account the token was mailed for; false for an unknown, used or expired token. */
  public boolean verify(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return accounts
        .findByVerificationTokenHash(Tokens.sha256(token))
        .filter(account -> account.verificationTokenValid(Instant.now()))
        .map(
            account -> {
              account.verified();
              return true;
            })
        .orElse(false);
  }

  /**
   * Mails a new verification link if the address belongs to an unconfirmed account. Says nothing
   * either way, so that nobody can find out who has an account.
   */
  public void resendVerification(String email, Locale locale) {
    accounts
        .findByEmailIgnoreCase(email.strip())
        .filter(account -> !account.emailVerified() && account.passwordHash() != null)
        .ifPresent(account -> mailVerification(account, locale));
  }

  /** A new verification link, valid for 7 days; only its hash is stored. */
  private void mailVerification(Account account, Locale locale) {
    String token = Tokens.random(24);
    account.verificationToken(Tokens.sha256(token), Instant.now().plus(VERIFICATION_LIFETIME));
    mailer.send(
        account.email(),
        messages.getMessage("mail.verify.subject", null, locale),
        messages.getMessage(
            "mail.verify.body",
            new Object[] {account.displayName(), baseUrl + "/verify?token=" + token},
            locale));
  }

  public AccountView updateProfile(
      long accountId, String displayName, String organisation, String languages, String expertise) {
    Account account = load(accountId);
    account.profile(
        displayName.strip(),
        blankToNull(organisation),
        blankToNull(languages),
        blankToNull(expertise));
    return AccountView.of(account);
  }

  @Transactional(readOnly = true)
  public AccountView account(long accountId) {
    return AccountView.of(load(accountId));
  }

  @Transactional(readOnly = true)
  public Optional<AccountView> byEmail(String email) {
    return accounts.findByEmailIgnoreCase(email.strip()).map(AccountView::of);
  }

  /**
   * Display names by account id, for change histories and member lists. The id of a deleted account
   * is named "former member" in the request's language, so its public content keeps an author.
   */
  @Transactional(readOnly = true)
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    accounts.findAllById(ids).forEach(a -> names.put(a.id(), a.displayName()));
    String former =
        messages.getMessage("privacy.formerMember", null, LocaleContextHolder.getLocale());
    ids.forEach(id -> names.putIfAbsent(id, former));
    return names;
  }

  /** Accounts by id, for lists of people (registrations, speakers); unknown ids are left out. */
  @Transactional(readOnly = true)
  public Map<Long, AccountView> views(Collection<Long> ids) {
    Map<Long, AccountView> views = new HashMap<>();
    accounts.findAllById(ids).forEach(a -> views.put(a.id(), AccountView.of(a)));
    return views;
  }

  /**
   * Mails an account holder (over SMTP when configured, always into the outbox). Other modules call
   * this once their change has committed, so a failed write sends nothing.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  public void mail(long accountId, String subject, String body) {
    accounts.findById(accountId).ifPresent(a -> mailer.send(a.email(), subject, body));
  }

  /** Creates a write token with the default lifetime; see the full form below. */
  public String createToken(long accountId, String name) {
    return createToken(accountId, name, DEFAULT_TOKEN_DAYS, TokenScope.WRITE);
  }

  /**
   * Creates a personal API token that expires after {@code days} (1 to {@value #MAX_TOKEN_DAYS})
   * and returns its secret, which is never shown again.
   */
  public String createToken(long accountId, String name, int days, TokenScope scope) {
    load(accountId);
    if (days < 1 || days > MAX_TOKEN_DAYS) {
      throw new InvalidInput("days", "accounts.tokenDays", 1, MAX_TOKEN_DAYS);
    }
    if (scope == null) {
      throw new InvalidInput("scope", "accounts.tokenScope");
    }
    String secret = TOKEN_PREFIX + Tokens.random(32);
    tokens.save(
        new ApiToken(
            accountId,
            name.strip(),
            Tokens.sha256(secret),
            secret.substring(0, 10),
            scope,
            Instant.now().plus(Duration.ofDays(days))));
    return secret;
  }

  public void revokeToken(long accountId, long tokenId) {
    ApiToken token =
        tokens
            .findById(tokenId)
            .filter(t -> t.accountId() == accountId)
            .orElseThrow(() -> new NotFound("Token"));
    token.revoke();
  }

  @Transactional(readOnly = true)
  public List<TokenView> tokens(long accountId) {
    return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
        .map(TokenView::of)
        .toList();
  }

  /**
   * The account and scope a token secret stands for, if the token is known, not revoked and its
   * account may sign in; an expired token is refused with {@link CredentialsExpiredException}.
   */
  Optional<TokenSignIn> authenticateToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<ApiToken> token =
        tokens.findByTokenHash(Tokens.sha256(secret)).filter(ApiToken::active);
    if (token.isPresent() && token.get().expired(now)) {
      throw new CredentialsExpiredException("expired");
    }
    return token.flatMap(
        t -> {
          t.used(now);
          return accounts
              .findById(t.accountId())
              .map(account -> HubPrincipal.of(account, now).withoutPassword())
              // A sign-in lock stops password guessing; it does not stop tokens, or anyone who
              // knows the address could switch the owner's integrations off with wrong passwords.
              .filter(HubPrincipal::isEnabled)
              .map(p -> new TokenSignIn(p, t.scope()));
        });
  }

  // --- lab memberships -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<MemberView> members(long labId) {
    List<Membership> list = memberships.findByLabId(labId);
    Map<Long, Account> byId = new HashMap<>();
    accounts
        .findAllById(list.stream().map(Membership::accountId).toList())
        .forEach(a -> byId.put(a.id(), a));
    return list.stream()
        .filter(m -> byId.containsKey(m.accountId()))
        .map(
            m -> {
              Account a = byId.get(m.accountId());
              return new MemberView(labId, a.id(), a.displayName(), a.email(), m.editor());
            })
        .sorted(
            java.util.Comparator.comparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Lab ids the account belongs to, with whether it edits them. */
  @Transactional(readOnly = true)
  public Map<Long, Boolean> labsOf(long accountId) {
    Map<Long, Boolean> labs = new HashMap<>();
    memberships.findByAccountId(accountId).forEach(m -> labs.put(m.labId(), m.editor()));
    return labs;
  }

  /** Adds an account to a lab, or changes its editor right; only the lab's editors and admins. */
  public void addMember(long labId, String email, boolean editor) {
    rights.requireEditorOf(labId);
    Account account =
        accounts
            .findByEmailIgnoreCase(email == null ? "" : email.strip())
            .orElseThrow(() -> new InvalidInput("email", "accounts.noSuchAccount"));
    memberships
        .findByLabIdAndAccountId(labId, account.id())
        .ifPresentOrElse(
            m -> m.editor(editor),
            () -> memberships.save(new Membership(labId, account.id(), editor)));
  }

  public void removeMember(long labId, long accountId) {
    rights.requireEditorOf(labId);
    memberships.findByLabIdAndAccountId(labId, accountId).ifPresent(memberships::delete);
  }

  /**
   * Creates a verified account without any rights check, or returns the existing one: for the first
   * admin and (behind an admin check) demo accounts at start-up, never for requests.
   */
  long seedAccount(String email, String displayName, String password, boolean admin, boolean demo) {
    return accounts
        .findByEmailIgnoreCase(email)
        .map(Account::id)
        .orElseGet(
            () -> {
              Account account =
                  new Account(
                      email.toLowerCase(Locale.ROOT), displayName, passwords.encode(password));
              account.verified();
              account.makeAdmin(admin);
              if (demo) {
                account.markDemo();
              }
              return accounts.save(account).id();
            });
  }

  /**
   * Takes every way to sign in from the demo accounts: at start-up whenever demo content is off, so
   * that an installation that once ran with demo content does not keep known passwords. Returns how
   * many were disabled.
   */
  public int disableDemoAccounts() {
    List<Account> active =
        accounts.findByDemoTrue().stream()
            .filter(a -> a.passwordHash() != null || a.emailVerified())
            .toList();
    active.forEach(Account::disable);
    return active.size();
  }

  /** Gives disabled demo accounts their password back: at start-up with demo content on. */
  public void restoreDemoAccounts(String password) {
    accounts.findByDemoTrue().stream()
        .filter(a -> a.passwordHash() == null)
        .forEach(a -> a.restore(passwords.encode(password)));
  }

  /** Makes the signed-in member the first editor of the lab they just created (no members yet). */
  public void addFirstEditor(long labId, long accountId) {
    if (rights.requireMember() != accountId || !memberships.findByLabId(labId).isEmpty()) {
      throw new Forbidden("only the creator of a lab without members becomes its first editor");
    }
    memberships.save(new Membership(labId, accountId, true));
  }

  // --- administration --------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<AccountView> all() {
    rights.requireAdmin();
    return accounts.findAllByOrderByDisplayName().stream().map(AccountView::of).toList();
  }

  public void setAdmin(long accountId, boolean admin) {
    rights.requireAdmin();
    if (!admin && rights.currentAccountId().orElse(-1L) == accountId) {
      throw new InvalidInput("admin", "accounts.cannotDemoteSelf");
    }
    load(accountId).makeAdmin(admin);
  }

  /** Disables or enables an account; its sessions and tokens stop working on their next request. */
  public void setDisabled(long accountId, boolean disabled) {
    rights.requireAdmin();
    if (disabled && rights.currentAccountId().orElse(-1L) == accountId) {
      throw new InvalidInput("disabled", "accounts.cannotDisableSelf");
    }
    load(accountId).disable(disabled);
  }

  @Transactional(readOnly = true)
  public List<MailView> outbox() {
    rights.requireAdmin();
    return outbox.findTop200ByOrderByCreatedAtDesc().stream()
        .map(
            m ->
                new MailView(
                    m.id(),
                    m.recipient(),
                    m.subject(),
                    m.body(),
                    m.createdAt(),
                    m.sentAt(),
                    m.error()))
        .toList();
  }

  private Account load(long accountId) {
    return accounts.findById(accountId).orElseThrow(() -> new NotFound("Account"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
