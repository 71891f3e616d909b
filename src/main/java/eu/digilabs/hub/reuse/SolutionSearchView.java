package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.search.SearchFields.KEY;
import static eu.digilabs.hub.search.SearchFields.LICENCE;
import static eu.digilabs.hub.search.SearchFields.MATURITY;
import static eu.digilabs.hub.search.SearchFields.OPERATING_MODEL;
import static eu.digilabs.hub.search.SearchFields.REGION;
import static eu.digilabs.hub.search.SearchFields.TYPE;
import static eu.digilabs.hub.search.SearchFields.VISIBLE;
import static eu.digilabs.hub.search.SearchFields.joined;

import eu.digilabs.hub.search.SearchVector;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * The search fields computed from a solution rather than stored as they are: its key and type,
 * whether it is published, the facets only solutions have (operating model, licence family, OZG
 * maturity as text, German state) and its meaning vector. {@link Solution#getSearchView()} embeds
 * them at the top of the solution's document, with the same names and types as other items' fields.
 */
public class SolutionSearchView {

  private final long id;
  private final String name;
  private final @Nullable String shortDescription;
  private final @Nullable String description;
  private final SolutionCommand values;
  private final @Nullable String licenceFamily;
  private final boolean published;

  SolutionSearchView(Solution solution) {
    this.id = solution.id();
    this.values = solution.command();
    this.name = values.name();
    this.shortDescription = values.shortDescription();
    this.description = values.description();
    this.licenceFamily = solution.licenceFamily();
    this.published = solution.published();
  }

  /** The item's key across types ({@code solution:12}). */
  @KeywordField(name = KEY)
  public String getSearchKey() {
    return "solution:" + id;
  }

  @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
  public String getSearchType() {
    return "solution";
  }

  /** Only published solutions are ever shown to anyone searching. */
  @GenericField(name = VISIBLE)
  public boolean isSearchVisible() {
    return published;
  }

  @KeywordField(name = OPERATING_MODEL, aggregable = Aggregable.YES)
  public @Nullable String getSearchOperatingModel() {
    return values.operatingModel();
  }

  @KeywordField(name = LICENCE, aggregable = Aggregable.YES)
  public @Nullable String getSearchLicence() {
    return licenceFamily;
  }

  /** The OZG maturity level as text, since every facet is counted as text. */
  @KeywordField(name = MATURITY, aggregable = Aggregable.YES)
  public @Nullable String getSearchMaturity() {
    Integer maturity = values.maturity();
    return maturity == null ? null : maturity.toString();
  }

  @KeywordField(name = REGION, aggregable = Aggregable.YES)
  public @Nullable String getSearchRegion() {
    return values.region();
  }

  /** What the solution is, as a meaning vector (see Embeddings). */
  @SearchVector
  public @Nullable String getSearchMeaning() {
    return joined(name, shortDescription, description);
  }
}
