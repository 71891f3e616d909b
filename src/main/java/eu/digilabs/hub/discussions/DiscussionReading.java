package eu.digilabs.hub.discussions;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.notifications.Follows;
import eu.digilabs.hub.notifications.Follows.FollowState;
import eu.digilabs.hub.shared.Recent;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.LanguageDetection;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.ContentTranslations;
import eu.digilabs.hub.translation.ContentTranslations.Offer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of an item as its page shows it: threads in the order they were written, each with
 * its replies. Hidden and deleted posts are left out, or stand as a line without text where replies
 * hang on them; moderators see hidden posts with the reason.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionReading {

  /**
   * A post as the page shows it.
   *
   * @param author the author's name; empty for a former member
   * @param body the Markdown text; empty when deleted or (for everyone but moderators) hidden
   * @param open whether everyone may read it: shown, and its item public
   * @param language the language it is written in, detected while translation is configured
   * @param translateTo the reader's language when a translation into it is offered, else null
   */
  public record PostView(
      long id,
      String author,
      String body,
      Instant createdAt,
      boolean edited,
      boolean deleted,
      boolean hidden,
      @Nullable String hiddenReason,
      boolean mine,
      boolean editable,
      long version,
      boolean open,
      @Nullable String language,
      @Nullable String translateTo,
      List<PostView> replies) {}

  /**
   * An item's discussion for the viewer.
   *
   * @param follow the viewer's follow of the discussion itself (not of the item)
   */
  public record Section(
      String itemKey,
      List<PostView> threads,
      int count,
      boolean signedIn,
      boolean moderator,
      FollowState follow) {}

  private final Posts posts;
  private final Discussions discussions;
  private final Moderation moderation;
  private final Rights rights;
  private final DiscussionProperties properties;
  private final Items items;
  private final Follows follows;
  private final ContentTranslations translations;

  /** Shorter posts are not offered for translation: Lingua often mistakes a few words' language. */
  static final int MIN_DETECTED = 30;

  /** Posts' languages by post and version: Lingua reads each text once, not on every view. */
  private final Map<String, String> languages = Recent.map(10_000);

  DiscussionReading(
      Items items,
      Follows follows,
      ContentTranslations translations,
      Posts posts,
      Discussions discussions,
      Moderation moderation,
      Rights rights,
      DiscussionProperties properties) {
    this.posts = posts;
    this.discussions = discussions;
    this.moderation = moderation;
    this.rights = rights;
    this.properties = properties;
    this.items = items;
    this.follows = follows;
    this.translations = translations;
  }

  /** One shown post with its item, for the reply and edit pages. */
  public record Single(PostView post, String itemKey, String itemTitle, String itemPath) {}

  /** One post as its reply or edit page shows it; gone posts are 404. */
  public Single one(long id) {
    Post post =
        posts
            .findById(id)
            .filter(Post::shown)
            .filter(p -> !p.hostHidden())
            .filter(p -> !p.membersOnly() || rights.currentAccountId().isPresent())
            .orElseThrow(() -> new NotFound("post " + id));
    return new Single(
        view(
            post,
            discussions.names(List.of(post)),
            rights.currentAccountId(),
            false,
            Instant.now(),
            List.of()),
        post.itemKey(),
        post.itemTitle(),
        post.itemPath());
  }

  /** Whether everyone may read the post: shown, and its item public and not withdrawn. */
  public boolean open(long id) {
    return posts.findById(id).filter(DiscussionReading::open).isPresent();
  }

  private static boolean open(Post post) {
    return post.shown() && !post.membersOnly() && !post.hostHidden();
  }

  /** The discussion of a published item, its moderators found through the item; else 404. */
  public Section section(String itemKey) {
    ItemRef item =
        items
            .published(itemKey)
            .filter(i -> DiscussionItems.HOSTS.contains(i.type()))
            .filter(i -> i.isPublic() || rights.currentAccountId().isPresent())
            .orElseThrow(() -> new NotFound("item " + itemKey));
    return section(itemKey, item.labIds());
  }

  /** The discussion of an item; {@code labIds} are the item's labs, whose editors moderate it. */
  public Section section(String itemKey, Collection<Long> labIds) {
    Optional<Long> viewer = rights.currentAccountId();
    boolean moderator = viewer.isPresent() && moderation.mayModerate(labIds);
    List<Post> all = posts.findByItemKeyOrderByCreatedAtAscIdAsc(itemKey);
    Map<Long, String> names = discussions.names(all);
    Map<Long, List<Post>> replies = new LinkedHashMap<>();
    all.stream()
        .filter(p -> p.replyToId() != null)
        .forEach(p -> replies.computeIfAbsent(p.replyToId(), k -> new ArrayList<>()).add(p));
    Instant now = Instant.now();
    List<PostView> threads = new ArrayList<>();
    int count = 0;
    for (Post post : all) {
      if (post.replyToId() != null) {
        continue;
      }
      List<PostView> shownReplies = new ArrayList<>();
      for (Post reply : replies.getOrDefault(post.id(), List.of())) {
        if (visible(reply, moderator)) {
          shownReplies.add(view(reply, names, viewer, moderator, now, List.of()));
          count++;
        }
      }
      if (visible(post, moderator) || !shownReplies.isEmpty()) {
        threads.add(view(post, names, viewer, moderator, now, shownReplies));
        count += post.shown() ? 1 : 0;
      }
    }
    FollowState follow = follows.state(DiscussionItems.threadKey(itemKey), labIds);
    return new Section(itemKey, threads, count, viewer.isPresent(), moderator, follow);
  }

  private static boolean visible(Post post, boolean moderator) {
    return post.shown() || (moderator && post.hiddenAt() != null && post.deletedAt() == null);
  }

  private PostView view(
      Post post,
      Map<Long, String> names,
      Optional<Long> viewer,
      boolean moderator,
      Instant now,
      List<PostView> replies) {
    boolean mine = viewer.isPresent() && viewer.get().equals(post.authorId());
    boolean hidden = post.hiddenAt() != null;
    boolean showText = post.deletedAt() == null && (!hidden || moderator);
    boolean open = open(post);
    String language = open && translations.enabled() ? language(post) : null;
    String translateTo =
        translations.offer(language, LocaleContextHolder.getLocale()).map(Offer::to).orElse(null);
    return new PostView(
        post.id(),
        post.authorId() == null ? "" : names.getOrDefault(post.authorId(), ""),
        showText ? post.body() : "",
        post.createdAt(),
        post.editedAt() != null,
        post.deletedAt() != null,
        hidden,
        moderator ? post.hiddenReason() : null,
        mine,
        mine && post.editableAt(now, properties.editWindow()),
        post.version(),
        open,
        language,
        translateTo,
        replies);
  }

  /**
   * The post's language; null when Lingua cannot tell or the post is too short for it to tell well.
   * Detected outside the map's lock: the first detection loads Lingua's models.
   */
  private @Nullable String language(Post post) {
    String key = post.id() + ":" + post.version();
    String found = languages.get(key);
    if (found == null) {
      String text = Markdown.plain(post.body(), 2000);
      found = text.length() < MIN_DETECTED ? "" : LanguageDetection.of(text).orElse("");
      languages.put(key, found);
    }
    return found.isEmpty() ? null : found;
  }
}
