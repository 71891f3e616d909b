package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Conversations.Turn;
import eu.digilabs.hub.shared.Recent;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import eu.digilabs.hub.shared.text.QueryText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions (see {@link Extractive} and {@link Generative}), keeps conversations for
 * follow-ups in memory, takes thumbs up or down on answers, and logs questions for quality review
 * only while an admin has that turned on, and then without account or address.
 */
@Service
public class AssistantService {

  /** Answers feedback may be given on: the most recent ones, in memory. */
  static final int RECENT_ANSWERS = 10_000;

  private final QuestionReader reader;
  private final Extractive extractive;
  private final Generative generative;
  private final Conversations conversations;
  private final AssistantProperties properties;
  private final JdbcTemplate jdbc;
  private final PassageIndex index;
  private final MeterRegistry meters;
  private final Map<String, Answer.Mode> recent = Recent.map(RECENT_ANSWERS);

  AssistantService(
      QuestionReader reader,
      Extractive extractive,
      Generative generative,
      Conversations conversations,
      AssistantProperties properties,
      JdbcTemplate jdbc,
      PassageIndex index,
      MeterRegistry meters) {
    this.meters = meters;
    this.index = index;
    this.reader = reader;
    this.extractive = extractive;
    this.generative = generative;
    this.conversations = conversations;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  /** A question and the previous turns it belongs to, as a page shows them. */
  public record TurnView(String question, Answer answer) {}

  /** Whether answers may come from a model endpoint. */
  public boolean generativeMode() {
    return generative.enabled();
  }

  public Answer ask(String question, @Nullable String conversationId, Locale page) {
    return ask(question, conversationId, page, token -> {});
  }

  /**
   * Answers the question within its conversation (a new one when the id is unknown or expired); in
   * generative mode, parts of the model's reply go to {@code tokens} as they arrive.
   */
  public Answer ask(
      String question, @Nullable String conversationId, Locale page, Consumer<String> tokens) {
    if (question != null && question.strip().length() > properties.maxQuestionLength()) {
      throw new InvalidInput("question", "assistant.error.long", properties.maxQuestionLength());
    }
    String text = question == null ? "" : QueryText.clean(question).strip();
    if (text.isEmpty()) {
      throw new InvalidInput("question", "assistant.error.blank");
    }
    Timer.Sample sample = Timer.start(meters);
    List<Turn> turns = conversations.turns(conversationId);
    String conversation =
        turns.isEmpty() || conversationId == null ? Conversations.newId() : conversationId;
    Question previous = turns.isEmpty() ? null : turns.get(turns.size() - 1).read();
    Question read = reader.read(text, previous, page);
    String id = UUID.randomUUID().toString();
    Answer answer;
    if (generative.enabled() && !read.intent().list()) {
      List<Passage> found = extractive.retrieve(read);
      Answer offline = extractive.explain(read, id, conversation, found);
      answer = offline.declined() ? offline : generative.answer(read, offline, found, tokens);
    } else {
      answer = extractive.answer(read, id, conversation);
    }
    conversations.add(conversation, new Turn(text, read, answer));
    sample.stop(answers(answer));
    recent.put(answer.id(), answer.mode());
    if (qualityLogging()) {
      log(text, answer);
    }
    return answer;
  }

  /** hub.assistant.answers: answers and their duration, by mode and whether declined. */
  private Timer answers(Answer answer) {
    return Timer.builder("hub.assistant.answers")
        .description("Assistant answers and their duration")
        .tag("mode", answer.mode().code())
        .tag("declined", String.valueOf(answer.declined()))
        .register(meters);
  }

  /** The conversation's turns so far, oldest first. */
  public List<TurnView> conversation(@Nullable String conversationId) {
    return conversations.turns(conversationId).stream()
        .map(t -> new TurnView(t.question(), t.answer()))
        .toList();
  }

  /** Thumbs up or down on a recent answer, with an optional comment; once per answer. */
  @Transactional
  public void feedback(String answerId, Boolean helpful, String comment) {
    Answer.Mode mode = answerId == null ? null : recent.get(answerId);
    if (mode == null) {
      throw new NotFound("No recent answer " + answerId + ".");
    }
    if (helpful == null) {
      throw new InvalidInput("helpful", "assistant.error.helpful");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > 2000) {
      throw new InvalidInput("comment", "assistant.error.comment", 2000);
    }
    Integer given =
        jdbc.queryForObject(
            "select count(*) from assistant_feedback where answer_id = ?", Integer.class, answerId);
    if (given != null && given > 0) {
      throw new InvalidInput("helpful", "assistant.error.feedbackOnce");
    }
    jdbc.update(
        "insert into assistant_feedback (answer_id, helpful, comment, mode, given_at)"
            + " values (?, ?, ?, ?, ?)",
        answerId,
        helpful,
        note,
        mode.code(),
        Timestamp.from(Instant.now()));
  }

  // --- passages (admins) -----------------------------------------------------------------------

  /** How many passages there are and where a rebuild stands. */
  public record PassageStatus(
      long passages, boolean running, long done, long total, int percent, @Nullable String error) {}

  public PassageStatus passages() {
    var progress = index.progress();
    Long count = jdbc.queryForObject("select count(*) from assistant_passage", Long.class);
    return new PassageStatus(
        count == null ? 0 : count,
        progress.running(),
        progress.done(),
        progress.total(),
        progress.percent(),
        progress.error());
  }

  /** Whether every content change received so far has reached the passages. */
  public boolean passagesIdle() {
    return index.idle();
  }

  /**
   * Rebuilds every passage now and returns when done, without a rights check: for commands and
   * benchmarks, never for requests.
   */
  public void rebuildPassagesNow() {
    index.rebuild();
  }

  /** Rebuilds every passage in the background; admins only. Answers whether it started. */
  @PreAuthorize("hasRole('ADMIN')")
  public boolean rebuildPassages() {
    return index.startRebuild();
  }

  // --- quality logging (admins) ---------------------------------------------------------------

  /** Whether questions are logged, and the setting's version for changing it. */
  public record Settings(boolean qualityLogging, long version) {}

  public Settings settings() {
    return jdbc.queryForObject(
        "select quality_logging, version from assistant_setting where id = 1",
        (rs, n) -> new Settings(rs.getBoolean(1), rs.getLong(2)));
  }

  boolean qualityLogging() {
    return settings().qualityLogging();
  }

  /** Turns quality logging on or off, from the version the admin saw. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public Settings qualityLogging(boolean on, long version) {
    int changed =
        jdbc.update(
            "update assistant_setting set quality_logging = ?, version = version + 1"
                + " where id = 1 and version = ?",
            on,
            version);
    if (changed == 0) {
      throw new Conflict("The setting was changed by someone else since version " + version + ".");
    }
    if (!on) {
      jdbc.update("delete from assistant_log");
    }
    return settings();
  }

  private void log(String question, Answer answer) {
    jdbc.update(
        "insert into assistant_log (answer_id, question, language, mode, declined, confidence,"
            + " citations, asked_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        answer.id(),
        question,
        answer.language(),
        answer.mode().code(),
        answer.declined(),
        answer.confidence(),
        answer.citations().stream()
            .map(c -> c.type() + ":" + c.id())
            .collect(Collectors.joining(",")),
        Timestamp.from(Instant.now()));
  }

  /** A logged question with its answer's outcome and feedback, for admins. */
  public record Logged(
      String question,
      String language,
      String mode,
      boolean declined,
      double confidence,
      String citations,
      Instant askedAt,
      Boolean helpful,
      String comment) {}

  /** The most recent logged questions (empty unless quality logging is on). */
  @PreAuthorize("hasRole('ADMIN')")
  public List<Logged> logged(int limit) {
    return jdbc.query(
        "select l.question, l.language, l.mode, l.declined, l.confidence, l.citations, l.asked_at,"
            + " f.helpful, f.comment from assistant_log l left join assistant_feedback f on"
            + " f.answer_id = l.answer_id order by l.asked_at desc, l.id desc limit ?",
        (rs, n) ->
            new Logged(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getDouble(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                (Boolean) rs.getObject(8),
                rs.getString(9)),
        Math.max(1, Math.min(limit, 500)));
  }

  /** Thumbs up and down by mode: {@code extractive} → [up, down]. */
  @PreAuthorize("hasRole('ADMIN')")
  public Map<String, long[]> feedbackCounts() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    jdbc.query(
        "select mode, helpful, count(*) from assistant_feedback group by mode, helpful",
        rs -> {
          long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[2]);
          c[rs.getBoolean(2) ? 0 : 1] = rs.getLong(3);
        });
    return counts;
  }

  /** Recent comments given with feedback (without the question unless it was logged). */
  @PreAuthorize("hasRole('ADMIN')")
  public List<String> feedbackComments(int limit) {
    return jdbc.queryForList(
        "select comment from assistant_feedback where comment is not null"
            + " order by given_at desc, id desc limit ?",
        String.class,
        Math.max(1, Math.min(limit, 200)));
  }
}
