package eu.digilabs.hub.discussions;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in discussions: posting and replying (one level: a reply to a reply joins its thread),
 * editing within the window, deleting one's own post, and reporting. Reading is {@link
 * DiscussionReading}; moderation is {@link Moderation}.
 */
@Service
@Transactional
public class Discussions {

  private final Posts posts;
  private final JdbcClient jdbc;
  private final Items items;
  private final Rights rights;
  private final AccountService accounts;
  private final Activities activities;
  private final Notices notices;
  private final ApplicationEventPublisher events;
  private final DiscussionProperties properties;
  private final MentionNotices mentions;

  Discussions(
      Posts posts,
      JdbcClient jdbc,
      Items items,
      Rights rights,
      AccountService accounts,
      Activities activities,
      Notices notices,
      ApplicationEventPublisher events,
      DiscussionProperties properties,
      MentionNotices mentions) {
    this.posts = posts;
    this.jdbc = jdbc;
    this.items = items;
    this.rights = rights;
    this.accounts = accounts;
    this.activities = activities;
    this.notices = notices;
    this.events = events;
    this.properties = properties;
    this.mentions = mentions;
  }

  /**
   * Writes a post on a published item, or a reply; the author of the post replied to and the people
   * it mentions are told at once. Returns the new post's id.
   */
  public long post(String itemKey, String body, @Nullable Long replyTo) {
    long author = rights.requireMember();
    String text = checked(body);
    ItemRef item =
        items
            .published(itemKey)
            .filter(i -> DiscussionItems.HOSTS.contains(i.type()))
            .orElseThrow(() -> new NotFound("item " + itemKey));
    Post parent = null;
    Long answered = null;
    if (replyTo != null) {
      parent = posts.findById(replyTo).filter(p -> p.itemKey().equals(itemKey)).orElse(null);
      if (parent == null || !parent.shown()) {
        throw new InvalidInput("replyTo", "discussions.replyGone");
      }
      // The person answered is told; the reply joins the thread of the post it answers.
      answered = parent.authorId();
      if (parent.replyToId() != null) {
        parent = posts.findById(parent.replyToId()).orElseThrow();
      }
    }
    Post post =
        posts.save(
            new Post(
                itemKey,
                item.title(),
                item.path(),
                !item.isPublic(),
                author,
                parent == null ? null : parent.id(),
                text));
    for (long lab : item.labIds()) {
      jdbc.sql("insert into post_lab (post_id, lab_id) values (?, ?)")
          .params(post.id(), lab)
          .update();
    }
    posts.flush();
    activities.record(DiscussionItems.key(post.id()), Activities.Kind.POSTED);
    if (answered != null && answered != author) {
      notices.tellNow(
          answered,
          new Notice(
              "reply",
              DiscussionItems.key(post.id()),
              item.title(),
              item.path() + "#post-" + post.id(),
              null,
              null));
    }
    Set<Long> told = new HashSet<>(Set.of(author));
    if (answered != null) {
      told.add(answered);
    }
    mentions.tell(post, item, told);
    events.publishEvent(new DiscussionChanged(post.id(), itemKey));
    events.publishEvent(new PostWritten(post.id(), itemKey, author, post.replyToId()));
    return post.id();
  }

  /**
   * Changes one's own post within the edit window; it is then marked edited. People it now mentions
   * for the first time are told.
   */
  public void edit(long id, String body, long version) {
    long author = rights.requireMember();
    Post post = posts.findById(id).orElseThrow(() -> new NotFound("post " + id));
    if (post.authorId() == null || post.authorId() != author) {
      throw new Forbidden("not the author of post " + id);
    }
    if (post.version() != version) {
      throw new Conflict("post " + id + " changed meanwhile");
    }
    if (!post.editableAt(Instant.now(), properties.editWindow())) {
      throw new InvalidInput(
          "body", "discussions.editTooLate", properties.editWindow().toMinutes());
    }
    post.edit(checked(body));
    posts.flush();
    Optional<ItemRef> item = items.published(post.itemKey());
    if (item.isPresent()) {
      mentions.tell(post, item.get(), Set.of(author));
    }
    events.publishEvent(new DiscussionChanged(id, post.itemKey()));
  }

  /** Deletes one's own post: its text goes, replies to it stay. */
  public String delete(long id) {
    long author = rights.requireMember();
    Post post = posts.findById(id).orElseThrow(() -> new NotFound("post " + id));
    if (post.authorId() == null || post.authorId() != author) {
      throw new Forbidden("not the author of post " + id);
    }
    if (post.deletedAt() == null) {
      post.delete();
      activities.retract(DiscussionItems.key(id));
      events.publishEvent(new DiscussionChanged(id, post.itemKey()));
    }
    return post.itemPath();
  }

  /** Reports a post to its moderators, with a reason; reporting again replaces one's reason. */
  public void report(long id, String reason) {
    long reporter = rights.requireMember();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInput("reason", "discussions.reasonRequired");
    }
    if (why.length() > 500) {
      throw new InvalidInput("reason", "discussions.reasonTooLong", 500);
    }
    Post post =
        posts.findById(id).filter(Post::shown).orElseThrow(() -> new NotFound("post " + id));
    int changed =
        jdbc.sql(
                """
                update post_report set reason = ?, created_at = ?
                where post_id = ? and reporter_id = ? and resolved_at is null
                """)
            .params(why, SqlTime.of(Instant.now()), post.id(), reporter)
            .update();
    if (changed == 0) {
      jdbc.sql("delete from post_report where post_id = ? and reporter_id = ?")
          .params(post.id(), reporter)
          .update();
      jdbc.sql(
              """
              insert into post_report (post_id, reporter_id, reason, created_at)
              values (?, ?, ?, ?)
              """)
          .params(post.id(), reporter, why, SqlTime.of(Instant.now()))
          .update();
    }
  }

  /** The item a post belongs to and where it stands on its page, if it is shown. */
  @Transactional(readOnly = true)
  public String pathOf(long id) {
    Post post =
        posts
            .findById(id)
            .filter(Post::shown)
            .filter(p -> !p.hostHidden())
            .filter(p -> !p.membersOnly() || rights.currentAccountId().isPresent())
            .orElseThrow(() -> new NotFound("post " + id));
    return post.itemPath() + "#post-" + id;
  }

  /**
   * The item was withdrawn or published again: its posts leave or come back to search and the
   * assistant with it.
   */
  public void hostPublished(String itemKey, boolean published) {
    for (Post post : posts.findByItemKey(itemKey)) {
      if (post.hostHidden() == published) {
        post.hostHidden(!published);
        events.publishEvent(new DiscussionChanged(post.id(), itemKey));
      }
    }
  }

  /** Names of the authors, "former member" for gone accounts. */
  java.util.Map<Long, String> names(Collection<Post> shown) {
    Set<Long> ids = new HashSet<>();
    shown.forEach(
        p -> {
          if (p.authorId() != null) {
            ids.add(p.authorId());
          }
        });
    return accounts.names(ids);
  }

  private String checked(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new InvalidInput("body", "discussions.bodyRequired");
    }
    if (text.length() > properties.maxLength()) {
      throw new InvalidInput("body", "discussions.bodyTooLong", properties.maxLength());
    }
    return text;
  }
}
