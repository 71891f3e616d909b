package eu.digilabs.hub.projects;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;

import eu.digilabs.hub.projects.ProjectEmbeddables.StoredFigure;
import eu.digilabs.hub.projects.ProjectEmbeddables.StoredLink;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A project or case: what a lab tried, for which services, with what, and what came of it. Starts
 * as a draft; publishing makes it visible to everyone.
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
  private Long id;

  @SearchTitle private String title;

  @SearchText private String summary;

  @SearchBody private String description;

  @Column(name = "lead_lab_id")
  @GenericField(name = LAB, projectable = Projectable.YES)
  private Long leadLabId;

  @KeywordField(name = COUNTRY, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String country;

  @Column(name = "government_level")
  @KeywordField(name = LEVEL, aggregable = Aggregable.YES)
  private String level;

  @KeywordField(name = PHASE, aggregable = Aggregable.YES)
  private String phase;

  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String status;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "go_live_date")
  private LocalDate goLiveDate;

  private String outcomes;

  @Column(name = "lessons_worked")
  private String lessonsWorked;

  @Column(name = "lessons_failed")
  private String lessonsFailed;

  @Column(name = "lessons_differently")
  private String lessonsDifferently;

  private boolean reusable;

  @Column(name = "reuse_url")
  private String reuseUrl;

  @Column(name = "reuse_licence")
  private String reuseLicence;

  @Column(name = "content_language")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private String contentLanguage;

  @Column(name = "source_name")
  private String sourceName;

  @Column(name = "source_url")
  private String sourceUrl;

  @Column(name = "source_key")
  private String sourceKey;

  @Column(name = "case_url")
  private String caseUrl;

  @Enumerated(EnumType.STRING)
  private Publication publication = Publication.DRAFT;

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

  @ElementCollection
  @CollectionTable(name = "project_source_value", joinColumns = @JoinColumn(name = "project_id"))
  @MapKeyColumn(name = "name")
  @Column(name = "val")
  private Map<String, String> sourceValues = new TreeMap<>();

  protected Project() {}

  /** Search: the item's key across types ({@code project:12}). */
  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "project:" + id;
  }

  /** Search: what kind of item this is. */
  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "project";
  }

  /** Search: only published projects are ever shown to anyone searching. */
  @GenericField(name = VISIBLE)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publication")))
  public boolean isSearchVisible() {
    return publication == Publication.PUBLISHED;
  }

  /** Search: the title analysed as French, for French content only. */
  @FullTextField(name = TITLE_FR, analyzer = FRENCH)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "contentLanguage"))
      })
  public String getSearchTitleFr() {
    return onlyIn("fr", languages(), title);
  }

  /** Search: the text analysed as French, for French content only. */
  @FullTextField(name = TEXT_FR, analyzer = FRENCH)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "contentLanguage"))
      })
  public String getSearchTextFr() {
    return onlyIn("fr", languages(), summary, description);
  }

  /** Search: the title analysed as Estonian, for Estonian content only. */
  @FullTextField(name = TITLE_ET, analyzer = ESTONIAN)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "contentLanguage"))
      })
  public String getSearchTitleEt() {
    return onlyIn("et", languages(), title);
  }

  /** Search: the text analysed as Estonian, for Estonian content only. */
  @FullTextField(name = TEXT_ET, analyzer = ESTONIAN)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "contentLanguage"))
      })
  public String getSearchTextEt() {
    return onlyIn("et", languages(), summary, description);
  }

  /** Search: what the project is about, as a meaning vector (see Embeddings). */
  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "description"))
      })
  public String getSearchMeaning() {
    return joined(title, summary, description);
  }

  private List<String> languages() {
    return contentLanguage == null ? List.of() : List.of(contentLanguage);
  }

  /** Search: the year the project started, for the year facet. */
  @GenericField(name = YEAR, aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startDate")))
  public Integer getSearchYear() {
    return startDate == null ? null : startDate.getYear();
  }

  Project(ProjectCommand command, Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    apply(command);
  }

  /** Applies the command; returns the names of the fields whose value changed. */
  List<String> apply(ProjectCommand c) {
    Map<String, String> before = snapshot();
    title = c.title().strip();
    summary = blank(c.summary());
    description = blank(c.description());
    leadLabId = c.leadLabId();
    country = blank(c.country());
    level = blank(c.level());
    phase = blank(c.phase());
    status = blank(c.status());
    startDate = c.startDate();
    goLiveDate = c.goLiveDate();
    outcomes = blank(c.outcomes());
    lessonsWorked = blank(c.lessonsWorked());
    lessonsFailed = blank(c.lessonsFailed());
    lessonsDifferently = blank(c.lessonsDifferently());
    reusable = c.reusable();
    reuseUrl = blank(c.reuseUrl());
    reuseLicence = blank(c.reuseLicence());
    contentLanguage = blank(c.contentLanguage());
    replace(policyAreas, c.policyAreas());
    replace(technologies, c.technologies());
    replace(stakeholders, c.stakeholders());
    replace(disciplines, c.disciplines());
    replace(serviceIds, c.serviceIds());
    replace(partnerLabIds, c.partnerLabIds());
    replace(partnerOrganisationIds, c.partnerOrganisationIds());
    links.clear();
    c.links().forEach(l -> links.add(new StoredLink(blank(l.label()), l.url().strip())));
    figures.clear();
    c.figures()
        .forEach(
            f -> figures.add(new StoredFigure(f.label().strip(), f.amount(), blank(f.unit()))));
    List<String> changed = changes(before, snapshot());
    if (!changed.isEmpty() || updatedAt == null) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  /** Where an imported case came from: dataset, its address, the case's id there and page. */
  List<String> source(
      String name, String url, String key, String caseUrl, Map<String, String> rawValues) {
    Map<String, String> before = snapshot();
    this.sourceName = name;
    this.sourceUrl = url;
    this.sourceKey = key;
    this.caseUrl = caseUrl;
    this.sourceValues.clear();
    this.sourceValues.putAll(rawValues);
    List<String> changed = changes(before, snapshot());
    if (!changed.isEmpty()) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  /** Publishes the project; it must say at least what it is about. */
  boolean publish() {
    if (publication == Publication.PUBLISHED) {
      return false;
    }
    publication = Publication.PUBLISHED;
    publishedAt = Instant.now();
    updatedAt = publishedAt;
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

  private Map<String, String> snapshot() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("title", title);
    s.put("summary", summary);
    s.put("description", description);
    s.put("leadLab", Objects.toString(leadLabId, null));
    s.put("country", country);
    s.put("level", level);
    s.put("phase", phase);
    s.put("status", status);
    s.put("startDate", Objects.toString(startDate, null));
    s.put("goLiveDate", Objects.toString(goLiveDate, null));
    s.put("outcomes", outcomes);
    s.put("lessonsWorked", lessonsWorked);
    s.put("lessonsFailed", lessonsFailed);
    s.put("lessonsDifferently", lessonsDifferently);
    s.put("reusable", Boolean.toString(reusable));
    s.put("reuseUrl", reuseUrl);
    s.put("reuseLicence", reuseLicence);
    s.put("contentLanguage", contentLanguage);
    s.put("policyAreas", policyAreas.toString());
    s.put("technologies", technologies.toString());
    s.put("stakeholders", stakeholders.toString());
    s.put("disciplines", disciplines.toString());
    s.put("services", serviceIds.toString());
    s.put("partnerLabs", partnerLabIds.toString());
    s.put("partnerOrganisations", partnerOrganisationIds.toString());
    s.put("links", links.stream().map(l -> l.label() + " " + l.url()).toList().toString());
    s.put(
        "figures",
        figures.stream()
            .map(
                f ->
                    f.label()
                        + " "
                        + f.amount().stripTrailingZeros().toPlainString()
                        + " "
                        + f.unit())
            .toList()
            .toString());
    s.put(
        "source",
        sourceName + " " + sourceUrl + " " + sourceKey + " " + caseUrl + " " + sourceValues);
    return s;
  }

  private static List<String> changes(Map<String, String> before, Map<String, String> after) {
    return after.keySet().stream()
        .filter(k -> !Objects.equals(before.get(k), after.get(k)))
        .toList();
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

  String description() {
    return description;
  }

  Long leadLabId() {
    return leadLabId;
  }

  String country() {
    return country;
  }

  String level() {
    return level;
  }

  String phase() {
    return phase;
  }

  String status() {
    return status;
  }

  LocalDate startDate() {
    return startDate;
  }

  LocalDate goLiveDate() {
    return goLiveDate;
  }

  String outcomes() {
    return outcomes;
  }

  String lessonsWorked() {
    return lessonsWorked;
  }

  String lessonsFailed() {
    return lessonsFailed;
  }

  String lessonsDifferently() {
    return lessonsDifferently;
  }

  boolean reusable() {
    return reusable;
  }

  String reuseUrl() {
    return reuseUrl;
  }

  String reuseLicence() {
    return reuseLicence;
  }

  String contentLanguage() {
    return contentLanguage;
  }

  String sourceName() {
    return sourceName;
  }

  String sourceUrl() {
    return sourceUrl;
  }

  String sourceKey() {
    return sourceKey;
  }

  String caseUrl() {
    return caseUrl;
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

  Map<String, String> sourceValues() {
    return sourceValues;
  }
}
