package eu.digilabs.hub.assistant;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Measures the assistant over a development set (see {@code docs/assistant/devset.tsv}): citation
 * recall at 5 (the share of the expected items among the first five items an answer cites), the
 * share of answers that contain the expected key fact, the share of unanswerable questions
 * declined, and answer sentences without a citation. The {@code evaluate-assistant FILE} command
 * prints them.
 */
@Component
public class AssistantEvaluation {

  /** A development question: the items it must cite ({@code type:title start}) and key facts. */
  public record DevQuestion(
      String language, String question, List<String> sources, List<String> facts) {

    public boolean answerable() {
      return !sources.isEmpty();
    }
  }

  /** One question's outcome. */
  public record Outcome(
      DevQuestion question, Answer answer, double recall, boolean fact, long uncited) {}

  /** The figures over a set. */
  public record Figures(
      int answerable,
      int unanswerable,
      double recallAt5,
      double keyFacts,
      double declined,
      long falseDeclines,
      long uncitedSentences,
      long sentences,
      List<Outcome> outcomes) {}

  private final AssistantService assistant;
  private final PassageIndex index;
  private final JdbcTemplate jdbc;

  AssistantEvaluation(AssistantService assistant, PassageIndex index, JdbcTemplate jdbc) {
    this.assistant = assistant;
    this.index = index;
    this.jdbc = jdbc;
  }

  /** Waits (at most {@code limit}) until every content change has reached the passages. */
  public void awaitPassages(Duration limit) throws InterruptedException {
    long started = System.nanoTime();
    while (catchingUp() && System.nanoTime() - started < limit.toNanos()) {
      Thread.sleep(250);
    }
  }

  /** Whether content changes are still on their way to the passages. */
  boolean catchingUp() {
    Long pending =
        jdbc.queryForObject(
            "select count(*) from event_publication where completion_date is null", Long.class);
    return !index.idle() || pending != null && pending > 0;
  }

  public static List<DevQuestion> read(Path file) throws IOException {
    List<DevQuestion> questions = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 4) {
        throw new IllegalArgumentException("Expected 4 tab-separated cells: " + line);
      }
      questions.add(
          new DevQuestion(cells[0].strip(), cells[1].strip(), list(cells[2]), list(cells[3])));
    }
    return questions;
  }

  private static List<String> list(String cell) {
    return "-".equals(cell.strip())
        ? List.of()
        : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Asks every question on its own (no conversation) and scores the answers. */
  public Figures evaluate(List<DevQuestion> questions) {
    List<Outcome> outcomes = new ArrayList<>();
    for (DevQuestion q : questions) {
      Answer answer = assistant.ask(q.question(), null, Locale.forLanguageTag(q.language()));
      long uncited = answer.parts().stream().filter(p -> p.citations().isEmpty()).count();
      outcomes.add(new Outcome(q, answer, recall(q, answer), fact(q, answer), uncited));
    }
    List<Outcome> answerable = outcomes.stream().filter(o -> o.question().answerable()).toList();
    List<Outcome> not = outcomes.stream().filter(o -> !o.question().answerable()).toList();
    return new Figures(
        answerable.size(),
        not.size(),
        answerable.stream().mapToDouble(Outcome::recall).average().orElse(0),
        answerable.stream().filter(Outcome::fact).count() / (double) Math.max(1, answerable.size()),
        not.stream().filter(o -> o.answer().declined()).count() / (double) Math.max(1, not.size()),
        answerable.stream().filter(o -> o.answer().declined()).count(),
        outcomes.stream().mapToLong(Outcome::uncited).sum(),
        outcomes.stream().mapToLong(o -> o.answer().parts().size()).sum(),
        outcomes);
  }

  /** The share of the expected items among the first five distinct items the answer cites. */
  public static double recall(DevQuestion q, Answer answer) {
    if (!q.answerable()) {
      return 0;
    }
    Set<String> cited = new LinkedHashSet<>();
    List<Answer.Citation> items = new ArrayList<>();
    for (Answer.Citation c : answer.citations()) {
      if (cited.add(c.type() + ":" + c.id()) && items.size() < 5) {
        items.add(c);
      }
    }
    long found =
        q.sources().stream()
            .filter(
                expected -> {
                  int colon = expected.indexOf(':');
                  String type = expected.substring(0, colon);
                  String title = expected.substring(colon + 1).toLowerCase(Locale.ROOT);
                  return items.stream()
                      .anyMatch(
                          c ->
                              c.type().equals(type)
                                  && c.title().toLowerCase(Locale.ROOT).startsWith(title));
                })
            .count();
    return (double) found / q.sources().size();
  }

  public static boolean fact(DevQuestion q, Answer answer) {
    String text = answer.text().toLowerCase(Locale.ROOT);
    return !answer.declined()
        && q.facts().stream().anyMatch(f -> text.contains(f.toLowerCase(Locale.ROOT)));
  }

  /**
   * Prints each question that missed (an answerable one not fully cited, without its key fact or
   * declined; an unanswerable one answered) with its recall, key fact, decline and answer.
   */
  public static void printMisses(Figures f, PrintStream out) {
    for (Outcome o : f.outcomes()) {
      boolean miss =
          o.question().answerable()
              ? o.recall() < 1 || !o.fact() || o.answer().declined()
              : !o.answer().declined();
      if (miss) {
        out.printf(
            "MISS [%s] %s%n  recall %.2f, key fact %s, declined %s: %s%n",
            o.question().language(),
            o.question().question(),
            o.recall(),
            o.fact(),
            o.answer().declined(),
            o.answer().text().replace('\n', ' '));
      }
    }
  }

  /**
   * The command: waits until every content change has reached the passages, evaluates, prints the
   * figures and each question that missed. Exit code 0.
   */
  public int run(Path file, PrintStream out) throws IOException, InterruptedException {
    List<DevQuestion> questions = read(file);
    awaitPassages(Duration.ofMinutes(30));
    long asked = System.nanoTime();
    Figures f = evaluate(questions);
    long millis = (System.nanoTime() - asked) / 1_000_000;
    printMisses(f, out);
    out.printf(
        "Assistant over %d answerable and %d unanswerable questions (%d ms each on average):%n",
        f.answerable(), f.unanswerable(), millis / Math.max(1, questions.size()));
    out.printf("  citation recall@5      %.3f%n", f.recallAt5());
    out.printf("  answers with key fact  %.3f%n", f.keyFacts());
    out.printf("  unanswerable declined  %.3f%n", f.declined());
    out.printf("  answerable declined    %d%n", f.falseDeclines());
    out.printf("  sentences without citation %d of %d%n", f.uncitedSentences(), f.sentences());
    return 0;
  }
}
