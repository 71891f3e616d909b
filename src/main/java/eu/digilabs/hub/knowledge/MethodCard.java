package eu.digilabs.hub.knowledge;

import static eu.digilabs.hub.search.SearchFields.*;

import eu.digilabs.hub.search.SearchText;
import eu.digilabs.hub.search.SearchTitle;
import eu.digilabs.hub.search.SearchVector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A method of the lab method (stakeholder mapping, user interviews, ...): the phase it belongs to,
 * the time and people it needs, its text in each language, and projects that used it.
 */
@Entity
@Table(name = "method_card")
@Indexed
class MethodCard {

  /** A card's text in one language; steps and considerations are Markdown. */
  @Embeddable
  record Text(String title, String what, String why, String steps, String considerations) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String code;

  @KeywordField(name = PHASE, aggregable = Aggregable.YES)
  private String phase;

  private int minutes;

  @Column(name = "people_min")
  private int peopleMin;

  @Column(name = "people_max")
  private int peopleMax;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "method_card_text", joinColumns = @JoinColumn(name = "card_id"))
  @MapKeyColumn(name = "language")
  private Map<String, Text> texts = new LinkedHashMap<>();

  @ElementCollection
  @CollectionTable(name = "method_card_project", joinColumns = @JoinColumn(name = "card_id"))
  @Column(name = "project_id")
  private Set<Long> projectIds = new LinkedHashSet<>();

  protected MethodCard() {}

  MethodCard(String code, String phase, int minutes, int peopleMin, int peopleMax) {
    this.code = code;
    this.phase = phase;
    this.minutes = minutes;
    this.peopleMin = peopleMin;
    this.peopleMax = peopleMax;
  }

  void examples(Collection<Long> projects) {
    projectIds.clear();
    projectIds.addAll(projects);
  }

  void text(String language, Text text) {
    texts.put(language, text);
  }

  /** Search: the titles in every language. */
  @SearchTitle
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
  public String getSearchTitle() {
    return String.join(" / ", texts.values().stream().map(Text::title).distinct().toList());
  }

  /** Search: what the method is and why, in every language. */
  @SearchText
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
  public String getSearchText() {
    return String.join("\n\n", texts.values().stream().map(t -> t.what() + " " + t.why()).toList());
  }

  @KeywordField(name = LANGUAGE, aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
  public Set<String> getSearchLanguages() {
    return texts.keySet();
  }

  @GenericField(name = VISIBLE)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public boolean isSearchVisible() {
    return true;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchType() {
    return "method";
  }

  @KeywordField(name = KEY)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKey() {
    return "method:" + id;
  }

  @SearchVector
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
  public @Nullable String getSearchMeaning() {
    Text text = texts.getOrDefault("en", texts.values().stream().findFirst().orElse(null));
    return text == null ? null : joined(text.title(), text.what(), text.why());
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  String code() {
    return code;
  }

  String phase() {
    return phase;
  }

  int minutes() {
    return minutes;
  }

  int peopleMin() {
    return peopleMin;
  }

  int peopleMax() {
    return peopleMax;
  }

  Map<String, Text> texts() {
    return texts;
  }

  Set<Long> projectIds() {
    return projectIds;
  }
}
