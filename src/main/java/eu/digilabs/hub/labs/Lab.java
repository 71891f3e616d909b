package eu.digilabs.hub.labs;

import static eu.digilabs.hub.search.SearchFields.*;
import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.replace;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;

/** A digitalisation lab: who it is, where, what it works on and how. */
/** Indexed for search under the shared fields of {@code SearchFields}. */
@Entity
@Indexed
class Lab {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @SearchTitle private String name;

  @Column(name = "short_name")
  private @Nullable String shortName;

  @SearchText private @Nullable String description;

  @KeywordField(name = COUNTRY, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String country;

  private @Nullable String region;

  @Column(name = "government_level")
  @KeywordField(name = LEVEL, aggregable = Aggregable.YES)
  private @Nullable String level;

  @Column(name = "host_organisation_id")
  private @Nullable Long hostOrganisationId;

  @Column(name = "founded_year")
  @GenericField(name = YEAR, aggregable = Aggregable.YES)
  private @Nullable Integer foundedYear;

  private @Nullable String website;

  @Column(name = "contact_email")
  private @Nullable String contactEmail;

  @KeywordField(name = STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String status;

  @Column(name = "logo_file")
  private @Nullable String logoFile;

  @Column(name = "logo_type")
  private @Nullable String logoType;

  @Column(name = "last_activity")
  private @Nullable Instant lastActivity;

  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  @GenericField(name = UPDATED, sortable = Sortable.YES)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "lab_policy_area", joinColumns = @JoinColumn(name = "lab_id"))
  @Column(name = "code")
  @KeywordField(name = POLICY_AREA, aggregable = Aggregable.YES)
  private Set<String> policyAreas = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "lab_method", joinColumns = @JoinColumn(name = "lab_id"))
  @Column(name = "code")
  private Set<String> methods = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "lab_language", joinColumns = @JoinColumn(name = "lab_id"))
  @Column(name = "code")
  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  private Set<String> languages = new LinkedHashSet<>();

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected Lab() {}

  /** Search: the title analysed as French, for French content only. */
  @FullTextField(name = TITLE_FR, analyzer = FRENCH)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "name")),
        @ObjectPath(@PropertyValue(propertyName = "languages"))
      })
  public @Nullable String getSearchTitleFr() {
    return onlyIn("fr", languages, name);
  }

  /** Search: the text analysed as French, for French content only. */
  @FullTextField(name = TEXT_FR, analyzer = FRENCH)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "languages"))
      })
  public @Nullable String getSearchTextFr() {
    return onlyIn("fr", languages, description);
  }

  /** Search: the title analysed as Estonian, for Estonian content only. */
  @FullTextField(name = TITLE_ET, analyzer = ESTONIAN)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "name")),
        @ObjectPath(@PropertyValue(propertyName = "languages"))
      })
  public @Nullable String getSearchTitleEt() {
    return onlyIn("et", languages, name);
  }

  /** Search: the text analysed as Estonian, for Estonian content only. */
  @FullTextField(name = TEXT_ET, analyzer = ESTONIAN)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "languages"))
      })
  public @Nullable String getSearchTextEt() {
    return onlyIn("et", languages, description);
  }

  /** Search: what the lab is about, as a meaning vector (see Embeddings). */
  @SearchVector
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "name")),
        @ObjectPath(@PropertyValue(propertyName = "description"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(name, description);
  }

  /** Search: a lab's own items belong to it. */
  @GenericField(name = LAB, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public @Nullable Long getSearchLab() {
    return id;
  }

  /** Search: the item's key across types ({@code lab:12}). */
  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "lab:" + id;
  }

  /** Search: what kind of item this is. */
  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "lab";
  }

  /** Search: labs are always visible, archived ones too (marked inactive). */
  @GenericField(name = VISIBLE)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public boolean isSearchVisible() {
    return true;
  }

  @SuppressWarnings("NullAway.Init") // apply() sets name, country, status and updatedAt
  Lab(LabCommand command) {
    this.createdAt = Instant.now();
    apply(command);
  }

  void apply(LabCommand command) {
    this.name = command.name().strip();
    this.shortName = blank(command.shortName());
    this.description = blank(command.description());
    this.country = command.country();
    this.region = blank(command.region());
    this.level = blank(command.level());
    this.hostOrganisationId = command.hostOrganisationId();
    this.foundedYear = command.foundedYear();
    this.website = blank(command.website());
    this.contactEmail = blank(command.contactEmail());
    this.status =
        command.status() == null || command.status().isBlank() ? "active" : command.status();
    replace(policyAreas, command.policyAreas());
    replace(methods, command.methods());
    replace(languages, command.languages());
    touch(Instant.now());
  }

  void archive() {
    this.status = "inactive";
    touch(Instant.now());
  }

  void logo(String file, String type) {
    this.logoFile = file;
    this.logoType = type;
    touch(Instant.now());
  }

  void markDemo() {
    this.demo = true;
  }

  private void touch(Instant now) {
    this.updatedAt = now;
    if (lastActivity == null || now.isAfter(lastActivity)) {
      lastActivity = now;
    }
  }

  private static void replace(Set<String> target, List<String> values) {
    target.clear();
    values.stream().filter(v -> v != null && !v.isBlank()).forEach(target::add);
  }

  /** The id; a lab has one once it is saved. */
  long id() {
    return Objects.requireNonNull(id, "The lab is not saved yet.");
  }

  String name() {
    return name;
  }

  @Nullable String shortName() {
    return shortName;
  }

  @Nullable String description() {
    return description;
  }

  String country() {
    return country;
  }

  @Nullable String region() {
    return region;
  }

  @Nullable String level() {
    return level;
  }

  @Nullable Long hostOrganisationId() {
    return hostOrganisationId;
  }

  @Nullable Integer foundedYear() {
    return foundedYear;
  }

  @Nullable String website() {
    return website;
  }

  @Nullable String contactEmail() {
    return contactEmail;
  }

  String status() {
    return status;
  }

  @Nullable String logoFile() {
    return logoFile;
  }

  @Nullable String logoType() {
    return logoType;
  }

  @Nullable Instant lastActivity() {
    return lastActivity;
  }

  boolean demo() {
    return demo;
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

  Set<String> methods() {
    return methods;
  }

  Set<String> languages() {
    return languages;
  }
}
