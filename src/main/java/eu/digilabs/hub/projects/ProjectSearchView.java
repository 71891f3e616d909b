package eu.digilabs.hub.projects;

import static eu.digilabs.hub.search.SearchFields.*;

import eu.digilabs.hub.search.SearchVector;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * The search fields computed from a project rather than stored in it: its key and type, whether it
 * is published, the year it started (a facet), its title and text analysed as French or Estonian
 * when it is written in that language (imported cases are), and its meaning vector. {@link
 * Project#getSearchView()} embeds them at the top of the project's document, with the same field
 * names and types as the other items' (an annotation mapping, so that queries over several indexes
 * see one kind of field); the project says when they change.
 */
public class ProjectSearchView {

  private final long id;
  private final String title;
  private final @Nullable String summary;
  private final @Nullable String description;
  private final List<String> languages;
  private final @Nullable LocalDate startDate;
  private final boolean published;

  ProjectSearchView(Project project) {
    this.id = project.id();
    this.title = project.title();
    this.summary = project.summary();
    this.description = project.description();
    String language = project.contentLanguage();
    this.languages = language == null ? List.of() : List.of(language);
    this.startDate = project.startDate();
    this.published = project.published();
  }

  /** The item's key across types ({@code project:12}). */
  @KeywordField(name = KEY)
  public String getSearchKey() {
    return "project:" + id;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  public String getSearchType() {
    return "project";
  }

  /** Only published projects are ever shown to anyone searching. */
  @GenericField(name = VISIBLE)
  public boolean isSearchVisible() {
    return published;
  }

  @FullTextField(name = TITLE_FR, analyzer = FRENCH)
  public @Nullable String getSearchTitleFr() {
    return onlyIn("fr", languages, title);
  }

  @FullTextField(name = TEXT_FR, analyzer = FRENCH)
  public @Nullable String getSearchTextFr() {
    return onlyIn("fr", languages, summary, description);
  }

  @FullTextField(name = TITLE_ET, analyzer = ESTONIAN)
  public @Nullable String getSearchTitleEt() {
    return onlyIn("et", languages, title);
  }

  @FullTextField(name = TEXT_ET, analyzer = ESTONIAN)
  public @Nullable String getSearchTextEt() {
    return onlyIn("et", languages, summary, description);
  }

  /** What the project is about, as a meaning vector (see Embeddings). */
  @SearchVector
  public @Nullable String getSearchMeaning() {
    return joined(title, summary, description);
  }

  /** The year the project started, for the year facet. */
  @GenericField(name = YEAR, aggregable = Aggregable.YES)
  public @Nullable Integer getSearchYear() {
    return startDate == null ? null : startDate.getYear();
  }
}
