package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.AfterCommit;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's rights over their data (GDPR articles 15, 17 and 20): a download of
 * everything the hub holds about the account, and the deletion of the account. Every module adds
 * its own data through {@link PersonalData}; a deletion runs in one transaction, so a failure in
 * any module deletes nothing.
 */
@Service
@Transactional
public class PersonalDataService {

  private final Accounts accounts;
  private final Memberships memberships;
  private final ApiTokens tokens;
  private final List<PersonalData> modules;
  private final PasswordEncoder passwords;
  private final Rights rights;
  private final ApplicationEventPublisher events;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  PersonalDataService(
      Accounts accounts,
      Memberships memberships,
      ApiTokens tokens,
      List<PersonalData> modules,
      PasswordEncoder passwords,
      Rights rights,
      ApplicationEventPublisher events,
      FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.tokens = tokens;
    this.modules = modules.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
    this.passwords = passwords;
    this.rights = rights;
    this.events = events;
    this.sessions = sessions;
  }

  /** The account as the hub holds it, without the password hash and without any token secret. */
  record Profile(
      String email,
      String displayName,
      @Nullable String organisation,
      @Nullable String languages,
      @Nullable String expertise,
      boolean admin,
      boolean emailVerified,
      boolean passwordSet,
      @Nullable String oidcSubject,
      int failedSignIns,
      @Nullable Instant lockedUntil,
      Instant createdAt) {}

  record LabMembership(long labId, boolean editor) {}

  record Token(
      String name,
      String prefix,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {}

  /** Everything the hub holds about the signed-in account, one section per module. */
  @Transactional(readOnly = true)
  public Map<String, Object> exportMine() {
    Account account = load(rights.requireMember());
    long id = account.id();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exportedAt", Instant.now());
    data.put("account", profile(account));
    data.put(
        "memberships",
        memberships.findByAccountId(id).stream()
            .map(m -> new LabMembership(m.labId(), m.editor()))
            .toList());
    data.put(
        "apiTokens",
        tokens.findByAccountIdOrderByCreatedAtDesc(id).stream()
            .map(t -> new Token(t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
            .toList());
    modules.forEach(module -> data.put(module.section(), module.export(id)));
    return data;
  }

  /**
   * Whether the signed-in account confirms its deletion with its password; accounts that sign in
   * only through OIDC have none and confirm by typing their email address instead.
   */
  @Transactional(readOnly = true)
  public boolean confirmsWithPassword() {
    return load(rights.requireMember()).passwordHash() != null;
  }

  /**
   * Deletes the signed-in account once it is confirmed: {@code confirmation} is the password, or
   * the email address for OIDC-only accounts (errors name the field {@code password} or {@code
   * email}). The last admin cannot leave. Labs left without an editor are announced with {@link
   * LabWithoutEditor}. The account's sessions are deleted from the database once the deletion
   * committed, on every node at once.
   */
  public void deleteMine(String confirmation) {
    Account account = load(rights.requireMember());
    checkConfirmation(account, confirmation == null ? "" : confirmation);
    if (account.admin() && accounts.findByAdminTrue().size() == 1) {
      throw new InvalidInput(confirmationField(account), "privacy.lastAdmin");
    }
    long id = account.id();
    List<LabWithoutEditor> orphaned = labsLeftWithoutEditor(id);
    modules.forEach(module -> module.erase(id));
    tokens.deleteAll(tokens.findByAccountIdOrderByCreatedAtDesc(id));
    memberships.deleteAll(memberships.findByAccountId(id));
    accounts.delete(account);
    orphaned.forEach(events::publishEvent);
    String email = account.email();
    AfterCommit.run(
        () -> sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById));
  }

  private static String confirmationField(Account account) {
    return account.passwordHash() == null ? "email" : "password";
  }

  private void checkConfirmation(Account account, String confirmation) {
    if (account.passwordHash() == null) {
      if (!account.email().equalsIgnoreCase(confirmation.strip())) {
        throw new InvalidInput("email", "privacy.emailWrong");
      }
    } else if (!passwords.matches(confirmation, account.passwordHash())) {
      throw new InvalidInput("password", "privacy.passwordWrong");
    }
  }

  private List<LabWithoutEditor> labsLeftWithoutEditor(long accountId) {
    List<Long> admins =
        accounts.findByAdminTrue().stream().map(Account::id).filter(a -> a != accountId).toList();
    List<LabWithoutEditor> orphaned = new ArrayList<>();
    for (Membership own : memberships.findByAccountId(accountId)) {
      List<Membership> others =
          memberships.findByLabId(own.labId()).stream()
              .filter(m -> m.accountId() != accountId)
              .toList();
      if (own.editor() && others.stream().noneMatch(Membership::editor)) {
        Set<Long> notify = new LinkedHashSet<>();
        others.forEach(m -> notify.add(m.accountId()));
        notify.addAll(admins);
        orphaned.add(new LabWithoutEditor(own.labId(), List.copyOf(notify)));
      }
    }
    return orphaned;
  }

  private static Profile profile(Account a) {
    return new Profile(
        a.email(),
        a.displayName(),
        a.organisation(),
        a.languages(),
        a.expertise(),
        a.admin(),
        a.emailVerified(),
        a.passwordHash() != null,
        a.oidcSubject(),
        a.failedSignIns(),
        a.lockedUntil(),
        a.createdAt());
  }

  private Account load(long accountId) {
    return accounts.findById(accountId).orElseThrow(() -> new NotFound("Account"));
  }
}
