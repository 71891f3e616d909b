package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.discussions.PublicPosts;
import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ask the network: a member asks all labs, classified by services, technologies and countries;
 * followers of those topics hear of it, and the labs whose projects are nearest are told. Answers
 * are discussion posts on the question; the asker accepts one, others say it helped them too.
 */
@Service
@Transactional
public class QuestionService {

  /** A question in a list. */
  public record QuestionSummary(
      long id, String title, int answers, boolean answered, Instant createdAt) {}

  /** A topic of a question, with its title and page. */
  public record Topic(String key, String type, String title, String path) {}

  /** A question as its page shows it. */
  public record QuestionView(
      long id,
      String title,
      String body,
      String author,
      Instant createdAt,
      List<Topic> topics,
      @Nullable Long acceptedPostId,
      boolean mine,
      int answers) {}

  /** "This helped me too" per answer, and the viewer's own. */
  public record Helped(Map<Long, Long> counts, Set<Long> mine) {

    public long count(long postId) {
      return counts.getOrDefault(postId, 0L);
    }
  }

  /** Something that may already answer a question being written. */
  public record Suggestion(String type, String title, String path) {}

  private static final Map<String, String> ENTITY_TYPES =
      Map.of(
          "Project",
          "project",
          "Solution",
          "solution",
          "Article",
          "article",
          "Question",
          "question");

  private final Questions questions;
  private final JdbcClient jdbc;
  private final Rights rights;
  private final Items items;
  private final Catalogue catalogue;
  private final AccountService accounts;
  private final Activities activities;
  private final Notices notices;
  private final QuestionLabs labs;
  private final PublicPosts posts;
  private final SearchService search;

  QuestionService(
      Questions questions,
      JdbcClient jdbc,
      Rights rights,
      Items items,
      Catalogue catalogue,
      AccountService accounts,
      Activities activities,
      Notices notices,
      QuestionLabs labs,
      PublicPosts posts,
      SearchService search) {
    this.questions = questions;
    this.jdbc = jdbc;
    this.rights = rights;
    this.items = items;
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.activities = activities;
    this.notices = notices;
    this.labs = labs;
    this.posts = posts;
    this.search = search;
  }

  /** Asks all labs; returns the question's id. */
  public long ask(AskCommand command) {
    long author = rights.requireMember();
    List<FieldProblem> problems = new ArrayList<>();
    String title = command.title() == null ? "" : command.title().strip();
    String body = command.body() == null ? "" : command.body().strip();
    if (title.length() < 10) {
      problems.add(new FieldProblem("title", "questions.titleTooShort", 10));
    } else if (title.length() > 300) {
      problems.add(new FieldProblem("title", "questions.titleTooLong", 300));
    }
    if (body.length() > 10_000) {
      problems.add(new FieldProblem("body", "questions.bodyTooLong", 10_000));
    }
    Set<String> topics = new LinkedHashSet<>();
    String service = command.service() == null ? "" : command.service().strip();
    if (!service.isEmpty()) {
      List<ServiceView> found = catalogue.search(service, 1);
      if (found.isEmpty()) {
        problems.add(new FieldProblem("service", "questions.serviceUnknown"));
      } else {
        topics.add(ItemKeys.of("service", found.get(0).id()));
      }
    }
    topics(command.technologies(), "technology", "technologies", topics, problems);
    topics(command.countries(), "country", "countries", topics, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Question question = questions.save(new Question(author, title, body.isEmpty() ? null : body));
    questions.flush();
    for (String topic : topics) {
      jdbc.sql("insert into question_topic (question_id, topic) values (?, ?)")
          .params(question.id(), topic)
          .update();
    }
    activities.record(ItemKeys.of("question", question.id()), Activities.Kind.PUBLISHED);
    labs.tell(question, 1);
    return question.id();
  }

  private void topics(
      @Nullable List<String> codes,
      String type,
      String field,
      Set<String> topics,
      List<FieldProblem> problems) {
    if (codes == null || codes.isEmpty()) {
      return;
    }
    List<String> keys =
        codes.stream().filter(c -> !c.isBlank()).map(c -> ItemKeys.of(type, c.strip())).toList();
    Map<String, ItemRef> known = items.published(keys);
    if (known.size() < new HashSet<>(keys).size()) {
      problems.add(new FieldProblem(field, "questions.topicUnknown"));
    }
    topics.addAll(known.keySet());
  }

  /** Questions newest first: {@code open}, {@code answered}, {@code unanswered} or all. */
  @Transactional(readOnly = true)
  public Page<QuestionSummary> list(String show, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)));
    Page<Question> found =
        switch (show) {
          case "open" -> questions.open(request);
          case "answered" -> questions.answered(request);
          case "unanswered" -> questions.unanswered(request);
          default -> questions.all(request);
        };
    return found.map(
        q ->
            new QuestionSummary(
                q.id(), q.title(), q.answers(), q.acceptedPostId() != null, q.createdAt()));
  }

  @Transactional(readOnly = true)
  public QuestionView get(long id) {
    Question q =
        questions
            .findById(id)
            .filter(x -> isShown(x))
            .orElseThrow(() -> new NotFound("question " + id));
    List<String> keys =
        jdbc.sql("select topic from question_topic where question_id = ? order by topic")
            .param(id)
            .query(String.class)
            .list();
    List<Topic> topics = new ArrayList<>();
    items
        .published(keys)
        .values()
        .forEach(t -> topics.add(new Topic(t.key(), t.type(), t.title(), t.path())));
    String author =
        q.authorId() == null
            ? ""
            : accounts.names(List.of(q.authorId())).getOrDefault(q.authorId(), "");
    return new QuestionView(
        id,
        q.title(),
        q.body() == null ? "" : q.body(),
        author,
        q.createdAt(),
        topics,
        q.acceptedPostId(),
        rights.currentAccountId().map(me -> me.equals(q.authorId())).orElse(false),
        q.answers());
  }

  /** How many said each answer helped them too, and which of them the viewer said so of. */
  @Transactional(readOnly = true)
  public Helped helped(List<Long> postIds) {
    Map<Long, Long> counts = new HashMap<>();
    Set<Long> mine = new HashSet<>();
    if (postIds.isEmpty()) {
      return new Helped(counts, mine);
    }
    jdbc.sql("select post_id, count(*) from answer_helped where post_id in (:ids) group by post_id")
        .param("ids", postIds)
        .query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
        .list();
    rights
        .currentAccountId()
        .ifPresent(
            me ->
                mine.addAll(
                    jdbc.sql(
                            "select post_id from answer_helped where account_id = :me"
                                + " and post_id in (:ids)")
                        .param("me", me)
                        .param("ids", postIds)
                        .query(Long.class)
                        .list()));
    return new Helped(counts, mine);
  }

  /** The asker accepts one answer (another one replaces it); its author is told. */
  public void accept(long id, long postId) {
    long me = rights.requireMember();
    Question q =
        questions
            .findById(id)
            .filter(x -> isShown(x))
            .orElseThrow(() -> new NotFound("question " + id));
    if (q.authorId() == null || q.authorId() != me) {
      throw new Forbidden("only the asker accepts an answer");
    }
    long answerer =
        posts
            .authorOfTopLevel(postId, ItemKeys.of("question", id))
            .orElseThrow(() -> new InvalidInput("post", "questions.answerUnknown"));
    q.accept(postId);
    if (answerer != me) {
      notices.tell(
          List.of(answerer),
          new Notice(
              "accepted",
              ItemKeys.of("question", id),
              q.title(),
              "/questions/" + id + "#post-" + postId,
              null,
              null));
    }
  }

  /** "This helped me too" on an answer, or taken back when said already; returns the new count. */
  public long helped(long id, long postId) {
    long me = rights.requireMember();
    Long answerer =
        posts
            .authorOfTopLevel(postId, ItemKeys.of("question", id))
            .orElseThrow(() -> new NotFound("answer " + postId));
    if (answerer == me) {
      throw new InvalidInput("post", "questions.ownAnswer");
    }
    int removed =
        jdbc.sql("delete from answer_helped where post_id = ? and account_id = ?")
            .params(postId, me)
            .update();
    if (removed == 0) {
      try {
        jdbc.sql("insert into answer_helped (post_id, account_id, created_at) values (?, ?, ?)")
            .params(postId, me, SqlTime.of(Instant.now()))
            .update();
      } catch (DuplicateKeyException twice) {
        // a double click: once is what was meant
      }
    }
    return jdbc.sql("select count(*) from answer_helped where post_id = ?")
        .param(postId)
        .query(Long.class)
        .single();
  }

  /**
   * A new or removed answer: the count the lists show. Written in place (it is derived, and two
   * listeners may recount at once), never as a versioned change of the question.
   */
  void recount(long id) {
    jdbc.sql("update question set answers = ? where id = ?")
        .params(posts.topLevelCount(ItemKeys.of("question", id)), id)
        .update();
  }

  /** The question, unless hidden. */
  @Transactional(readOnly = true)
  java.util.Optional<Question> question(long id) {
    return questions.findById(id).filter(x -> isShown(x));
  }

  /** Projects, solutions, articles and earlier questions that may already answer the text. */
  @Transactional(readOnly = true)
  public List<Suggestion> suggest(String text) {
    String q = text == null ? "" : text.strip();
    if (q.length() < 4) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    search
        .rank(List.of("Project", "Solution", "Article", "Question"), q, q, List.of(), 8)
        .items()
        .forEach(
            r -> keys.add(ItemKeys.of(ENTITY_TYPES.getOrDefault(r.entity(), "project"), r.id())));
    return items.published(keys).values().stream()
        .map(i -> new Suggestion(i.type(), i.title(), i.path()))
        .toList();
  }

  private static boolean isShown(Question q) {
    return q.isSearchVisible();
  }
}
