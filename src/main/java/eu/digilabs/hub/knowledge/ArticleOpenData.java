package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published articles and guides as an open dataset, as the knowledge list shows them. */
@Component
class ArticleOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final Articles articles;

  ArticleOpenData(Articles articles) {
    this.articles = articles;
  }

  @Override
  public String name() {
    return "articles";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Article";
  }

  @Override
  public String rowPath() {
    return "/articles/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("GOVE", "EDUC");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.id(),
        Column.text("title", SCHEMA + "headline"),
        Column.text("summary", SCHEMA + "description"),
        Column.text("kind", SCHEMA + "genre"),
        Column.text("language", SCHEMA + "inLanguage"),
        Column.of("readingMinutes", null, Kind.NUMBER),
        Column.of("updatedAt", SCHEMA + "dateModified", Kind.TIMESTAMP));
  }

  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    return Batch.of(
        articles
            .findByStatusAndIdGreaterThanOrderById(
                Article.Status.PUBLISHED, after, PageRequest.ofSize(size))
            .stream()
            .map(ArticleSummary::of)
            .toList(),
        after,
        ArticleSummary::id,
        a ->
            Arrays.<@Nullable Object>asList(
                a.id(),
                a.title(),
                a.summary(),
                a.kind(),
                a.language(),
                a.readingMinutes(),
                a.updatedAt()));
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return articles.publishedRevision();
  }
}
