package eu.digilabs.hub.projects;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;

import eu.digilabs.hub.projects.ProjectEmbeddables.StoredFigure;
import eu.digilabs.hub.projects.ProjectEmbeddables.StoredLink;
import eu.digilabs.hub.search.SearchBody;
import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchView;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A project or case: what a lab tried, for which services, with what, and what came of it ({@link
 * ProjectOutcome}); an imported case also says where it came from ({@link ImportedSource}). Starts
 * as a draft; publishing makes it visible to everyone. {@link ProjectSnapshot} tells which fields
 * an edit changed.
 */
@Entity
@Indexed
class Project {

  /** Drafts are seen by the lead lab's editors and admins only. */
  enum Publication {
    DRAFT,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String title;

  @SearchText private @Nullable String summary;

  @SearchBody private @Nullable String description;

  @Column(name = "lead_lab_id")
  @GenericField(name = LAB, projectable = Projectable.YES)
  private @Nullable Long leadLabId;

  @KeywordField(name = COUNTRY, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private @Nullable String country;

  @Column(name = "government_level")
  @KeywordField(name = LEVEL, aggregable = Aggregable.YES)
  private @Nullable String level;

  @KeywordField(name = PHASE, aggregable = Aggregable.YES)
  private @Nullable String phase;

  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private @Nullable String status;

  @Column(name = "start_date")
  private @Nullable LocalDate startDate;

  @Embedded private ProjectOutcome outcome = new ProjectOutcome();

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private @Nullable String contentLanguage;

  /** Null unless the project was imported from a case collection. */
  @Embedded private @Nullable ImportedSource source;

  @Enumerated(EnumType.STRING)
  private Publication publication = Publication.DRAFT;

  private boolean demo;

  @Column(name = "created_by")
  private @Nullable Long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private @Nullable Instant updatedAt;

  @Column(name = "published_at")
  private @Nullable Instant publishedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "project_policy_area", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "code")
  @KeywordField(name = POLICY_AREA, aggregable = Aggregable.YES)
  private Set<String> policyAreas = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_technology", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "code")
  @KeywordField(name = TECHNOLOGY, aggregable = Aggregable.YES)
  private Set<String> technologies = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_stakeholder", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "code")
  private Set<String> stakeholders = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_discipline", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "code")
  private Set<String> disciplines = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_service", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "service_id")
  @GenericField(name = SERVICE)
  private Set<Long> serviceIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_partner_lab", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "lab_id")
  private Set<Long> partnerLabIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "project_partner_organisation",
      joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "organisation_id")
  private Set<Long> partnerOrganisationIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "project_link", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<StoredLink> links = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "project_figure", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<StoredFigure> figures = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected Project() {}

  /** Search: the fields computed from the project, at the top of its document. */
  @SearchView
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "contentLanguage")),
        @ObjectPath(@PropertyValue(propertyName = "startDate")),
        @ObjectPath(@PropertyValue(propertyName = "publication"))
      })
  public ProjectSearchView getSearchView() {
    return new ProjectSearchView(this);
  }

  Project(ProjectCommand command, @Nullable Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.title = command.title().strip();
    apply(command);
  }

  /** Applies the command; returns the names of the fields whose value changed. */
  List<String> apply(ProjectCommand c) {
    ProjectSnapshot before = ProjectSnapshot.of(this);
    title = c.title().strip();
    summary = blank(c.summary());
    description = blank(c.description());
    leadLabId = c.leadLabId();
    country = blank(c.country());
    level = blank(c.level());
    phase = blank(c.phase());
    status = blank(c.status());
    startDate = c.startDate();
    outcome = new ProjectOutcome(c);
    contentLanguage = blank(c.contentLanguage());
    replace(policyAreas, c.policyAreas());
    replace(technologies, c.technologies());
    replace(stakeholders, c.stakeholders());
    replace(disciplines, c.disciplines());
    replace(serviceIds, c.serviceIds());
    replace(partnerLabIds, c.partnerLabIds());
    replace(partnerOrganisationIds, c.partnerOrganisationIds());
    links.clear();
    c.links().forEach(l -> links.add(StoredLink.of(l)));
    figures.clear();
    c.figures().forEach(f -> figures.add(StoredFigure.of(f)));
    List<String> changed = ProjectSnapshot.of(this).changedSince(before);
    if (!changed.isEmpty() || updatedAt == null) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  /** Where an imported case came from; returns {@code source} if any of it changed. */
  List<String> source(ImportedSource now) {
    if (source != null && source.sameAs(now)) {
      return List.of();
    }
    if (source == null) {
      source = now;
    } else {
      source.takeFrom(now);
    }
    updatedAt = Instant.now();
    return List.of("source");
  }

  /** Publishes the project; it must say at least what it is about. */
  boolean publish() {
    if (publication == Publication.PUBLISHED) {
      return false;
    }
    publication = Publication.PUBLISHED;
    Instant now = Instant.now();
    publishedAt = now;
    updatedAt = now;
    return true;
  }

  boolean unpublish() {
    if (publication == Publication.DRAFT) {
      return false;
    }
    publication = Publication.DRAFT;
    updatedAt = Instant.now();
    return true;
  }

  void markDemo() {
    this.demo = true;
  }

  /** A partner lab accepted the link. */
  void addPartner(long labId) {
    partnerLabIds.add(labId);
  }

  /** A partner lab named without its editors' consent waits for it. */
  void removePartner(long labId) {
    partnerLabIds.remove(labId);
  }

  boolean published() {
    return publication == Publication.PUBLISHED;
  }

  /** Labs whose activity this project counts for. */
  Set<Long> labIds() {
    Set<Long> ids = new LinkedHashSet<>(partnerLabIds);
    if (leadLabId != null) {
      ids.add(leadLabId);
    }
    return ids;
  }

  /** The id; a project has one once it is saved. */
  long id() {
    return Objects.requireNonNull(id, "The project is not saved yet.");
  }

  String title() {
    return title;
  }

  @Nullable String summary() {
    return summary;
  }

  @Nullable String description() {
    return description;
  }

  @Nullable Long leadLabId() {
    return leadLabId;
  }

  @Nullable String country() {
    return country;
  }

  @Nullable String level() {
    return level;
  }

  @Nullable String phase() {
    return phase;
  }

  @Nullable String status() {
    return status;
  }

  @Nullable LocalDate startDate() {
    return startDate;
  }

  ProjectOutcome outcome() {
    return outcome;
  }

  @Nullable String contentLanguage() {
    return contentLanguage;
  }

  /** Where the project was imported from; null for a project a lab entered. */
  @Nullable ImportedSource source() {
    return source;
  }

  boolean demo() {
    return demo;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Set when the project is first saved. */
  Instant updatedAt() {
    return Objects.requireNonNull(updatedAt, "The project has not been saved yet.");
  }

  @Nullable Instant publishedAt() {
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

  Set<String> stakeholders() {
    return stakeholders;
  }

  Set<String> disciplines() {
    return disciplines;
  }

  Set<Long> serviceIds() {
    return serviceIds;
  }

  Set<Long> partnerLabIds() {
    return partnerLabIds;
  }

  Set<Long> partnerOrganisationIds() {
    return partnerOrganisationIds;
  }

  List<StoredLink> links() {
    return links;
  }

  List<StoredFigure> figures() {
    return figures;
  }
}
