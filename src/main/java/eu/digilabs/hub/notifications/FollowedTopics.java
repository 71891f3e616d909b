package eu.digilabs.hub.notifications;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.shared.items.ItemKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The topics a person hears of: what they follow, and without choosing to, {@code reuser-lab:3} for
 * each of their labs, so that they hear what changes in the solutions their lab takes up. The feed
 * and the digests read them the same way, for one person or a batch, with two queries.
 */
@Component
class FollowedTopics {

  private final JdbcClient jdbc;
  private final AccountService accounts;

  FollowedTopics(JdbcClient jdbc, AccountService accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** Each account's topics; accounts that hear of nothing are left out. */
  Map<Long, Set<String>> of(Collection<Long> ids) {
    Map<Long, Set<String>> topics = new HashMap<>();
    if (ids.isEmpty()) {
      return topics;
    }
    jdbc.sql("select account_id, item_key from follow where account_id in (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              topics.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            });
    accounts
        .labsOf(ids)
        .forEach(
            (account, labs) ->
                labs.forEach(
                    lab ->
                        topics
                            .computeIfAbsent(account, k -> new HashSet<>())
                            .add(ItemKeys.of("reuser-lab", lab))));
    return topics;
  }
}
