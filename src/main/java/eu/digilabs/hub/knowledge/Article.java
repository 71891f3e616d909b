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
  private Long id;

  @SearchTitle private String title;

  @SearchText private String summary;

  @SearchBody private String body;

  @KeywordField(name = KIND, aggregable = Aggregable.YES)
  private String kind;

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private String language;

  @Column(name = "lab_id")
  @GenericField(name = LAB, projectable = Projectable.YES)
  private Long labId;

  @Enumerated(EnumType.STRING)
  private Status status = Status.DRAFT;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  private int revision;

  /** The version readers see; a later one of a published article is waiting for review. */
  @Column(name = "published_revision")
  private Integer publishedRevision;

  /** Readers see the history from this version on; earlier drafts stay with the authors. */
  @Column(name = "first_published_revision")
  private Integer firstPublishedRevision;

  private boolean demo;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

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

  Article(ArticleCommand command, Long author) {
    this.createdBy = author;
    this.createdAt = Instant.now();
    if (author != null) {
      authorIds.add(author);
    }
    apply(command);
  }

  /** Takes the command's content; returns the new revision number the caller records. */
  int apply(ArticleCommand c) {
    this.title = c.title().strip();
    this.summary = blank(c.summary());
    this.body = blank(c.body());
    applyDetails(c);
    this.updatedAt = Instant.now();
    if (isPublic()) {
      publishedRevision = revision + 1;
    }
    return ++revision;
  }

  /**
   * A published article's new version waits for review: readers keep the published text; the
   * details (kind, tags, links) change now. Returns the new revision number.
   */
  int propose(ArticleCommand c) {
    applyDetails(c);
    return ++revision;
  }

  /** An old text proposed again for review; returns the new revision number. */
  int proposeRestore() {
    return ++revision;
  }

  private void applyDetails(ArticleCommand c) {
    this.kind = c.kind();
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
    if (isPublic()) {
      publishedRevision = revision + 1;
    }
    return ++revision;
  }

  void submit() {
    this.status = Status.IN_REVIEW;
    this.reviewComment = null;
  }

  void publish(LocalDate today) {
    this.status = Status.PUBLISHED;
    this.reviewComment = null;
    this.lastReviewed = today;
    this.publishedRevision = revision;
    if (firstPublishedRevision == null) {
      firstPublishedRevision = revision;
    }
    if (publishedAt == null) {
      publishedAt = Instant.now();
    }
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
  Integer pendingRevision() {
    return isPublic() && publishedRevision != null && revision > publishedRevision
        ? revision
        : null;
  }

  /** Whether readers may see this version: from the first published one to the published one. */
  boolean publiclyVisible(int number) {
    return isPublic()
        && firstPublishedRevision != null
        && number >= firstPublishedRevision
        && number <= publishedRevision;
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
  public String getSearchStatus() {
    return status == Status.ARCHIVED ? "archived" : null;
  }

  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "body"))
      })
  public String getSearchMeaning() {
    return joined(title, summary, body);
  }

  Long id() {
    return id;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  String body() {
    return body;
  }

  String kind() {
    return kind;
  }

  String language() {
    return language;
  }

  Long labId() {
    return labId;
  }

  Status status() {
    return status;
  }

  String reviewComment() {
    return reviewComment;
  }

  LocalDate lastReviewed() {
    return lastReviewed;
  }

  int revision() {
    return revision;
  }

  Integer publishedRevision() {
    return publishedRevision;
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

  Instant publishedAt() {
    return publishedAt;
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
