package eu.digilabs.hub.knowledge;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;

import eu.digilabs.hub.search.SearchBody;
import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * An article or guide: Markdown written by its authors, reviewed by the editors of its lab (or an
 * admin) before readers see it. Every save is kept as a numbered {@link ArticleRevision}.
 */
@Entity
@Indexed
class Article {

  /** Drafts and articles in review are seen by their authors and reviewers only. */
  enum Status {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String title;

  @SearchText private @Nullable String summary;

  @SearchBody private @Nullable String body;

  @KeywordField(name = KIND, aggregable = Aggregable.YES)
  private String kind;

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private @Nullable String language;

  @Column(name = "lab_id")
  @GenericField(name = LAB, projectable = Projectable.YES)
  private @Nullable Long labId;

  @Enumerated(EnumType.STRING)
  private Status status = Status.DRAFT;

  @Column(name = "review_comment")
  private @Nullable String reviewComment;

  @Embedded private ArticleVersions versions = new ArticleVersions();

  private boolean demo;

  @Column(name = "created_by")
  private @Nullable Long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "article_policy_area", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "code")
  @KeywordField(name = POLICY_AREA, aggregable = Aggregable.YES)
  private Set<String> policyAreas = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_technology", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "code")
  @KeywordField(name = TECHNOLOGY, aggregable = Aggregable.YES)
  private Set<String> technologies = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_phase", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "code")
  @KeywordField(name = PHASE, aggregable = Aggregable.YES)
  private Set<String> phases = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_project", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "project_id")
  private Set<Long> projectIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_lab", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "lab_id")
  private Set<Long> labIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_service", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "service_id")
  @GenericField(name = SERVICE)
  private Set<Long> serviceIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "account_id")
  private Set<Long> authorIds = new LinkedHashSet<>();

  protected Article() {}

  /** A new draft: version one, by its author (none for demo content). */
  Article(ArticleCommand command, @Nullable Long author) {
    this.createdBy = author;
    this.createdAt = Instant.now();
    if (author != null) {
      authorIds.add(author);
    }
    take(command);
    versions.next(false);
  }

  /** Takes the command's content; returns the new revision number the caller records. */
  int apply(ArticleCommand c) {
    take(c);
    return versions.next(isPublic());
  }

  private void take(ArticleCommand c) {
    this.title = c.title().strip();
    this.summary = blank(c.summary());
    this.body = blank(c.body());
    this.kind = c.kind();
    applyDetails(c);
    this.updatedAt = Instant.now();
  }

  /**
   * A published article's new version waits for review: readers keep the published text; the
   * details (kind, tags, links) change now. Returns the new revision number.
   */
  int propose(ArticleCommand c) {
    this.kind = c.kind();
    applyDetails(c);
    return versions.next(false);
  }

  /** An old text proposed again for review; returns the new revision number. */
  int proposeRestore() {
    return versions.next(false);
  }

  private void applyDetails(ArticleCommand c) {
    this.language = blank(c.language());
    this.labId = c.labId();
    replace(policyAreas, c.policyAreas());
    replace(technologies, c.technologies());
    replace(phases, c.phases());
    replace(projectIds, c.projectIds());
    replace(labIds, c.labIds());
    replace(serviceIds, c.serviceIds());
  }

  /** Takes an old revision's text back; returns the new revision number. */
  int restore(ArticleRevision old) {
    this.title = old.title();
    this.summary = old.summary();
    this.body = old.body();
    this.updatedAt = Instant.now();
    return versions.next(isPublic());
  }

  void submit() {
    this.status = Status.IN_REVIEW;
    this.reviewComment = null;
  }

  void publish(LocalDate today) {
    this.status = Status.PUBLISHED;
    this.reviewComment = null;
    versions.publish(today);
  }

  /** Publishes the version waiting for review: its text replaces the published one. */
  void publishPending(ArticleRevision pending, LocalDate today) {
    this.title = pending.title();
    this.summary = pending.summary();
    this.body = pending.body();
    this.updatedAt = Instant.now();
    publish(today);
  }

  /** Readers see published and archived articles. */
  boolean isPublic() {
    return status == Status.PUBLISHED || status == Status.ARCHIVED;
  }

  /** The number of a version waiting for review while readers see the published one, or null. */
  @Nullable Integer pendingRevision() {
    return isPublic() ? versions.pending() : null;
  }

  /** Whether readers may see this version: from the first published one to the published one. */
  boolean publiclyVisible(int number) {
    return isPublic() && versions.readable(number);
  }

  void returnToAuthors(String comment) {
    this.status = Status.DRAFT;
    this.reviewComment = comment;
  }

  void archive() {
    this.status = Status.ARCHIVED;
  }

  void addAuthor(long account) {
    authorIds.add(account);
  }

  void markDemo() {
    this.demo = true;
  }

  /** Search: readers find published articles and archived ones (marked). */
  @GenericField(name = VISIBLE)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
  public boolean isSearchVisible() {
    return status == Status.PUBLISHED || status == Status.ARCHIVED;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "article";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "article:" + id;
  }

  /** Search: archived articles say so in results. */
  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
  public @Nullable String getSearchStatus() {
    return status == Status.ARCHIVED ? "archived" : null;
  }

  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "body"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(title, summary, body);
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  String title() {
    return title;
  }

  @Nullable String summary() {
    return summary;
  }

  @Nullable String body() {
    return body;
  }

  String kind() {
    return kind;
  }

  @Nullable String language() {
    return language;
  }

  @Nullable Long labId() {
    return labId;
  }

  Status status() {
    return status;
  }

  @Nullable String reviewComment() {
    return reviewComment;
  }

  ArticleVersions versions() {
    return versions;
  }

  boolean demo() {
    return demo;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  Set<String> policyAreas() {
    return policyAreas;
  }

  Set<String> technologies() {
    return technologies;
  }

  Set<String> phases() {
    return phases;
  }

  Set<Long> projectIds() {
    return projectIds;
  }

  Set<Long> labIds() {
    return labIds;
  }

  Set<Long> serviceIds() {
    return serviceIds;
  }

  Set<Long> authorIds() {
    return authorIds;
  }
}
