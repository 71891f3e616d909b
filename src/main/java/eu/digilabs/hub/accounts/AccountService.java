package eu.digilabs.hub.accounts;

import eu.digilabs.hub.web.HubProperties;
import eu.digilabs.hub.web.InvalidInput;
import eu.digilabs.hub.web.NotFound;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, verification, passwords, profiles, tokens, memberships and roles. */
@Service
@Transactional
public class AccountService {

  /** Token secrets start with this, so that leaked tokens are easy to recognise. */
  public static final String TOKEN_PREFIX = "dlh_";

  static final int MIN_PASSWORD = 12;

  private final Accounts accounts;
  private final Memberships memberships;
  private final ApiTokens tokens;
  private final Outbox outbox;
  private final Mailer mailer;
  private final PasswordEncoder passwords;
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
      MessageSource messages,
      Rights rights,
      HubProperties hub) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.tokens = tokens;
    this.outbox = outbox;
    this.mailer = mailer;
    this.passwords = passwords;
    this.messages = messages;
    this.rights = rights;
    this.baseUrl = hub.baseUrl();
  }

  /** Creates an unverified account and mails the link that verifies it. */
  public AccountView signUp(String email, String displayName, String password, Locale locale) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    checkPassword("password", password);
    if (accounts.findByEmailIgnoreCase(address).isPresent()) {
      throw new InvalidInput("email", "accounts.emailTaken");
    }
    Account account = new Account(address, displayName.strip(), passwords.encode(password));
    String token = Tokens.random(24);
    account.verificationToken(token);
    accounts.save(account);
    mailer.send(
        address,
        messages.getMessage("mail.verify.subject", null, locale),
        messages.getMessage(
            "mail.verify.body",
            new Object[] {displayName.strip(), baseUrl + "/verify?token=" + token},
            locale));
    return AccountView.of(account);
  }

  /** Verifies the account the token was mailed for; false for an unknown or used token. */
  public boolean verify(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return accounts
        .findByVerificationToken(token)
        .map(
            account -> {
              account.verified();
              return true;
            })
        .orElse(false);
  }

  /**
   * Mails a one-hour reset link if the address belongs to an account. Says nothing either way, so
   * that nobody can find out who has an account.
   */
  public void requestReset(String email, Locale locale) {
    accounts
        .findByEmailIgnoreCase(email.strip())
        .ifPresent(
            account -> {
              String token = Tokens.random(24);
              account.resetToken(Tokens.sha256(token), Instant.now().plus(Duration.ofHours(1)));
              mailer.send(
                  account.email(),
                  messages.getMessage("mail.reset.subject", null, locale),
                  messages.getMessage(
                      "mail.reset.body",
                      new Object[] {
                        account.displayName(), baseUrl + "/password/reset?token=" + token
                      },
                      locale));
            });
  }

  public boolean resetTokenValid(String token) {
    return token != null
        && accounts
            .findByResetTokenHash(Tokens.sha256(token))
            .filter(a -> a.resetTokenValid(Instant.now()))
            .isPresent();
  }

  /** Sets a new password with a mailed reset token; a reset also verifies the address. */
  public void resetPassword(String token, String password) {
    Account account =
        accounts
            .findByResetTokenHash(Tokens.sha256(token == null ? "" : token))
            .filter(a -> a.resetTokenValid(Instant.now()))
            .orElseThrow(() -> new InvalidInput("token", "accounts.resetTokenInvalid"));
    checkPassword("password", password);
    account.password(passwords.encode(password));
    account.verified();
  }

  public void changePassword(long accountId, String current, String password) {
    Account account = load(accountId);
    if (account.passwordHash() == null || !passwords.matches(current, account.passwordHash())) {
      throw new InvalidInput("currentPassword", "accounts.currentPasswordWrong");
    }
    checkPassword("newPassword", password);
    account.password(passwords.encode(password));
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

  /** Creates a personal API token and returns its secret, which is never shown again. */
  public String createToken(long accountId, String name) {
    load(accountId);
    String secret = TOKEN_PREFIX + Tokens.random(32);
    tokens.save(
        new ApiToken(accountId, name.strip(), Tokens.sha256(secret), secret.substring(0, 10)));
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
        .map(
            t ->
                new TokenView(
                    t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
        .toList();
  }

  /** The account a token secret belongs to, if the token is known and not revoked. */
  Optional<HubPrincipal> authenticateToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return tokens
        .findByTokenHash(Tokens.sha256(secret))
        .filter(ApiToken::active)
        .flatMap(
            token -> {
              token.used(Instant.now());
              return accounts.findById(token.accountId());
            })
        .map(account -> HubPrincipal.of(account, Instant.now()))
        .filter(p -> p.verified());
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
   * admin and demo content at start-up, never for requests.
   */
  public long seedAccount(
      String email, String displayName, String password, boolean admin, boolean demo) {
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

  /** Adds a membership without a rights check: for demo content at start-up. */
  public void seedMembership(long labId, long accountId, boolean editor) {
    memberships
        .findByLabIdAndAccountId(labId, accountId)
        .ifPresentOrElse(
            m -> m.editor(editor),
            () -> memberships.save(new Membership(labId, accountId, editor)));
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

  private static void checkPassword(String field, String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new InvalidInput(field, "accounts.passwordTooShort", MIN_PASSWORD);
    }
    if (password.length() > 200) {
      throw new InvalidInput(field, "accounts.passwordTooLong");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
