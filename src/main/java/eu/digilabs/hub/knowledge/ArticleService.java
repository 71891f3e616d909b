package eu.digilabs.hub.knowledge;

import static eu.digilabs.hub.shared.text.Values.blank;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles and guides: reading (published for everyone, drafts for their authors and reviewers),
 * writing with every save kept as a version, comparing and restoring versions, the review from
 * draft to published, and readers' "was this helpful?".
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

  public static final List<String> KINDS = List.of("guide", "how-to", "background", "news");

  private final Articles articles;
  private final ArticleRevisions revisions;
  private final ArticleFeedbacks feedbacks;
  private final Rights rights;
  private final AccountService accounts;
  private final LabService labs;
  private final ProjectService projects;
  private final Catalogue catalogue;
  private final Taxonomy taxonomy;
  private final Attachments attachmentRows;
  private final eu.digilabs.hub.shared.files.Uploads uploads;
  private final KnowledgeProperties limits;
  private final ArticleLinks links;

  private final org.springframework.context.ApplicationEventPublisher events;

  ArticleService(
      Articles articles,
      ArticleRevisions revisions,
      ArticleFeedbacks feedbacks,
      Rights rights,
      AccountService accounts,
      LabService labs,
      ProjectService projects,
      Catalogue catalogue,
      Taxonomy taxonomy,
      Attachments attachmentRows,
      eu.digilabs.hub.shared.files.Uploads uploads,
      KnowledgeProperties limits,
      ArticleLinks links,
      org.springframework.context.ApplicationEventPublisher events) {
    this.links = links;
    this.events = events;
    this.attachmentRows = attachmentRows;
    this.uploads = uploads;
    this.limits = limits;
    this.articles = articles;
    this.revisions = revisions;
    this.feedbacks = feedbacks;
    this.rights = rights;
    this.accounts = accounts;
    this.labs = labs;
    this.projects = projects;
    this.catalogue = catalogue;
    this.taxonomy = taxonomy;
  }

  /** A reader's "was this helpful?" tally. */
  public record Helpfulness(long yes, long no, List<String> comments) {}

  // --- reading ---------------------------------------------------------------------------------

  /** Published articles, newest first, filtered by kind, language and phase. */
  public Page<ArticleSummary> list(String kind, String language, String phase, int page, int size) {
    Specification<Article> spec =
        (root, query, cb) -> cb.equal(root.get("status"), Article.Status.PUBLISHED);
    if (kind != null && !kind.isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
    }
    if (language != null && !language.isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("language"), language));
    }
    if (phase != null && !phase.isBlank()) {
      spec =
          spec.and(
              (root, query, cb) -> {
                query.distinct(true);
                return cb.equal(root.join("phases"), phase);
              });
    }
    return articles
        .findAll(
            spec,
            PageRequest.of(
                Math.max(0, page),
                Math.max(1, Math.min(size, 100)),
                Sort.by(Sort.Direction.DESC, "updatedAt")))
        .map(ArticleSummary::of);
  }

  /** Articles waiting for the signed-in reviewer, and drafts of the signed-in author. */
  public List<ArticleSummary> mine() {
    return rights
        .currentAccountId()
        .map(
            account ->
                articles.findAll().stream()
                    .filter(
                        a ->
                            a.status() == Article.Status.DRAFT
                                || a.status() == Article.Status.IN_REVIEW
                                || a.pendingRevision() != null)
                    .filter(a -> a.authorIds().contains(account) || mayReview(a))
                    .map(ArticleSummary::of)
                    .toList())
        .orElse(List.of());
  }

  public ArticleView get(long id) {
    Article article = visible(id);
    return ArticleView.of(article, insider(article));
  }

  /**
   * The article as its authors continue editing it: with the text of the version waiting for
   * review, if there is one.
   */
  public ArticleView latest(long id) {
    Article article = editable(id);
    ArticleView view = ArticleView.of(article);
    Integer pending = article.pendingRevision();
    return pending == null ? view : view.withText(revision(id, pending));
  }

  public boolean mayEdit(long id) {
    return articles.findById(id).map(this::mayEdit).orElse(false);
  }

  public boolean mayReview(long id) {
    return articles.findById(id).map(this::mayReview).orElse(false);
  }

  /**
   * Every saved version, latest first; readers see them from the first published one to the
   * published one, authors and reviewers all (drafts, notes, versions waiting for review).
   */
  public List<RevisionView> history(long id) {
    Article article = visible(id);
    boolean insider = insider(article);
    return revisions.findByArticleIdOrderByNumberDesc(id).stream()
        .filter(r -> insider || article.publiclyVisible(r.number()))
        .map(RevisionView::of)
        .toList();
  }

  public RevisionView revision(long id, int number) {
    Article article = visible(id);
    return revisions
        .findByArticleIdAndNumber(id, number)
        .filter(r -> insider(article) || article.publiclyVisible(r.number()))
        .map(RevisionView::of)
        .orElseThrow(() -> new NotFound("No version " + number + " of article " + id + "."));
  }

  /**
   * Changes of title, summary and text from one version to another, by lines and by words inside
   * changed lines; versions too long to compare say so.
   */
  public TextDiff.Comparison diff(long id, int from, int to) {
    RevisionView before = revision(id, from);
    RevisionView after = revision(id, to);
    return TextDiff.of(text(before), text(after));
  }

  private static String text(RevisionView r) {
    return "# "
        + r.title()
        + "\n\n"
        + (r.summary() == null ? "" : r.summary() + "\n\n")
        + (r.body() == null ? "" : r.body());
  }

  public Map<Long, String> labNames(ArticleView article) {
    Set<Long> ids = new HashSet<>(article.labIds());
    if (article.labId() != null) {
      ids.add(article.labId());
    }
    return labs.names(ids);
  }

  public Map<Long, String> projectTitles(ArticleView article) {
    return projects.publishedTitles(article.projectIds());
  }

  public List<String> authorNames(ArticleView article) {
    return accounts.names(article.authorIds()).values().stream().sorted().toList();
  }

  public Helpfulness helpfulness(long id) {
    visible(id);
    List<ArticleFeedback> all = feedbacks.findByArticleIdOrderByCreatedAtDesc(id);
    long yes = all.stream().filter(ArticleFeedback::helpful).count();
    List<String> comments =
        mayEdit(id)
            ? all.stream().map(ArticleFeedback::comment).filter(Objects::nonNull).toList()
            : List.of();
    return new Helpfulness(yes, all.size() - yes, comments);
  }

  public boolean gaveFeedback(long id) {
    return rights
        .currentAccountId()
        .map(a -> feedbacks.existsByArticleIdAndAccountId(id, a))
        .orElse(false);
  }

  // --- writing ---------------------------------------------------------------------------------

  /** A new draft; the signed-in member is its author. For a lab, they must belong to it. */
  @Transactional
  public ArticleView create(ArticleCommand command) {
    long account = rights.requireMember();
    check(command);
    if (command.labId() != null
        && !rights.admin()
        && !accounts.labsOf(account).containsKey(command.labId())) {
      throw new Forbidden("not a member of lab " + command.labId());
    }
    Article article = articles.save(new Article(command, account));
    links.hold(article, Set.of(), Set.of());
    record(article, command.note());
    return changed(article);
  }

  /**
   * Saves a new version from the version the author started from; a stale one is a conflict and
   * nothing is saved. On a published article, an author's version waits for review (readers keep
   * the published text); a reviewer's is published at once. Only reviewers move an article to
   * another lab or out of its lab.
   */
  @Transactional
  public ArticleView update(long id, long version, ArticleCommand command) {
    Article article = editable(id);
    if (article.version() != version) {
      throw new Conflict("The article was changed by someone else since version " + version + ".");
    }
    check(command);
    if (!Objects.equals(article.labId(), command.labId())) {
      if (article.labId() != null && !mayReview(article)) {
        throw new Forbidden("only the lab's editors may move article " + id);
      }
      if (command.labId() != null) {
        rights.requireEditorOf(command.labId());
      }
    }
    Set<Long> labsBefore = Set.copyOf(article.labIds());
    Set<Long> projectsBefore = Set.copyOf(article.projectIds());
    if (waitsForReview(article)) {
      article.propose(command);
      links.hold(article, labsBefore, projectsBefore);
      articles.flush();
      record(article, command.title().strip(), command.summary(), command.body(), command.note());
      return changed(article);
    }
    article.apply(command);
    links.hold(article, labsBefore, projectsBefore);
    articles.flush();
    record(article, command.note());
    return changed(article);
  }

  /**
   * Saves an old version's text as the newest version: an edit like any other, so on a published
   * article an author's restore waits for review.
   */
  @Transactional
  public ArticleView restore(long id, int number) {
    Article article = editable(id);
    ArticleRevision old =
        revisions
            .findByArticleIdAndNumber(id, number)
            .orElseThrow(() -> new NotFound("No version " + number + " of article " + id + "."));
    if (waitsForReview(article)) {
      article.proposeRestore();
      articles.flush();
      record(article, old.title(), old.summary(), old.body(), "restored:" + number);
      return changed(article);
    }
    article.restore(old);
    articles.flush();
    record(article, "restored:" + number);
    return changed(article);
  }

  /** A published article edited by one of its authors (not a reviewer) keeps its text for now. */
  private boolean waitsForReview(Article article) {
    return article.isPublic() && !mayReview(article);
  }

  @Transactional
  public ArticleView submit(long id) {
    Article article = editable(id);
    if (article.status() != Article.Status.DRAFT) {
      throw new InvalidInput("status", "articles.error.onlyDrafts");
    }
    article.submit();
    return changed(article);
  }

  /**
   * Publishes after review: the lab's editors or admins; the review date becomes today. On a
   * published article, the version waiting for review replaces the published text.
   */
  @Transactional
  public ArticleView publish(long id) {
    Article article = reviewable(id);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    Integer pending = article.pendingRevision();
    if (pending == null) {
      article.publish(today);
    } else {
      article.publishPending(revisions.findByArticleIdAndNumber(id, pending).orElseThrow(), today);
    }
    return changed(article);
  }

  /** Sends an article in review back to its authors with the reviewer's comment. */
  @Transactional
  public ArticleView returnToAuthors(long id, String comment) {
    Article article = reviewable(id);
    if (comment == null || comment.isBlank() || comment.length() > 2000) {
      throw new InvalidInput("comment", "articles.error.comment");
    }
    if (article.status() != Article.Status.IN_REVIEW) {
      throw new InvalidInput("status", "articles.error.notInReview");
    }
    article.returnToAuthors(comment.strip());
    return changed(article);
  }

  @Transactional
  public ArticleView archive(long id) {
    Article article = reviewable(id);
    article.archive();
    return changed(article);
  }

  /** A signed-in reader's "was this helpful?", once per person. */
  @Transactional
  public void feedback(long id, Boolean helpful, String comment) {
    long account = rights.requireMember();
    Article article = visible(id);
    if (article.status() != Article.Status.PUBLISHED) {
      throw new InvalidInput("helpful", "articles.error.notPublished");
    }
    if (helpful == null) {
      throw new InvalidInput("helpful", "articles.error.helpful");
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInput("comment", "articles.error.comment");
    }
    if (feedbacks.existsByArticleIdAndAccountId(id, account)) {
      throw new InvalidInput("helpful", "articles.error.feedbackOnce");
    }
    feedbacks.saveAndFlush(new ArticleFeedback(id, account, helpful, comment));
  }

  /** The article's view, after telling the other modules it changed. */
  private ArticleView changed(Article article) {
    events.publishEvent(new ArticleChanged(article.id()));
    return ArticleView.of(article);
  }

  // --- attachments -----------------------------------------------------------------------------

  public List<AttachmentView> attachments(long id) {
    visible(id);
    return attachmentRows.findByArticleIdOrderByCreatedAt(id).stream()
        .map(AttachmentView::of)
        .toList();
  }

  /**
   * Attaches a PDF, office document or image, checked by its content (not only its name) and
   * against the size limit; the file is kept under the data directory with a generated name.
   */
  @Transactional
  public AttachmentView attach(long id, String fileName, byte[] content) {
    attachable(id);
    StoredFile file = store(fileName, content);
    Attachment attachment =
        attachmentRows.save(
            new Attachment(id, file.name(), file.stored(), file.mediaType(), file.size()));
    return AttachmentView.of(attachment);
  }

  /** A checked and stored upload: its clean name, stored name, type and size. */
  record StoredFile(String name, String stored, String mediaType, long size) {}

  /**
   * Checks an upload by content and size and stores it (removed again if the transaction fails).
   */
  StoredFile store(String fileName, byte[] content) {
    String name = cleanName(fileName);
    if (content == null || content.length == 0) {
      throw new InvalidInput("file", "articles.error.noFile");
    }
    if (content.length > limits.maxAttachmentSize().toBytes()) {
      throw new InvalidInput(
          "file", "articles.error.tooLarge", limits.maxAttachmentSize().toMegabytes());
    }
    FileTypes.Type type =
        FileTypes.of(content, name)
            .orElseThrow(() -> new InvalidInput("file", "articles.error.fileType"));
    String extension =
        type.extension().equals("ole") ? FileTypes.extension(name) : type.extension();
    String stored = uploads.storeForTransaction(content, extension);
    return new StoredFile(name, stored, FileTypes.mediaType(type, name), content.length);
  }

  /** The stored file behind a name, for downloads. */
  java.util.Optional<java.nio.file.Path> storedFile(String stored) {
    return uploads.find(stored);
  }

  @Transactional
  public void detach(long id, long attachmentId) {
    attachable(id);
    Attachment attachment = attachment(id, attachmentId);
    attachmentRows.delete(attachment);
    attachmentRows.flush();
    if (!attachmentRows.existsByStoredName(attachment.storedName())) {
      eu.digilabs.hub.shared.AfterCommit.run(() -> uploads.delete(attachment.storedName()));
    }
  }

  /** The stored file of an attachment with its name and type, for download. */
  public Map.Entry<java.nio.file.Path, AttachmentView> attachmentFile(long id, long attachmentId) {
    visible(id);
    Attachment attachment = attachment(id, attachmentId);
    java.nio.file.Path file =
        uploads
            .find(attachment.storedName())
            .orElseThrow(
                () -> new NotFound("The file of attachment " + attachmentId + " is gone."));
    return Map.entry(file, AttachmentView.of(attachment));
  }

  private Attachment attachment(long id, long attachmentId) {
    return attachmentRows
        .findById(attachmentId)
        .filter(a -> a.articleId() == id)
        .orElseThrow(() -> new NotFound("No attachment " + attachmentId + "."));
  }

  /** The file's own name without any folder, control characters or quotes, at most 200 long. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  // --- rules -----------------------------------------------------------------------------------

  private void record(Article article, String note) {
    revisions.save(
        new ArticleRevision(
            article, rights.currentAccountId().orElse(null), rights.currentName(), note));
  }

  /** Records a version waiting for review, with its own text. */
  private void record(Article article, String title, String summary, String body, String note) {
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

  private void check(ArticleCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!KINDS.contains(c.kind())) {
      problems.add(new FieldProblem("kind", "validation.unknownTerm", c.kind()));
    }
    if (c.language() != null && !c.language().isBlank()) {
      taxonomy.check(Vocabulary.LANGUAGE, "language", List.of(c.language()), problems);
    }
    if (c.policyAreas() != null) {
      taxonomy.check(Vocabulary.POLICY_AREA, "policyAreas", c.policyAreas(), problems);
    }
    if (c.technologies() != null) {
      taxonomy.check(Vocabulary.TECHNOLOGY, "technologies", c.technologies(), problems);
    }
    if (c.phases() != null) {
      taxonomy.check(Vocabulary.PHASE, "phases", c.phases(), problems);
    }
    if (c.labId() != null && !labs.exists(c.labId())) {
      problems.add(new FieldProblem("labId", "validation.unknownId", c.labId()));
    }
    if (c.labIds() != null) {
      c.labIds().stream()
          .filter(l -> l != null && !labs.exists(l))
          .forEach(l -> problems.add(new FieldProblem("labIds", "validation.unknownId", l)));
    }
    if (c.projectIds() != null) {
      List<Long> wanted = c.projectIds().stream().filter(Objects::nonNull).toList();
      Map<Long, String> found = projects.publishedTitles(wanted);
      wanted.stream()
          .filter(p -> !found.containsKey(p))
          .forEach(p -> problems.add(new FieldProblem("projectIds", "validation.unknownId", p)));
    }
    if (c.serviceIds() != null) {
      List<Long> wanted = c.serviceIds().stream().filter(Objects::nonNull).toList();
      Set<Long> found = new HashSet<>();
      catalogue.find(wanted).forEach(s -> found.add(s.id()));
      wanted.stream()
          .filter(s -> !found.contains(s))
          .forEach(s -> problems.add(new FieldProblem("serviceIds", "validation.unknownId", s)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /** Published and archived for everyone; drafts and reviews for authors and reviewers. */
  private Article visible(long id) {
    Article article =
        articles.findById(id).orElseThrow(() -> new NotFound("No article " + id + "."));
    boolean open =
        article.status() == Article.Status.PUBLISHED || article.status() == Article.Status.ARCHIVED;
    if (!open && !mayEdit(article) && !mayReview(article)) {
      throw new NotFound("No article " + id + ".");
    }
    return article;
  }

  /**
   * Attachments change what readers see at once, so on a published article only those who may
   * publish (the lab's editors, admins) add or remove them; authors' text changes wait for review.
   */
  private Article attachable(long id) {
    Article article = editable(id);
    if (waitsForReview(article)) {
      throw new Forbidden("attachments of published article " + id + " need an editor");
    }
    return article;
  }

  private Article editable(long id) {
    Article article = visible(id);
    rights.requireMember();
    if (!mayEdit(article)) {
      throw new Forbidden("not an author of article " + id);
    }
    return article;
  }

  private Article reviewable(long id) {
    Article article = visible(id);
    rights.requireMember();
    if (!mayReview(article)) {
      throw new Forbidden("not a reviewer of article " + id);
    }
    return article;
  }

  /**
   * Authors (of a lab's article: while they belong to the lab), the lab's editors and admins.
   * Decided from today's memberships, so an author's right ends when they leave the lab.
   */
  private boolean mayEdit(Article article) {
    return rights.admin()
        || (rights.currentAccountId().map(a -> article.authorIds().contains(a)).orElse(false)
            && (article.labId() == null || rights.memberOf(article.labId())))
        || (article.labId() != null && rights.editorOf(article.labId()));
  }

  /** Authors and reviewers see drafts, notes of the review and versions waiting for it. */
  private boolean insider(Article article) {
    return mayEdit(article) || mayReview(article);
  }

  /** The lab's editors and admins (an article without a lab: admins). */
  private boolean mayReview(Article article) {
    return rights.admin() || (article.labId() != null && rights.editorOf(article.labId()));
  }
}
