package eu.digilabs.hub.discussions;

import static eu.digilabs.hub.search.SearchFields.KEY;
import static eu.digilabs.hub.search.SearchFields.TYPE;
import static eu.digilabs.hub.search.SearchFields.UPDATED;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;

import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import eu.digilabs.hub.shared.text.Markdown;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A post in the discussion of one item. Searchable (type {@code discussion}) while it is neither
 * hidden nor deleted, its item is public and still published.
 */
@Entity
@Table(name = "post")
@Indexed
class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "item_key")
  private String itemKey = "";

  @Column(name = "item_title")
  @SearchTitle
  private String itemTitle = "";

  @Column(name = "item_path")
  private String itemPath = "";

  @Column(name = "members_only")
  private boolean membersOnly;

  @Column(name = "host_hidden")
  private boolean hostHidden;

  @Column(name = "author_id")
  private @Nullable Long authorId;

  @Column(name = "reply_to_id")
  private @Nullable Long replyToId;

  private String body = "";

  @Column(name = "created_at")
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "edited_at")
  private @Nullable Instant editedAt;

  @Column(name = "deleted_at")
  private @Nullable Instant deletedAt;

  @Column(name = "hidden_at")
  private @Nullable Instant hiddenAt;

  @Column(name = "hidden_by")
  private @Nullable Long hiddenBy;

  @Column(name = "hidden_reason")
  private @Nullable String hiddenReason;

  @Version private long version;

  protected Post() {}

  Post(
      String itemKey,
      String itemTitle,
      String itemPath,
      boolean membersOnly,
      long authorId,
      @Nullable Long replyToId,
      String body) {
    this.itemKey = itemKey;
    this.itemTitle = itemTitle.length() > 300 ? itemTitle.substring(0, 300) : itemTitle;
    this.itemPath = itemPath;
    this.membersOnly = membersOnly;
    this.authorId = authorId;
    this.replyToId = replyToId;
    this.body = body;
    this.createdAt = Instant.now();
  }

  /** Whether its author may still change it: within the window after writing, never once gone. */
  boolean editableAt(Instant now, Duration window) {
    return deletedAt == null && hiddenAt == null && now.isBefore(createdAt.plus(window));
  }

  void edit(String body) {
    this.body = body;
    this.editedAt = Instant.now();
  }

  /** Deleted by its author: the text goes, the place in the thread (and its replies) stays. */
  void delete() {
    this.deletedAt = Instant.now();
    this.body = "";
  }

  void hide(long moderator, String reason) {
    this.hiddenAt = Instant.now();
    this.hiddenBy = moderator;
    this.hiddenReason = reason;
  }

  void restore() {
    this.hiddenAt = null;
    this.hiddenBy = null;
    this.hiddenReason = null;
  }

  void hostHidden(boolean hidden) {
    this.hostHidden = hidden;
  }

  /** The author's account went: the post stays and names a former member. */
  void unlinkAuthor() {
    this.authorId = null;
  }

  @GenericField(name = VISIBLE)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "deletedAt")),
        @ObjectPath(@PropertyValue(propertyName = "hiddenAt")),
        @ObjectPath(@PropertyValue(propertyName = "membersOnly")),
        @ObjectPath(@PropertyValue(propertyName = "hostHidden"))
      })
  public boolean isSearchVisible() {
    return shown() && !membersOnly && !hostHidden;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "discussion";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "discussion:" + id;
  }

  @SearchText
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
  public String getSearchText() {
    return Markdown.plain(body, 2000);
  }

  /** What the post means, found by the vector queries of every indexed type. */
  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "itemTitle")),
        @ObjectPath(@PropertyValue(propertyName = "body"))
      })
  public String getSearchMeaning() {
    return itemTitle + "\n" + Markdown.plain(body, 1000);
  }

  @GenericField(name = UPDATED, sortable = Sortable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "createdAt")),
        @ObjectPath(@PropertyValue(propertyName = "editedAt"))
      })
  public Instant getSearchUpdated() {
    return editedAt == null ? createdAt : editedAt;
  }

  /** Neither hidden by a moderator nor deleted by its author. */
  boolean shown() {
    return deletedAt == null && hiddenAt == null;
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  String itemKey() {
    return itemKey;
  }

  String itemTitle() {
    return itemTitle;
  }

  String itemPath() {
    return itemPath;
  }

  boolean membersOnly() {
    return membersOnly;
  }

  boolean hostHidden() {
    return hostHidden;
  }

  @Nullable Long authorId() {
    return authorId;
  }

  @Nullable Long replyToId() {
    return replyToId;
  }

  String body() {
    return body;
  }

  Instant createdAt() {
    return createdAt;
  }

  @Nullable Instant editedAt() {
    return editedAt;
  }

  @Nullable Instant deletedAt() {
    return deletedAt;
  }

  @Nullable Instant hiddenAt() {
    return hiddenAt;
  }

  @Nullable String hiddenReason() {
    return hiddenReason;
  }

  long version() {
    return version;
  }
}
