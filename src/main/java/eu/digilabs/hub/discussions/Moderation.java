package eu.digilabs.hub.discussions;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.Markdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of discussions: editors of an item's labs moderate its discussion, admins every
 * discussion (alone those of items without a lab, such as anonymous failure reports). A hidden post
 * leaves pages, feeds, digests, search and the assistant, and its author is told why.
 */
@Service
@Transactional
public class Moderation {

  /** A reported post in the queue, with its open reports' reasons. */
  public record Reported(
      long postId,
      String itemTitle,
      String itemPath,
      String excerpt,
      String author,
      List<String> reasons) {}

  /** The moderation queue and its counts. */
  public record Queue(List<Reported> reported, long openReports, long hiddenPosts) {}

  private record ReportRow(long postId, String reason) {}

  private final Posts posts;
  private final JdbcClient jdbc;
  private final Rights rights;
  private final AccountService accounts;
  private final Activities activities;
  private final Notices notices;
  private final ApplicationEventPublisher events;

  Moderation(
      Posts posts,
      JdbcClient jdbc,
      Rights rights,
      AccountService accounts,
      Activities activities,
      Notices notices,
      ApplicationEventPublisher events) {
    this.posts = posts;
    this.jdbc = jdbc;
    this.rights = rights;
    this.accounts = accounts;
    this.activities = activities;
    this.notices = notices;
    this.events = events;
  }

  /** Whether the signed-in person moderates discussions of items of these labs. */
  @Transactional(readOnly = true)
  public boolean mayModerate(Collection<Long> labIds) {
    return rights.admin() || labIds.stream().anyMatch(rights::editorOf);
  }

  /** Hides a post, with a reason its author is told; open reports of it are settled. */
  public void hide(long id, String reason) {
    Post post = moderated(id);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInput("reason", "discussions.reasonRequired");
    }
    if (why.length() > 500) {
      throw new InvalidInput("reason", "discussions.reasonTooLong", 500);
    }
    if (post.deletedAt() != null || post.hiddenAt() != null) {
      return;
    }
    post.hide(rights.requireMember(), why);
    settle(id, "hidden");
    activities.retract(DiscussionItems.key(id));
    if (post.authorId() != null) {
      notices.tellNow(
          post.authorId(),
          new Notice(
              "post-hidden",
              DiscussionItems.key(id),
              post.itemTitle(),
              post.itemPath(),
              null,
              why));
    }
    events.publishEvent(new DiscussionChanged(id, post.itemKey()));
  }

  /** Shows a hidden post again. */
  public void restore(long id) {
    Post post = moderated(id);
    if (post.hiddenAt() == null) {
      return;
    }
    post.restore();
    posts.flush();
    activities.record(DiscussionItems.key(id), Activities.Kind.POSTED);
    events.publishEvent(new DiscussionChanged(id, post.itemKey()));
  }

  /** Keeps a reported post: its open reports are settled without hiding it. */
  public void dismiss(long id) {
    moderated(id);
    settle(id, "kept");
  }

  /** The posts with open reports the signed-in person may moderate, most reported first. */
  @Transactional(readOnly = true)
  public Queue queue() {
    long me = rights.requireMember();
    boolean admin = rights.admin();
    List<Long> labs =
        accounts.labsOf(me).entrySet().stream()
            .filter(Map.Entry::getValue)
            .map(Map.Entry::getKey)
            .toList();
    if (!admin && labs.isEmpty()) {
      throw new Forbidden("moderators only");
    }
    String mine =
        admin ? "1 = 1" : "p.id in (select l.post_id from post_lab l where l.lab_id in (:labs))";
    List<ReportRow> rows =
        jdbc.sql(
                "select r.post_id, r.reason from post_report r join post p on p.id = r.post_id"
                    + " where r.resolved_at is null and "
                    + mine
                    + " order by r.created_at")
            .paramSource(admin ? Map.of() : Map.of("labs", labs))
            .query(ReportRow.class)
            .list();
    Map<Long, List<String>> reasons = new java.util.LinkedHashMap<>();
    rows.forEach(r -> reasons.computeIfAbsent(r.postId(), k -> new ArrayList<>()).add(r.reason()));
    List<Post> reported = posts.findAllById(reasons.keySet());
    Map<Long, String> names =
        accounts.names(
            reported.stream().map(Post::authorId).filter(java.util.Objects::nonNull).toList());
    List<Reported> queue = new ArrayList<>();
    for (Post post : reported) {
      queue.add(
          new Reported(
              post.id(),
              post.itemTitle(),
              post.itemPath(),
              Markdown.plain(post.body(), 300),
              post.authorId() == null ? "" : names.getOrDefault(post.authorId(), ""),
              reasons.getOrDefault(post.id(), List.of())));
    }
    queue.sort((a, b) -> Integer.compare(b.reasons().size(), a.reasons().size()));
    long hidden =
        jdbc.sql("select count(*) from post p where p.hidden_at is not null and " + mine)
            .paramSource(admin ? Map.of() : Map.of("labs", labs))
            .query(Long.class)
            .single();
    return new Queue(queue, rows.size(), hidden);
  }

  private Post moderated(long id) {
    rights.requireMember();
    Post post = posts.findById(id).orElseThrow(() -> new NotFound("post " + id));
    List<Long> labs =
        jdbc.sql("select lab_id from post_lab where post_id = ?")
            .param(id)
            .query(Long.class)
            .list();
    if (!mayModerate(labs)) {
      throw new Forbidden("not a moderator of post " + id);
    }
    return post;
  }

  private void settle(long id, String outcome) {
    jdbc.sql(
            "update post_report set resolved_at = ?, outcome = ? where post_id = ? and resolved_at"
                + " is null")
        .params(SqlTime.of(Instant.now()), outcome, id)
        .update();
  }
}
