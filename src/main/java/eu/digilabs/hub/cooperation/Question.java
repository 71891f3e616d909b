package eu.digilabs.hub.cooperation;

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

/** A question a member asked all labs; searchable (type {@code question}) so askers find it. */
@Entity
@Table(name = "question")
@Indexed
class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "author_id")
  private @Nullable Long authorId;

  @SearchTitle private String title = "";

  private @Nullable String body;

  @Column(name = "accepted_post_id")
  private @Nullable Long acceptedPostId;

  private int answers;

  @Column(name = "created_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "resuggested_at")
  private @Nullable Instant resuggestedAt;

  private boolean hidden;

  @Version private long version;

  protected Question() {}

  Question(long authorId, String title, @Nullable String body) {
    this.authorId = authorId;
    this.title = title;
    this.body = body;
    this.createdAt = Instant.now();
  }

  void accept(long postId) {
    this.acceptedPostId = postId;
  }

  void unlinkAuthor() {
    this.authorId = null;
  }

  @SearchText
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
  public String getSearchText() {
    return Markdown.plain(body, 5000);
  }

  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "body"))
      })
  public String getSearchMeaning() {
    return title + "\n" + Markdown.plain(body, 1000);
  }

  @GenericField(name = VISIBLE)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "hidden")))
  public boolean isSearchVisible() {
    return !hidden;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "question";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "question:" + id;
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  @Nullable Long authorId() {
    return authorId;
  }

  String title() {
    return title;
  }

  @Nullable String body() {
    return body;
  }

  @Nullable Long acceptedPostId() {
    return acceptedPostId;
  }

  int answers() {
    return answers;
  }

  Instant createdAt() {
    return createdAt;
  }

  @Nullable Instant resuggestedAt() {
    return resuggestedAt;
  }
}
