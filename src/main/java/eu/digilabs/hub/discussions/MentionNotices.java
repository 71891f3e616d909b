package eu.digilabs.hub.discussions;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberDirectory;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.items.ItemRef;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the people a post mentions, at once (a mention is addressed to them). Who can be mentioned:
 * those taking part in the discussion, members of the item's labs, and members whose profile other
 * members may see; so a mention cannot find a private member nobody here knows.
 */
@Component
class MentionNotices {

  private static final String KIND = "mention";

  private final JdbcClient jdbc;
  private final AccountService accounts;
  private final MemberDirectory directory;
  private final Notices notices;

  MentionNotices(
      JdbcClient jdbc, AccountService accounts, MemberDirectory directory, Notices notices) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.directory = directory;
    this.notices = notices;
  }

  /**
   * Tells those the post mentions, except {@code told} (its author, the person it replies to) and
   * anyone told of a mention in this post before: an edit tells only people it names for the first
   * time, however often the text changes. Returns who was told.
   */
  Set<Long> tell(Post post, ItemRef item, Collection<Long> told) {
    List<List<String>> mentions = Mentions.find(post.body());
    if (mentions.isEmpty()) {
      return Set.of();
    }
    Set<Long> present = new HashSet<>(accounts.accountsOfLabs(item.labIds()));
    present.addAll(
        jdbc.sql("select distinct author_id from post where item_key = ? and author_id is not null")
            .param(post.itemKey())
            .query(Long.class)
            .list());
    Map<String, Long> byName = directory.mentionable(Mentions.phrases(mentions), present);
    Set<Long> people = new HashSet<>(Mentions.resolve(mentions, byName));
    people.removeAll(told);
    String key = DiscussionItems.key(post.id());
    people.removeAll(notices.alreadyTold(key, KIND, people));
    for (long person : people) {
      notices.tellNow(
          person,
          new Notice(KIND, key, item.title(), item.path() + "#post-" + post.id(), null, null));
    }
    return people;
  }
}
