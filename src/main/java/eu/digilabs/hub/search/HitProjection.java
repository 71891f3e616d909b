package eu.digilabs.hub.search;

import static eu.digilabs.hub.search.SearchFields.ATTENDANCE;
import static eu.digilabs.hub.search.SearchFields.COUNTRY;
import static eu.digilabs.hub.search.SearchFields.LAB;
import static eu.digilabs.hub.search.SearchFields.STATUS;
import static eu.digilabs.hub.search.SearchFields.TEXT;
import static eu.digilabs.hub.search.SearchFields.TITLE;

import java.util.List;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** What a result shows, read from the index over all indexed entities. */
final class HitProjection {

  /** Snippets of unhighlighted hits are cut here, like highlighted fragments. */
  static final int SNIPPET_LENGTH = 200;

  private HitProjection() {}

  /**
   * What a hit shows, over all indexed entities. Lucene's highlighter cannot read a vector query,
   * so hits found by meaning carry the start of their text instead of highlighted passages.
   */
  static ProjectionFinalStep<List<?>> of(SearchProjectionFactory<?, ?> f, boolean highlighted) {
    return of(f, highlighted, true);
  }

  /**
   * What a hit shows; {@code events} says whether the scope holds events and sessions, whose
   * attendance mode the hit shows too (the field exists only in their indexes).
   */
  static ProjectionFinalStep<List<?>> of(
      SearchProjectionFactory<?, ?> f, boolean highlighted, boolean events) {
    return f.composite()
        .from(
            f.entityReference(),
            f.field(TITLE, String.class),
            highlighted ? f.highlight(TEXT) : f.field(TEXT, String.class),
            f.field(COUNTRY, String.class),
            f.field(STATUS, String.class),
            f.field(LAB, Long.class),
            events ? f.field(ATTENDANCE, String.class) : f.constant(null))
        .asList();
  }

  /** The hit of one projected row. */
  static SearchResults.Hit hit(List<?> row) {
    EntityReference reference = (EntityReference) row.get(0);
    String snippet;
    if (row.get(2) instanceof List<?> snippets) {
      snippet = snippets.isEmpty() ? "" : (String) snippets.get(0);
    } else {
      snippet = start((String) row.get(2));
    }
    return new SearchResults.Hit(
        SearchService.TYPES.getOrDefault(reference.name(), "project"),
        ((Number) reference.id()).longValue(),
        (String) row.get(1),
        snippet,
        (String) row.get(3),
        (String) row.get(4),
        (Long) row.get(5),
        null,
        (String) row.get(6));
  }

  /** The first 200 characters of a text, cut at a word and HTML-escaped, like a snippet. */
  static String start(@Nullable String text) {
    if (text == null) {
      return "";
    }
    int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
    String start =
        text.length() <= SNIPPET_LENGTH ? text : text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH);
    return HtmlUtils.htmlEscape(start.strip());
  }
}
