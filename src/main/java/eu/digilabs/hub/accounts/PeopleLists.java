package eu.digilabs.hub.accounts;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists of people as pages show them, from what the store holds: no queries, no rights. */
final class PeopleLists {

  private PeopleLists() {}

  /**
   * A lab's members sorted by name (ignoring case); memberships whose account is gone are left out.
   */
  static List<MemberView> members(
      long labId, List<Membership> memberships, Map<Long, AccountView> accounts) {
    return memberships.stream()
        .flatMap(
            m -> {
              AccountView a = accounts.get(m.accountId());
              return a == null
                  ? Stream.<MemberView>empty()
                  : Stream.of(
                      new MemberView(labId, a.id(), a.displayName(), a.email(), m.editor()));
            })
        .sorted(Comparator.comparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** A name for every id: the known display name, else {@code former} (a deleted account). */
  static Map<Long, String> names(Collection<Long> ids, Map<Long, String> known, String former) {
    Map<Long, String> names = new HashMap<>(known);
    ids.forEach(id -> names.putIfAbsent(id, former));
    return names;
  }
}
