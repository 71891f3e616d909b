package eu.digilabs.hub.assistant;

import static eu.digilabs.hub.search.SearchFields.*;

import eu.digilabs.hub.search.SearchBody;
import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A piece of published content the assistant can quote: a few sentences of one item (a project's
 * lessons, a section of a guide, a session's abstract) with the item it comes from and that item's
 * classifications. Passages are written only from what a visitor may see and are indexed by the
 * search module's field contract, so the search's words, analyzers and embeddings find them.
 */
@Entity
@Table(name = "assistant_passage")
@Indexed
class Passage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  /**
   * The items written together: an event with its sessions ({@code event:12}), a course's lessons.
   */
  @Column(name = "group_key")
  private String groupKey;

  /** The item's type as search names it: project, lab, article, method, lesson, ... */
  @Column(name = "source_type")
  @KeywordField(name = TYPE, projectable = Projectable.YES)
  private String sourceType;

  @Column(name = "source_id")
  private long sourceId;

  /** The passage's place in its item: 0 is the item's summary. */
  @GenericField(name = "ordinal")
  private int ordinal;

  @Column(name = "title")
  private String title;

  /** The section it comes from ("What went wrong", a guide's heading), or null. */
  private @Nullable String heading;

  private String text;

  /** The language the passage is written in (ISO 639-1), or null when not known. */
  @KeywordField(name = LANGUAGE)
  private @Nullable String language;

  /** Where a reader finds the item, relative to the hub's address. */
  private String url;

  @KeywordField(name = COUNTRY)
  private @Nullable String country;

  @KeywordField(name = STATUS)
  private @Nullable String status;

  @KeywordField(name = PHASE)
  private @Nullable String phase;

  /** Comma-separated codes; indexed one by one. */
  @Column(name = "policy_areas")
  private @Nullable String policyAreas;

  @Column(name = "technologies")
  private @Nullable String technologies;

  /** Comma-separated ids of the public services the item is linked to. */
  @Column(name = "service_ids")
  private @Nullable String serviceIds;

  @Column(name = "lab_id")
  @GenericField(name = LAB, projectable = Projectable.YES)
  private @Nullable Long labId;

  protected Passage() {}

  Passage(String groupKey, Source source, int ordinal, @Nullable String heading, String text) {
    this.groupKey = groupKey;
    this.sourceType = source.type();
    this.sourceId = source.id();
    this.ordinal = ordinal;
    this.title = source.title();
    this.heading = heading;
    this.text = text;
    this.language = source.language();
    this.url = source.url();
    this.country = source.country();
    this.status = source.status();
    this.phase = source.phase();
    this.policyAreas = joinedCodes(source.policyAreas());
    this.technologies = joinedCodes(source.technologies());
    this.labId = source.labId();
    this.serviceIds =
        source.services() == null || source.services().isEmpty()
            ? null
            : String.join(",", source.services().stream().map(String::valueOf).toList());
  }

  /**
   * Where a passage comes from, as a visitor sees it: the item's type, id, title, address, language
   * and classifications (those it has; the rest null or empty).
   */
  record Source(
      String type,
      long id,
      String title,
      String url,
      @Nullable String language,
      @Nullable String country,
      @Nullable String status,
      @Nullable String phase,
      List<String> policyAreas,
      List<String> technologies,
      @Nullable Long labId,
      List<Long> services) {

    static Source of(String type, long id, String title, String url, @Nullable String language) {
      return new Source(
          type, id, title, url, language, null, null, null, List.of(), List.of(), null, List.of());
    }
  }

  /** Whether the other passage says the same as this one, from the same place: all but the id. */
  boolean sameAs(Passage other) {
    return groupKey.equals(other.groupKey)
        && sourceType.equals(other.sourceType)
        && sourceId == other.sourceId
        && ordinal == other.ordinal
        && title.equals(other.title)
        && Objects.equals(heading, other.heading)
        && text.equals(other.text)
        && Objects.equals(language, other.language)
        && url.equals(other.url)
        && Objects.equals(country, other.country)
        && Objects.equals(status, other.status)
        && Objects.equals(phase, other.phase)
        && Objects.equals(policyAreas, other.policyAreas)
        && Objects.equals(technologies, other.technologies)
        && Objects.equals(serviceIds, other.serviceIds)
        && Objects.equals(labId, other.labId);
  }

  private static @Nullable String joinedCodes(List<String> codes) {
    return codes == null || codes.isEmpty() ? null : String.join(",", codes);
  }

  private static Set<String> codes(@Nullable String joined) {
    return joined == null || joined.isBlank()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
  }

  // --- the search module's field contract
  // ---------------------------------------------------------

  @SearchTitle(highlightable = false)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "heading"))
      })
  public String getSearchTitle() {
    return heading == null ? title : title + " " + heading;
  }

  @SearchText(projectable = false, highlightable = false)
  @SearchBody
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")))
  public String getSearchText() {
    return text;
  }

  @FullTextField(name = TITLE_FR, analyzer = FRENCH)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
  public @Nullable String getSearchTitleFrench() {
    return onlyIn("fr", language == null ? Set.of() : Set.of(language), title);
  }

  @FullTextField(name = TEXT_FR, analyzer = FRENCH)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")))
  public @Nullable String getSearchTextFrench() {
    return onlyIn("fr", language == null ? Set.of() : Set.of(language), text);
  }

  @FullTextField(name = TITLE_ET, analyzer = ESTONIAN)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
  public @Nullable String getSearchTitleEstonian() {
    return onlyIn("et", language == null ? Set.of() : Set.of(language), title);
  }

  @FullTextField(name = TEXT_ET, analyzer = ESTONIAN)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")))
  public @Nullable String getSearchTextEstonian() {
    return onlyIn("et", language == null ? Set.of() : Set.of(language), text);
  }

  @KeywordField(name = POLICY_AREA)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "policyAreas")))
  public Set<String> getSearchPolicyAreas() {
    return codes(policyAreas);
  }

  @KeywordField(name = TECHNOLOGY)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "technologies")))
  public Set<String> getSearchTechnologies() {
    return codes(technologies);
  }

  @GenericField(name = SERVICE)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "serviceIds")))
  public Set<Long> getSearchServices() {
    return codes(serviceIds).stream().map(Long::valueOf).collect(Collectors.toSet());
  }

  /** Passages exist only for what visitors may see. */
  @GenericField(name = VISIBLE)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public boolean isSearchVisible() {
    return true;
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "passage:" + id;
  }

  @SearchVector(projectable = false)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "heading")),
        @ObjectPath(@PropertyValue(propertyName = "text"))
      })
  public @Nullable String getSearchMeaning() {
    return joined(title, heading, text);
  }

  /** The passage's id; only written passages are read, and they have one. */
  long id() {
    return Objects.requireNonNull(id, "A passage not yet written has no id");
  }

  String sourceType() {
    return sourceType;
  }

  long sourceId() {
    return sourceId;
  }

  int ordinal() {
    return ordinal;
  }

  String title() {
    return title;
  }

  @Nullable String heading() {
    return heading;
  }

  String text() {
    return text;
  }

  @Nullable String language() {
    return language;
  }

  String url() {
    return url;
  }

  @Nullable String country() {
    return country;
  }

  @Nullable Long labId() {
    return labId;
  }
}
