package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and the verification of an account's address by a mailed link. */
@Service
@Transactional
public class SignUpService {

  static final Duration VERIFICATION_LIFETIME = Duration.ofDays(7);

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final PasswordRules rules;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final String baseUrl;

  SignUpService(
      Accounts accounts,
      PasswordEncoder passwords,
      PasswordRules rules,
      MessageSource messages,
      ApplicationEventPublisher events,
      HubProperties hub) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.rules = rules;
    this.messages = messages;
    this.events = events;
    this.baseUrl = hub.baseUrl();
  }

  /** Creates an unverified account and mails the link that verifies it. */
  public AccountView signUp(String email, String displayName, String password, Locale locale) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    rules.check("password", password, address, displayName);
    if (accounts.findByEmailIgnoreCase(address).isPresent()) {
      throw new InvalidInput("email", "accounts.emailTaken");
    }
    Account account =
        new Account(address, displayName.strip(), PasswordHashes.hash(passwords, password));
    accounts.save(account);
    mailVerification(account, locale);
    return AccountView.of(account);
  }

  /**
   * Mails a new verification link when someone signed in with the right password to an account
   * whose address is not confirmed: the sign-in page says only that sign-in failed.
   */
  public void remindUnverified(@Nullable String email, Locale locale) {
    accounts
        .findByEmailIgnoreCase(email == null ? "" : email.strip())
        .filter(a -> !a.emailVerified() && !a.disabled() && a.passwordHash() != null)
        .ifPresent(a -> mailVerification(a, locale));
  }

  /** Verifies the account the token was mailed for; false for an unknown, used or expired token. */
  public boolean verify(@Nullable String token) {
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
    events.publishEvent(
        new AccountMailComposed(
            account.email(),
            messages.getMessage("mail.verify.subject", null, locale),
            messages.getMessage(
                "mail.verify.body",
                new Object[] {account.displayName(), baseUrl + "/verify?token=" + token},
                locale)));
  }
}
