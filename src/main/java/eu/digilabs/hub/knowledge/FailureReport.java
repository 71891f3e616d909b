package eu.digilabs.hub.knowledge;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.search.SearchBody;
import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
 * What a lab tried, what went wrong, why, and what others can learn. An anonymous report never
 * shows its author, lab or project outside moderation; the index does not hold them either.
 */
@Entity
@Table(name = "failure_report")
@Indexed
class FailureReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String title;

  private String tried;

  @Column(name = "went_wrong")
  @SearchText
  private String wentWrong;

  private @Nullable String differently;
  private @Nullable String lessons;

  @KeywordField(name = PHASE, aggregable = Aggregable.YES)
  private @Nullable String phase;

  @Column(name = "project_id")
  private @Nullable Long projectId;

  @Column(name = "lab_id")
  private @Nullable Long labId;

  @Column(name = "service_id")
  private @Nullable Long serviceId;

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private @Nullable String language;

  private boolean anonymous;

  @Column(name = "author_id")
  private @Nullable Long authorId;

  private boolean published;

  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "failure_report_cause", joinColumns = @JoinColumn(name = "report_id"))
  @Column(name = "code")
  @KeywordField(name = CAUSE, aggregable = Aggregable.YES)
  private Set<String> causes = new LinkedHashSet<>();

  protected FailureReport() {}

  FailureReport(FailureReportCommand command, @Nullable Long authorId) {
    this.authorId = authorId;
    this.createdAt = Instant.now();
    take(command);
  }

  void apply(FailureReportCommand c) {
    take(c);
  }

  private void take(FailureReportCommand c) {
    this.title = c.title().strip();
    this.tried = c.tried().strip();
    this.wentWrong = c.wentWrong().strip();
    this.differently = blank(c.differently());
    this.lessons = blank(c.lessons());
    this.phase = blank(c.phase());
    this.projectId = c.projectId();
    this.labId = c.labId();
    this.serviceId = c.serviceId();
    this.language = blank(c.language());
    this.anonymous = Boolean.TRUE.equals(c.anonymous());
    causes.clear();
    if (c.causes() != null) {
      c.causes().stream().filter(v -> v != null && !v.isBlank()).forEach(causes::add);
    }
    this.updatedAt = Instant.now();
  }

  void publish(boolean published) {
    this.published = published;
    this.updatedAt = Instant.now();
  }

  void markDemo() {
    this.demo = true;
  }

  @GenericField(name = VISIBLE)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public boolean isSearchVisible() {
    return published;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "failure-report";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "failure-report:" + id;
  }

  /** Search: the lab, unless the report is anonymous (then the index does not know it). */
  @GenericField(name = LAB, projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "labId")),
        @ObjectPath(@PropertyValue(propertyName = "anonymous"))
      })
  public @Nullable Long getSearchLab() {
    return anonymous ? null : labId;
  }

  /** Search: what was tried and what to do differently, as body text. */
  @SearchBody
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "tried")),
        @ObjectPath(@PropertyValue(propertyName = "differently")),
        @ObjectPath(@PropertyValue(propertyName = "lessons"))
      })
  public @Nullable String getSearchBody() {
    return joined(tried, differently, lessons);
  }

  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "wentWrong")),
        @ObjectPath(@PropertyValue(propertyName = "lessons"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(title, wentWrong, lessons);
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  String title() {
    return title;
  }

  String tried() {
    return tried;
  }

  String wentWrong() {
    return wentWrong;
  }

  @Nullable String differently() {
    return differently;
  }

  @Nullable String lessons() {
    return lessons;
  }

  @Nullable String phase() {
    return phase;
  }

  /** Names the project (accepted by its lab), or keeps the one named before a request. */
  void linkProject(@Nullable Long projectId) {
    this.projectId = projectId;
  }

  @Nullable Long projectId() {
    return projectId;
  }

  @Nullable Long labId() {
    return labId;
  }

  @Nullable Long serviceId() {
    return serviceId;
  }

  @Nullable String language() {
    return language;
  }

  boolean anonymous() {
    return anonymous;
  }

  @Nullable Long authorId() {
    return authorId;
  }

  boolean published() {
    return published;
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

  Set<String> causes() {
    return causes;
  }
}
