package eu.digilabs.hub.knowledge;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.accounts.Rights;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps every save of an article as a numbered version by the signed-in person, and tells the other
 * modules that an article changed.
 */
@Component
class ArticleRecorder {

  private final ArticleRevisions revisions;
  private final Rights rights;
  private final ApplicationEventPublisher events;

  ArticleRecorder(ArticleRevisions revisions, Rights rights, ApplicationEventPublisher events) {
    this.revisions = revisions;
    this.rights = rights;
    this.events = events;
  }

  /** Records the article's text as its latest version. */
  void record(Article article, @Nullable String note) {
    revisions.save(
        new ArticleRevision(
            article, rights.currentAccountId().orElse(null), rights.currentName(), note));
  }

  /** Records a version waiting for review, with its own text. */
  void recordPending(
      Article article,
      String title,
      @Nullable String summary,
      @Nullable String body,
      @Nullable String note) {
    revisions.save(
        new ArticleRevision(
            article,
            title,
            blank(summary),
            blank(body),
            rights.currentAccountId().orElse(null),
            rights.currentName(),
            note));
  }

  /** The article's view, after telling the other modules it changed. */
  ArticleView changed(Article article) {
    events.publishEvent(new ArticleChanged(article.id()));
    return ArticleView.of(article);
  }
}
