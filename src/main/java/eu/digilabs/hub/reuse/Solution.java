package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.search.SearchFields.COUNTRY;
import static eu.digilabs.hub.search.SearchFields.KIND;
import static eu.digilabs.hub.search.SearchFields.LAB;
import static eu.digilabs.hub.search.SearchFields.LANGUAGE;
import static eu.digilabs.hub.search.SearchFields.POLICY_AREA;
import static eu.digilabs.hub.search.SearchFields.SERVICE;
import static eu.digilabs.hub.search.SearchFields.STATUS;
import static eu.digilabs.hub.search.SearchFields.TECHNOLOGY;
import static eu.digilabs.hub.search.SearchFields.UPDATED;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;

import eu.digilabs.hub.search.SearchBody;
import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * A solution offered for reuse: what it is, who provides it, which public services it covers, how
 * it is licensed and run, how ready it is for other states, and the projects that built or use it.
 * Starts as a draft; publishing makes it visible to everyone. Edits name the fields they changed.
 */
@Entity
@Indexed
class Solution {

  /** Drafts are seen by the provider lab's editors and admins only. */
  enum Publication {
    DRAFT,
    PUBLISHED
  }

  /** A description in a further language, as a publiccode.yml import carries it. */
  @Embeddable
  record Description(
      @Column(name = "localised_name") @Nullable String name,
      @Column(name = "short_description") @Nullable String shortDescription,
      @Column(name = "long_description") @Nullable String longDescription) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String name;
  @SearchText private @Nullable String shortDescription;
  @SearchBody private @Nullable String description;

  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private @Nullable String contentLanguage;

  @GenericField(name = LAB, projectable = Projectable.YES)
  private @Nullable Long providerLabId;

  private @Nullable Long providerOrganisationId;

  @KeywordField(name = COUNTRY, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private @Nullable String country;

  private @Nullable String region;
  private @Nullable String contactName;
  private @Nullable String contactEmail;
  private @Nullable String contactUrl;

  @KeywordField(name = KIND, aggregable = Aggregable.YES)
  private String kind;

  private @Nullable String operatingModel;
  private @Nullable String licence;
  private @Nullable String licenceFamily;
  private boolean openSource;
  private @Nullable String repositoryUrl;
  private @Nullable String documentationUrl;
  private @Nullable String softwareVersion;
  private @Nullable LocalDate releaseDate;
  private @Nullable Integer maturity;
  private @Nullable String hostingLocation;

  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String status;

  /** Where an imported solution came from (its publiccode.yml); null for one entered here. */
  private @Nullable String sourceUrl;

  private @Nullable String sourceKey;

  @Enumerated(EnumType.STRING)
  private Publication publication = Publication.DRAFT;

  private boolean demo;
  private @Nullable Long createdBy;
  private Instant createdAt;

  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private @Nullable Instant updatedAt;

  private @Nullable Instant publishedAt;
  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "solution_service", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "service_id")
  @GenericField(name = SERVICE)
  private Set<Long> serviceIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "solution_policy_area", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "code")
  @KeywordField(name = POLICY_AREA, aggregable = Aggregable.YES)
  private Set<String> policyAreas = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "solution_technology", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "code")
  @KeywordField(name = TECHNOLOGY, aggregable = Aggregable.YES)
  private Set<String> technologies = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "solution_standard", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "code")
  private Set<String> standards = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "solution_readiness", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "item")
  private Set<String> readiness = new LinkedHashSet<>();

  /** Project id to its role, {@code built} or {@code uses}. */
  @ElementCollection
  @CollectionTable(name = "solution_project", joinColumns = @JoinColumn(name = "solution_id"))
  @MapKeyColumn(name = "project_id")
  @Column(name = "role")
  private Map<Long, String> projects = new LinkedHashMap<>();

  @ElementCollection
  @CollectionTable(name = "solution_description", joinColumns = @JoinColumn(name = "solution_id"))
  @MapKeyColumn(name = "language")
  private Map<String, Description> descriptions = new LinkedHashMap<>();

  @ElementCollection
  @CollectionTable(
      name = "solution_publiccode_value",
      joinColumns = @JoinColumn(name = "solution_id"))
  @MapKeyColumn(name = "name")
  @Column(name = "val")
  private Map<String, String> publiccodeValues = new LinkedHashMap<>();

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected Solution() {}

  /** Search: the fields computed from the solution, at the top of its document. */
  @SearchView
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "name")),
        @ObjectPath(@PropertyValue(propertyName = "shortDescription")),
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "operatingModel")),
        @ObjectPath(@PropertyValue(propertyName = "licenceFamily")),
        @ObjectPath(@PropertyValue(propertyName = "maturity")),
        @ObjectPath(@PropertyValue(propertyName = "region")),
        @ObjectPath(@PropertyValue(propertyName = "publication"))
      })
  public SolutionSearchView getSearchView() {
    return new SolutionSearchView(this);
  }

  Solution(SolutionCommand command, Licence licence, @Nullable Long createdBy) {
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.name = command.name().strip();
    this.kind = command.kind();
    this.status = command.status();
    apply(command, licence);
  }

  /** Applies the command; returns the names of the fields whose value changed. */
  List<String> apply(SolutionCommand c, Licence licence) {
    SolutionCommand before = command();
    name = c.name().strip();
    shortDescription = blank(c.shortDescription());
    description = blank(c.description());
    contentLanguage = blank(c.contentLanguage());
    providerLabId = c.providerLabId();
    providerOrganisationId = c.providerOrganisationId();
    country = blank(c.country());
    region = blank(c.region());
    contactName = blank(c.contactName());
    contactEmail = blank(c.contactEmail());
    contactUrl = blank(c.contactUrl());
    kind = c.kind();
    operatingModel = blank(c.operatingModel());
    this.licence = blank(c.licence());
    licenceFamily = licence.family().code();
    openSource = licence.openSource();
    repositoryUrl = blank(c.repositoryUrl());
    documentationUrl = blank(c.documentationUrl());
    softwareVersion = blank(c.softwareVersion());
    releaseDate = c.releaseDate();
    maturity = c.maturity();
    hostingLocation = blank(c.hostingLocation());
    status = c.status();
    replace(serviceIds, c.serviceIds());
    replace(policyAreas, c.policyAreas());
    replace(technologies, c.technologies());
    replace(standards, c.standards());
    replace(readiness, c.readiness());
    Map<Long, String> named = new LinkedHashMap<>();
    c.builtByProjectIds().forEach(p -> named.put(p, "built"));
    c.usedByProjectIds().forEach(p -> named.putIfAbsent(p, "uses"));
    if (!named.equals(projects)) {
      projects.clear();
      projects.putAll(named);
    }
    List<String> changed = command().changedSince(before);
    if (!changed.isEmpty() || updatedAt == null) {
      updatedAt = Instant.now();
    }
    return changed;
  }

  /** The editable values as a command, at the current version. */
  SolutionCommand command() {
    return new SolutionCommand(
        name,
        shortDescription,
        description,
        contentLanguage,
        providerLabId,
        providerOrganisationId,
        country,
        region,
        contactName,
        contactEmail,
        contactUrl,
        List.copyOf(serviceIds),
        List.copyOf(policyAreas),
        List.copyOf(technologies),
        List.copyOf(standards),
        kind,
        operatingModel,
        licence,
        repositoryUrl,
        documentationUrl,
        softwareVersion,
        releaseDate,
        maturity,
        List.copyOf(readiness),
        hostingLocation,
        status,
        projectsIn("built"),
        projectsIn("uses"),
        version);
  }

  /** What a publiccode.yml import brings beyond the command. */
  void imported(
      String sourceKey,
      @Nullable String sourceUrl,
      Map<String, Description> descriptions,
      Map<String, String> publiccodeValues) {
    this.sourceKey = sourceKey;
    this.sourceUrl = sourceUrl;
    this.descriptions.clear();
    this.descriptions.putAll(descriptions);
    this.publiccodeValues.clear();
    this.publiccodeValues.putAll(publiccodeValues);
  }

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
    demo = true;
  }

  /** A project of another lab whose editors accepted the link. */
  void linkProject(long projectId, String role) {
    projects.put(projectId, role);
  }

  /** A project named without its lab's consent waits for it. */
  void unlinkProject(long projectId) {
    projects.remove(projectId);
  }

  private List<Long> projectsIn(String role) {
    return projects.entrySet().stream()
        .filter(e -> e.getValue().equals(role))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  long id() {
    return Objects.requireNonNull(id, "The solution is not saved yet.");
  }

  boolean published() {
    return publication == Publication.PUBLISHED;
  }

  boolean retired() {
    return SolutionStatus.RETIRED.code().equals(status);
  }

  String name() {
    return name;
  }

  @Nullable Long providerLabId() {
    return providerLabId;
  }

  @Nullable String softwareVersion() {
    return softwareVersion;
  }

  @Nullable String licenceFamily() {
    return licenceFamily;
  }

  boolean openSource() {
    return openSource;
  }

  @Nullable String sourceUrl() {
    return sourceUrl;
  }

  @Nullable String sourceKey() {
    return sourceKey;
  }

  boolean demo() {
    return demo;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return Objects.requireNonNull(updatedAt, "The solution has not been saved yet.");
  }

  @Nullable Instant publishedAt() {
    return publishedAt;
  }

  long version() {
    return version;
  }

  Map<Long, String> projects() {
    return projects;
  }

  Map<String, Description> descriptions() {
    return descriptions;
  }

  Map<String, String> publiccodeValues() {
    return publiccodeValues;
  }
}
