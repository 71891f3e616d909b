package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.notifications.DigestSchedule.Frequency;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.web.Languages;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's choice of digests: daily, weekly (the default) or never, in which language and time
 * zone. Made on their first follow (language of that request, zone Europe/Berlin) or when they open
 * their notification settings.
 */
@Service
@Transactional
public class DigestSettings {

  static final String DEFAULT_ZONE = "Europe/Berlin";
  static final Set<String> LANGUAGES = Set.copyOf(Languages.codes());

  /** A person's digest settings as the settings page shows them. */
  public record Settings(
      String digest,
      String language,
      String timeZone,
      @Nullable Instant nextDigestAt,
      long version) {}

  private final JdbcClient jdbc;
  private final Rights rights;

  DigestSettings(JdbcClient jdbc, Rights rights) {
    this.jdbc = jdbc;
    this.rights = rights;
  }

  /** The signed-in person's settings, made with the defaults if they have none yet. */
  public Settings mine() {
    long account = rights.requireMember();
    ensure(account);
    return find(account).orElseThrow();
  }

  /** Changes the signed-in person's settings; a stale version is a conflict. */
  public Settings update(String digest, String language, String timeZone, long version) {
    long account = rights.requireMember();
    ensure(account);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<Frequency> frequency = Frequency.parse(digest);
    if (frequency.isEmpty()) {
      problems.add(new FieldProblem("digest", "notifications.settings.digestInvalid"));
    }
    if (!LANGUAGES.contains(language)) {
      problems.add(new FieldProblem("language", "notifications.settings.languageInvalid"));
    }
    ZoneId zone = zone(timeZone);
    if (zone == null) {
      problems.add(new FieldProblem("timeZone", "notifications.settings.zoneInvalid"));
    }
    if (!problems.isEmpty() || frequency.isEmpty() || zone == null) {
      throw new InvalidInput(problems);
    }
    Instant now = Instant.now();
    int changed =
        jdbc.sql(
                """
                update notification_settings set digest = :digest, language = :language,
                  time_zone = :zone, next_digest_at = :next, version = version + 1
                where account_id = :account and version = :version
                """)
            .param("digest", frequency.get().name())
            .param("language", language)
            .param("zone", zone.getId())
            .param("next", SqlTime.orNull(DigestSchedule.next(frequency.get(), zone, now)))
            .param("account", account)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new Conflict("notification settings changed meanwhile");
    }
    return find(account).orElseThrow();
  }

  /** Sets up weekly digests for the account if it has no settings yet. */
  void ensure(long account) {
    ensure(List.of(account));
  }

  /**
   * Sets up weekly digests for those of the accounts that have no settings yet, in one query when
   * all have. The signed-in person gets the language they use now; others (told of a reply, say)
   * get English, the hub's fallback, until they choose.
   */
  void ensure(Collection<Long> accounts) {
    if (accounts.isEmpty()) {
      return;
    }
    Set<Long> known =
        new HashSet<>(
            jdbc.sql("select account_id from notification_settings where account_id in (:ids)")
                .param("ids", accounts)
                .query(Long.class)
                .list());
    Optional<Long> me = rights.currentAccountId();
    String current = LocaleContextHolder.getLocale().getLanguage();
    Instant now = Instant.now();
    for (long account : accounts) {
      if (known.add(account)) {
        boolean self = me.isPresent() && me.get() == account;
        create(account, self && LANGUAGES.contains(current) ? current : "en", now);
      }
    }
  }

  private void create(long account, String language, Instant now) {
    try {
      jdbc.sql(
              """
              insert into notification_settings
                (account_id, digest, language, time_zone, next_digest_at, digested_until, version)
              values (:account, :digest, :language, :zone, :next, :now, 0)
              """)
          .param("account", account)
          .param("digest", Frequency.WEEKLY.name())
          .param("language", language)
          .param("zone", DEFAULT_ZONE)
          .param(
              "next",
              SqlTime.orNull(DigestSchedule.next(Frequency.WEEKLY, ZoneId.of(DEFAULT_ZONE), now)))
          .param("now", SqlTime.of(now))
          .update();
    } catch (DuplicateKeyException madeMeanwhile) {
      // another request of the same person made them: theirs stand
    }
  }

  /** Stops the account's digests (the one-click unsubscribe). */
  void stopDigests(long account) {
    jdbc.sql(
            """
            update notification_settings set digest = 'NEVER', next_digest_at = null,
              version = version + 1
            where account_id = ?
            """)
        .param(account)
        .update();
  }

  /** Stops the mails addressed to the account (their one-click unsubscribe); notices stay. */
  void stopImmediateMails(long account) {
    jdbc.sql(
            "update notification_settings set immediate = false, version = version + 1"
                + " where account_id = ?")
        .param(account)
        .update();
  }

  Optional<Settings> find(long account) {
    return jdbc.sql(
            """
            select digest, language, time_zone, next_digest_at, version
            from notification_settings where account_id = ?
            """)
        .param(account)
        .query(Settings.class)
        .optional();
  }

  static @Nullable ZoneId zone(@Nullable String id) {
    if (id == null || id.isBlank() || id.length() > 60) {
      return null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String language(@Nullable String code) {
    return code != null && LANGUAGES.contains(code.toLowerCase(Locale.ROOT)) ? code : "en";
  }
}
