package eu.digilabs.hub.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members directory: only profiles their owners made visible, to members or to everyone, and
 * never an email address. Filters by expertise and language (words in what members wrote) and by
 * the accounts of given labs (a country's, found by the caller).
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

  /** A visible profile. */
  public record MemberCard(
      long id,
      String displayName,
      @Nullable String organisation,
      @Nullable String languages,
      @Nullable String expertise) {}

  private final JdbcClient jdbc;
  private final Rights rights;
  private final Accounts accounts;

  MemberDirectory(JdbcClient jdbc, Rights rights, Accounts accounts) {
    this.jdbc = jdbc;
    this.rights = rights;
    this.accounts = accounts;
  }

  /**
   * Visible profiles by name; {@code accountIds} null for all, else only those (a country's lab
   * members).
   */
  public Page<MemberCard> list(
      @Nullable String expertise,
      @Nullable String language,
      @Nullable Collection<Long> accountIds,
      int page,
      int size) {
    PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)));
    if (accountIds != null && accountIds.isEmpty()) {
      return Page.empty(request);
    }
    List<String> where = new ArrayList<>(List.of("profile_visibility in (:visible)"));
    where.add("disabled = false");
    if (expertise != null && !expertise.isBlank()) {
      where.add("lower(expertise) like :expertise");
    }
    if (language != null && !language.isBlank()) {
      where.add("lower(languages) like :language");
    }
    if (accountIds != null) {
      where.add("id in (:ids)");
    }
    String from = " from account where " + String.join(" and ", where);
    var count = jdbc.sql("select count(*)" + from);
    var rows =
        jdbc.sql(
            "select id, display_name, organisation, languages, expertise"
                + from
                + " order by lower(display_name), id offset :offset rows fetch next :size rows only");
    List<String> visible =
        rights.currentAccountId().isPresent() ? List.of("MEMBERS", "PUBLIC") : List.of("PUBLIC");
    for (var statement : List.of(count, rows)) {
      statement.param("visible", visible);
      if (expertise != null && !expertise.isBlank()) {
        statement.param("expertise", like(expertise));
      }
      if (language != null && !language.isBlank()) {
        statement.param("language", like(language));
      }
      if (accountIds != null) {
        statement.param("ids", accountIds);
      }
    }
    long total = count.query(Long.class).single();
    List<MemberCard> cards =
        rows.param("offset", request.getOffset())
            .param("size", size)
            .query(MemberCard.class)
            .list();
    return new PageImpl<>(cards, request, total);
  }

  /** One profile, if the viewer may see it (its owner always may). */
  public Optional<MemberCard> get(long id) {
    boolean signedIn = rights.currentAccountId().isPresent();
    boolean own = rights.currentAccountId().map(me -> me == id).orElse(false);
    return accounts
        .findById(id)
        .filter(a -> !a.disabled())
        .filter(
            a ->
                own
                    || a.profileVisibility() == ProfileVisibility.PUBLIC
                    || (signedIn && a.profileVisibility() == ProfileVisibility.MEMBERS))
        .map(
            a ->
                new MemberCard(
                    id, a.displayName(), a.organisation(), a.languages(), a.expertise()));
  }

  /** Those of the accounts whose profile the viewer may see. */
  public Set<Long> visible(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<String> visible =
        rights.currentAccountId().isPresent() ? List.of("MEMBERS", "PUBLIC") : List.of("PUBLIC");
    return new HashSet<>(
        jdbc.sql(
                "select id from account where id in (:ids) and profile_visibility in (:visible)"
                    + " and disabled = false")
            .param("ids", ids)
            .param("visible", visible)
            .query(Long.class)
            .list());
  }

  /**
   * Who a mention names, by lower-case full name: among {@code present} (the people taking part
   * where it was written) and the members whose profile other members may see, never a disabled
   * account. A name two of them share names the one among {@code present}, else nobody.
   */
  public Map<String, Long> mentionable(Collection<String> names, Collection<Long> present) {
    if (names.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Long>> byName = new HashMap<>();
    jdbc.sql(
            """
            select id, lower(display_name) from account
            where lower(display_name) in (:names) and disabled = false
              and (profile_visibility in ('MEMBERS', 'PUBLIC') or id in (:present))
            """)
        .param("names", names)
        .param("present", present.isEmpty() ? List.of(-1L) : present)
        .query(
            (rs, row) ->
                byName.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1)))
        .list();
    Map<String, Long> found = new HashMap<>();
    byName.forEach(
        (name, ids) -> {
          List<Long> chosen =
              ids.size() == 1 ? ids : ids.stream().filter(present::contains).toList();
          if (chosen.size() == 1) {
            found.put(name, chosen.get(0));
          }
        });
    return found;
  }

  /** The signed-in member's choice. */
  public ProfileVisibility mine() {
    return accounts.findById(rights.requireMember()).orElseThrow().profileVisibility();
  }

  /** Changes who sees the signed-in member's profile. */
  @Transactional
  public void show(ProfileVisibility visibility) {
    accounts.findById(rights.requireMember()).orElseThrow().profileVisibility(visibility);
  }

  private static String like(String text) {
    String clean = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
    return "%" + clean + "%";
  }
}
