package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules and pages see them (profiles, names, lookups), API tokens and lab
 * memberships. Sign-up is {@link SignUpService}, passwords {@link PasswordService}, administration
 * {@link AccountAdministration}.
 */
@Service
@Transactional
public class AccountService {

  /** Token secrets start with this, so that leaked tokens are easy to recognise. */
  public static final String TOKEN_PREFIX = "dlh_";

  /** Lifetime of a new API token unless the owner chooses another. */
  public static final int DEFAULT_TOKEN_DAYS = 90;

  /** The longest lifetime an API token may have. */
  public static final int MAX_TOKEN_DAYS = 365;

  private final Accounts accounts;
  private final Memberships memberships;
  private final ApiTokens tokens;
  private final PasswordEncoder passwords;
  private final MessageSource messages;
  private final Rights rights;

  AccountService(
      Accounts accounts,
      Memberships memberships,
      ApiTokens tokens,
      PasswordEncoder passwords,
      MessageSource messages,
      Rights rights) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.tokens = tokens;
    this.passwords = passwords;
    this.messages = messages;
    this.rights = rights;
  }

  public AccountView updateProfile(
      long accountId,
      String displayName,
      @Nullable String organisation,
      @Nullable String languages,
      @Nullable String expertise) {
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
    Map<Long, String> known = new HashMap<>();
    accounts.findAllById(ids).forEach(a -> known.put(a.id(), a.displayName()));
    String former =
        messages.getMessage("privacy.formerMember", null, LocaleContextHolder.getLocale());
    return PeopleLists.names(ids, known, former);
  }

  /** Accounts by id, for lists of people (registrations, speakers); unknown ids are left out. */
  @Transactional(readOnly = true)
  public Map<Long, AccountView> views(Collection<Long> ids) {
    Map<Long, AccountView> views = new HashMap<>();
    accounts.findAllById(ids).forEach(a -> views.put(a.id(), AccountView.of(a)));
    return views;
  }

  /** Creates a write token with the default lifetime; see the full form below. */
  public String createToken(long accountId, String name) {
    return createToken(accountId, name, DEFAULT_TOKEN_DAYS, TokenScope.WRITE);
  }

  /**
   * Creates a personal API token that expires after {@code days} (1 to {@value #MAX_TOKEN_DAYS})
   * and returns its secret, which is never shown again.
   */
  public String createToken(long accountId, String name, int days, @Nullable TokenScope scope) {
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
  Optional<TokenSignIn> authenticateToken(@Nullable String secret) {
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
    return PeopleLists.members(
        labId, list, views(list.stream().map(Membership::accountId).toList()));
  }

  /** Lab ids the account belongs to, with whether it edits them. */
  @Transactional(readOnly = true)
  public Map<Long, Boolean> labsOf(long accountId) {
    Map<Long, Boolean> labs = new HashMap<>();
    memberships.findByAccountId(accountId).forEach(m -> labs.put(m.labId(), m.editor()));
    return labs;
  }

  /** The accounts that belong to any of the labs. */
  @Transactional(readOnly = true)
  public Set<Long> accountsOfLabs(Collection<Long> labIds) {
    Set<Long> ids = new HashSet<>();
    if (!labIds.isEmpty()) {
      memberships.findByLabIdIn(labIds).forEach(m -> ids.add(m.accountId()));
    }
    return ids;
  }

  /** The lab ids of each of the accounts (none for accounts without a lab), in one query. */
  @Transactional(readOnly = true)
  public Map<Long, Set<Long>> labsOf(Collection<Long> accountIds) {
    Map<Long, Set<Long>> labs = new HashMap<>();
    if (!accountIds.isEmpty()) {
      memberships
          .findByAccountIdIn(accountIds)
          .forEach(m -> labs.computeIfAbsent(m.accountId(), a -> new HashSet<>()).add(m.labId()));
    }
    return labs;
  }

  /** Adds an account to a lab, or changes its editor right; only the lab's editors and admins. */
  public void addMember(long labId, @Nullable String email, boolean editor) {
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
                      email.toLowerCase(Locale.ROOT),
                      displayName,
                      PasswordHashes.hash(passwords, password));
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
  int disableDemoAccounts() {
    List<Account> active =
        accounts.findByDemoTrue().stream()
            .filter(a -> a.passwordHash() != null || a.emailVerified())
            .toList();
    active.forEach(Account::disable);
    return active.size();
  }

  /** Gives disabled demo accounts their password back: at start-up with demo content on. */
  void restoreDemoAccounts(String password) {
    accounts.findByDemoTrue().stream()
        .filter(a -> a.passwordHash() == null)
        .forEach(a -> a.restore(PasswordHashes.hash(passwords, password)));
  }

  /** Makes the signed-in member the first editor of the lab they just created (no members yet). */
  public void addFirstEditor(long labId, long accountId) {
    if (rights.requireMember() != accountId || !memberships.findByLabId(labId).isEmpty()) {
      throw new Forbidden("only the creator of a lab without members becomes its first editor");
    }
    memberships.save(new Membership(labId, accountId, true));
  }

  private Account load(long accountId) {
    return accounts.findById(accountId).orElseThrow(() -> new NotFound("Account"));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
