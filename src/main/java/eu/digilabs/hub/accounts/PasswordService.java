package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password changes and resets. A new password ends every other session of the account (its session
 * stamp moves on), revokes nothing by itself: when API tokens are still usable the owner is asked
 * on the profile page whether to revoke them, and a mail tells the owner of the change.
 */
@Service
@Transactional
public class PasswordService {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final ApplicationEventPublisher events;
  private final PasswordEncoder passwords;
  private final PasswordRules rules;
  private final MessageSource messages;
  private final String baseUrl;

  PasswordService(
      Accounts accounts,
      ApiTokens tokens,
      ApplicationEventPublisher events,
      PasswordEncoder passwords,
      PasswordRules rules,
      MessageSource messages,
      HubProperties hub) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.events = events;
    this.passwords = passwords;
    this.rules = rules;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
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
              events.publishEvent(
                  new AccountMailComposed(
                      account.email(),
                      messages.getMessage("mail.reset.subject", null, locale),
                      messages.getMessage(
                          "mail.reset.body",
                          new Object[] {
                            account.displayName(), baseUrl + "/password/reset?token=" + token
                          },
                          locale)));
            });
  }

  @Transactional(readOnly = true)
  public boolean resetTokenValid(@Nullable String token) {
    return token != null
        && accounts
            .findByResetTokenHash(Tokens.sha256(token))
            .filter(a -> a.resetTokenValid(Instant.now()))
            .isPresent();
  }

  /**
   * Sets a new password with a mailed reset token; a reset also verifies the address and ends every
   * session of the account.
   */
  public void resetPassword(@Nullable String token, String password) {
    Account account =
        accounts
            .findByResetTokenHash(Tokens.sha256(token == null ? "" : token))
            .filter(a -> a.resetTokenValid(Instant.now()))
            .orElseThrow(() -> new InvalidInput("token", "accounts.resetTokenInvalid"));
    rules.check("password", password, account.email(), account.displayName());
    account.verified();
    newPassword(account, password);
  }

  /**
   * Changes the password of the signed-in account and returns the new session stamp, which the
   * session that made the change keeps (every other session ends).
   */
  public long changePassword(long accountId, String current, String password) {
    Account account = load(accountId);
    if (account.passwordHash() == null || !passwords.matches(current, account.passwordHash())) {
      throw new InvalidInput("currentPassword", "accounts.currentPasswordWrong");
    }
    rules.check("newPassword", password, account.email(), account.displayName());
    newPassword(account, password);
    return account.sessionStamp();
  }

  /** Whether the owner still has to decide about tokens that outlived a password change. */
  @Transactional(readOnly = true)
  public boolean tokensToReview(long accountId) {
    return load(accountId).tokensToReview();
  }

  /** The owner's answer after a password change: revoke every usable token, or keep them. */
  public void reviewTokens(long accountId, boolean revoke) {
    Account account = load(accountId);
    if (revoke) {
      usableTokens(accountId).forEach(ApiToken::revoke);
    }
    account.tokensToReview(false);
  }

  private void newPassword(Account account, String password) {
    account.password(PasswordHashes.hash(passwords, password));
    List<ApiToken> usable = usableTokens(account.id());
    account.tokensToReview(!usable.isEmpty());
    Locale locale = LocaleContextHolder.getLocale();
    String tokenNote =
        usable.isEmpty()
            ? ""
            : messages.getMessage(
                "mail.passwordChanged.tokens",
                new Object[] {
                  usable.stream()
                      .map(t -> "- " + t.name() + " (" + t.prefix() + "…)")
                      .collect(Collectors.joining("\n")),
                  baseUrl + "/profile#token-review"
                },
                locale);
    events.publishEvent(
        new AccountMailComposed(
            account.email(),
            messages.getMessage("mail.passwordChanged.subject", null, locale),
            messages.getMessage(
                "mail.passwordChanged.body",
                new Object[] {account.displayName(), tokenNote, baseUrl + "/password/forgot"},
                locale)));
  }

  private List<ApiToken> usableTokens(long accountId) {
    Instant now = Instant.now();
    return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
        .filter(t -> t.active() && !t.expired(now))
        .toList();
  }

  private Account load(long accountId) {
    return accounts.findById(accountId).orElseThrow(() -> new NotFound("Account"));
  }
}
