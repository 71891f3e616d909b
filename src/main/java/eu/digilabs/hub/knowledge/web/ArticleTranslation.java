package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.translation.TranslatableContent;
import eu.digilabs.hub.translation.TranslatableFields;
import eu.digilabs.hub.translation.TranslatableItem;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Articles as translation sees them: title, summary and text with its heading anchors. A
 * translation holds for one published revision; a draft an editor is looking at never leaves the
 * machine.
 */
@Component
class ArticleTranslation implements TranslatableContent {

  private final ArticleService articles;
  private final Markdown markdown;
  private final JdbcClient jdbc;

  ArticleTranslation(ArticleService articles, Markdown markdown, JdbcClient jdbc) {
    this.articles = articles;
    this.markdown = markdown;
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "article";
  }

  @Override
  public Optional<TranslatableItem> item(long id) {
    return TranslatableContent.found(() -> item(articles.get(id)));
  }

  @Override
  public List<Long> published() {
    return jdbc.sql("select id from article where status = 'PUBLISHED' order by id")
        .query(Long.class)
        .list();
  }

  TranslatableItem item(ArticleView article) {
    boolean published =
        article.published()
            && !Integer.valueOf(article.revision()).equals(article.pendingRevision());
    return new TranslatableItem(
        kind(),
        article.id(),
        article.revision(),
        article.language(),
        published,
        // Those who may publish a revision may correct its translation: an author whose edits
        // wait for review must not publish a translation without one.
        articles.mayReview(article.id()),
        article.title(),
        "/articles/" + article.id(),
        () ->
            TranslatableFields.of()
                .text("title", article.title())
                .text("summary", article.summary())
                .markdown("body", article.body(), markdown.withAnchors(article.body())));
  }
}
