package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An article's versions: every save is numbered; readers see the published one, and on a published
 * article an author's newer version waits for review.
 */
class ArticleVersionTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  static ArticleCommand command(String title, String kind) {
    return new ArticleCommand(
        title,
        "Summary",
        "Body",
        kind,
        "de",
        null,
        List.of(),
        List.of(),
        List.of("test"),
        List.of(),
        List.of(),
        List.of(),
        null,
        null);
  }

  static Article draft() {
    Article article = new Article(command("First", "guide"), 7L);
    ReflectionTestUtils.setField(article, "id", 1L);
    return article;
  }

  static Article published() {
    Article article = draft();
    article.apply(command("Second", "guide"));
    article.submit();
    article.publish(TODAY);
    return article;
  }

  @Test
  void aNewDraftIsVersionOneOfItsAuthorAndHiddenFromReaders() {
    Article article = draft();
    assertThat(article.versions().revision()).isEqualTo(1);
    assertThat(article.authorIds()).containsExactly(7L);
    assertThat(article.isPublic()).isFalse();
    assertThat(article.publiclyVisible(1)).isFalse();
    assertThat(article.pendingRevision()).isNull();
  }

  @Test
  void publishingOpensTheHistoryToReadersFromThePublishedVersion() {
    Article article = published();
    assertThat(article.status()).isEqualTo(Article.Status.PUBLISHED);
    assertThat(article.versions().publishedRevision()).isEqualTo(2);
    assertThat(article.versions().lastReviewed()).isEqualTo(TODAY);
    assertThat(article.versions().publishedAt()).isNotNull();
    assertThat(article.publiclyVisible(1)).isFalse();
    assertThat(article.publiclyVisible(2)).isTrue();
  }

  @Test
  void anAuthorsVersionOfAPublishedArticleWaitsWhileReadersKeepTheText() {
    Article article = published();
    int number = article.propose(command("Third", "how-to"));
    assertThat(number).isEqualTo(3);
    assertThat(article.title()).isEqualTo("Second");
    assertThat(article.kind()).isEqualTo("how-to");
    assertThat(article.pendingRevision()).isEqualTo(3);
    assertThat(article.publiclyVisible(3)).isFalse();
    assertThat(article.versions().publishedRevision()).isEqualTo(2);
  }

  @Test
  void publishingTheWaitingVersionReplacesTheTextAndKeepsTheFirstPublished() {
    Article article = published();
    article.propose(command("Third", "guide"));
    ArticleRevision waiting =
        new ArticleRevision(article, "Third", "New summary", "New body", 7L, "Author", null);
    article.publishPending(waiting, TODAY.plusDays(1));
    assertThat(article.title()).isEqualTo("Third");
    assertThat(article.body()).isEqualTo("New body");
    assertThat(article.pendingRevision()).isNull();
    assertThat(article.publiclyVisible(2)).isTrue();
    assertThat(article.publiclyVisible(3)).isTrue();
    assertThat(article.versions().lastReviewed()).isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void aReviewersSaveOfAPublishedArticleIsPublishedAtOnce() {
    Article article = published();
    article.apply(command("Fixed", "guide"));
    assertThat(article.title()).isEqualTo("Fixed");
    assertThat(article.versions().publishedRevision()).isEqualTo(3);
    assertThat(article.pendingRevision()).isNull();
    assertThat(article.publiclyVisible(3)).isTrue();
  }

  @Test
  void restoringAnOldTextIsANewVersion() {
    Article article = published();
    ArticleRevision first = new ArticleRevision(article, "First", null, "Old", 7L, "A", null);
    assertThat(article.restore(first)).isEqualTo(3);
    assertThat(article.title()).isEqualTo("First");
    assertThat(article.proposeRestore()).isEqualTo(4);
    assertThat(article.pendingRevision()).isEqualTo(4);
  }

  @Test
  void aReturnedDraftCarriesTheCommentUntilItIsSubmittedAgain() {
    Article article = draft();
    article.submit();
    article.returnToAuthors("Please add sources.");
    assertThat(article.status()).isEqualTo(Article.Status.DRAFT);
    assertThat(article.reviewComment()).isEqualTo("Please add sources.");
    article.submit();
    assertThat(article.status()).isEqualTo(Article.Status.IN_REVIEW);
    assertThat(article.reviewComment()).isNull();
  }

  @Test
  void anArchivedArticleStaysReadableWithItsHistory() {
    Article article = published();
    article.archive();
    assertThat(article.isPublic()).isTrue();
    assertThat(article.publiclyVisible(2)).isTrue();
    assertThat(article.getSearchStatus()).isEqualTo("archived");
  }
}
