package eu.digilabs.hub.notifications;

import eu.digilabs.hub.notifications.Letters.Entry;
import eu.digilabs.hub.shared.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What goes into the digests of a batch of people. The period's activity is read once per job run
 * and indexed by topic in memory ({@link Window}); each batch then reads its people's follows, labs
 * and unread notices with one query each, so 10,000 digests cost a few hundred queries, not one
 * join per person over all activity.
 */
@Component
class DigestEntries {

  /** A digest looks back at most this far, however long the person had none. */
  static final Duration LOOKBACK = Duration.ofDays(8);

  /** An activity as a digest lists it. */
  record Activity(
      long id, String itemKey, String kind, String title, String path, Instant recordedAt) {}

  /** The period's activity by topic (the item's own key among the topics). */
  record Window(Instant since, Instant until, Map<String, List<Activity>> byTopic) {

    static Window empty(Instant until) {
      return new Window(until, until, Map.of());
    }
  }

  private record NoticeRow(
      long accountId,
      String kind,
      String title,
      String path,
      @Nullable String detail,
      Instant createdAt) {}

  private final JdbcClient jdbc;
  private final FollowedTopics followed;

  DigestEntries(JdbcClient jdbc, FollowedTopics followed) {
    this.jdbc = jdbc;
    this.followed = followed;
  }

  /** Reads the activity recorded in {@code (until - LOOKBACK, until]}: two queries. */
  Window load(Instant until) {
    Instant since = until.minus(LOOKBACK);
    Map<Long, Activity> byId = new HashMap<>();
    jdbc.sql(
            """
            select id, item_key, kind, title, path, recorded_at from activity
            where hidden = false and recorded_at > ? and recorded_at <= ?
            """)
        .params(SqlTime.of(since), SqlTime.of(until))
        .query(Activity.class)
        .list()
        .forEach(a -> byId.put(a.id(), a));
    Map<String, List<Activity>> byTopic = new HashMap<>();
    jdbc.sql(
            """
            select t.activity_id, t.topic from activity_topic t join activity a on a.id = t.activity_id
            where a.hidden = false and a.recorded_at > ? and a.recorded_at <= ?
            """)
        .params(SqlTime.of(since), SqlTime.of(until))
        .query(
            rs -> {
              Activity activity = byId.get(rs.getLong(1));
              if (activity != null) {
                byTopic.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(activity);
              }
            });
    byTopic.values().forEach(list -> list.sort(NEWEST_FIRST));
    return new Window(since, until, byTopic);
  }

  static final Comparator<Activity> NEWEST_FIRST =
      Comparator.comparing(Activity::recordedAt).thenComparing(Activity::id).reversed();

  /**
   * Each person's entries since their last digest (or the look-back): their unread notices, then
   * what changed in what they follow and in what their labs use (each item once, newest first).
   *
   * @param since per account, the end of their last digest's period
   * @param limit at most this many activities per person (the digest's cap and one more, to know
   *     that there are more)
   */
  Map<Long, List<Entry>> of(Map<Long, Instant> since, Window window, int limit) {
    Collection<Long> ids = since.keySet();
    Map<Long, Set<String>> topics = followed.of(ids);
    Map<Long, List<NoticeRow>> notices = new HashMap<>();
    jdbc.sql(
            """
            select account_id, kind, title, path, detail, created_at from notice
            where account_id in (:ids) and read_at is null and created_at > :since
              and created_at <= :until order by created_at desc
            """)
        .param("ids", ids)
        .param("since", SqlTime.of(window.since()))
        .param("until", SqlTime.of(window.until()))
        .query(NoticeRow.class)
        .list()
        .forEach(n -> notices.computeIfAbsent(n.accountId(), k -> new ArrayList<>()).add(n));
    Map<Long, List<Entry>> entries = new HashMap<>();
    for (long account : ids) {
      Instant from = later(since.get(account), window.since());
      // What was addressed to the person comes first: the cap never cuts it off.
      List<Entry> list = new ArrayList<>();
      for (NoticeRow n : notices.getOrDefault(account, List.of())) {
        if (n.createdAt().isAfter(from)) {
          list.add(new Entry(n.kind(), n.title(), n.path(), n.detail()));
        }
      }
      for (Activity a : newest(topics.getOrDefault(account, Set.of()), window, from, limit)) {
        list.add(new Entry(a.kind(), a.title(), a.path(), null));
      }
      entries.put(account, list);
    }
    return entries;
  }

  /**
   * The newest activities of distinct items among the topics' lists (each newest first), after
   * {@code from}: a merge that stops at {@code limit}, so a popular topic costs no more than a rare
   * one.
   */
  static List<Activity> newest(Set<String> topics, Window window, Instant from, int limit) {
    PriorityQueue<Cursor> heads =
        new PriorityQueue<>((a, b) -> NEWEST_FIRST.compare(a.head(), b.head()));
    for (String topic : topics) {
      List<Activity> list = window.byTopic().get(topic);
      if (list != null && !list.isEmpty()) {
        heads.add(new Cursor(list, 0));
      }
    }
    Set<String> seen = new HashSet<>();
    List<Activity> found = new ArrayList<>();
    while (!heads.isEmpty() && found.size() < limit) {
      Cursor cursor = heads.poll();
      Activity a = cursor.head();
      if (!a.recordedAt().isAfter(from)) {
        continue;
      }
      if (seen.add(a.itemKey())) {
        found.add(a);
      }
      if (cursor.index() + 1 < cursor.list().size()) {
        heads.add(new Cursor(cursor.list(), cursor.index() + 1));
      }
    }
    return found;
  }

  private record Cursor(List<Activity> list, int index) {

    Activity head() {
      return list.get(index);
    }
  }

  private static Instant later(@Nullable Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
