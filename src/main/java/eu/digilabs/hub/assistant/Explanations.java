package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Part;
import eu.digilabs.hub.assistant.Question.Intent;
import eu.digilabs.hub.assistant.TopicWeighting.Weighted;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.SearchService.Condition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Explains from the passages that cover the question's topic: the sentences that carry the most of
 * it are quoted, each with its source (see {@link ScoringWeights}). When the passages do not cover
 * the topic, the answer is declined and quotes nothing.
 */
@Component
class Explanations {

  private static final Set<String> FAILURE_HEADINGS =
      Set.of("What went wrong", "What did not work", "What to do differently", "Lessons");

  /** Kinds of item that give guidance (methods, lessons, guides, failure reports). */
  private static final Set<String> GUIDANCE =
      Set.of("method", "lesson", "article", "failure-report");

  private final SearchService search;
  private final Passages passages;
  private final TopicWeighting topics;
  private final Declines declines;
  private final ScoringWeights weights = ScoringWeights.TUNED;

  Explanations(SearchService search, Passages passages, TopicWeighting topics, Declines declines) {
    this.search = search;
    this.passages = passages;
    this.topics = topics;
    this.declines = declines;
  }

  /** A passage found for a question, with the share of the topic it covers and its lift. */
  record Scored(Passage passage, double coverage, int rank, double boost) {}

  /** A sentence of a passage that may be quoted, with its score. */
  record Sentence(Passage passage, int order, int index, String text, double score) {}

  /** The passages a question's explanation is drawn from, best first. */
  List<Passage> retrieve(Question question) {
    if (question.topic().isEmpty()) {
      return List.of();
    }
    // Named countries and technologies do not filter explanations (a failure report has neither,
    // an imported case may be classified otherwise); their words are in the topic, and passages
    // classified that way rank higher.
    List<Condition> conditions = new ArrayList<>();
    if (!question.types().isEmpty()) {
      conditions.add(Condition.anyOf(SearchFields.TYPE, question.types()));
    }
    var ranked =
        search.rank(
            TopicWeighting.PASSAGES,
            question.topicText(),
            question.text(),
            conditions,
            weights.retrieved());
    return load(ranked.items().stream().map(SearchService.RankedItem::id).toList());
  }

  /** The passages by id, in the order of the ids; those gone since are left out. */
  List<Passage> load(List<Long> ids) {
    Map<Long, Passage> byId = new HashMap<>();
    passages.findAllById(ids).forEach(p -> byId.put(p.id(), p));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The answer from the passages found for the question, or a decline. */
  Answer explain(Question question, String id, String conversationId, List<Passage> found) {
    Weighted topic = topics.weighted(question.topic());
    List<Scored> scored = scored(question, topic, found);
    double confidence =
        scored.stream()
            .limit(weights.confidencePassages())
            .mapToDouble(Scored::coverage)
            .max()
            .orElse(0);
    if (unanswered(question, topic, scored, confidence)) {
      return declines.declined(
          question, id, conversationId, found, "assistant.notFound", confidence * topic.known());
    }
    List<Sentence> chosen = chosen(sentences(topic, usable(scored, confidence)));
    chosen.sort(Comparator.comparingInt(Sentence::order).thenComparingInt(Sentence::index));
    Citations citations = new Citations(question.language());
    List<Part> parts =
        chosen.stream()
            .map(s -> new Part(s.text(), List.of(citations.number(s.passage()))))
            .toList();
    return Answer.cited(
        id,
        conversationId,
        question.language(),
        Answer.rounded(confidence * topic.known()),
        parts,
        citations.list(),
        question.searchUrl());
  }

  /** The passages found with how much of the topic they cover and what lifts them. */
  private List<Scored> scored(Question question, Weighted topic, List<Passage> found) {
    List<Scored> scored = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      Passage p = found.get(rank);
      double coverage = topics.coverage(topic, PassageSentences.full(p));
      // An item whose title names the topic ("User interviews") is about it, not just near it.
      double boost = weights.titleBoost() * topics.coverage(topic, p.title());
      if (question.intent() == Intent.FAILURES && failureSection(p)) {
        boost += weights.failureBoost();
      }
      if (classified(question, p)) {
        boost += weights.classifiedBoost();
      }
      scored.add(new Scored(p, coverage, rank, boost));
    }
    return scored;
  }

  /**
   * Declined: nothing found, the best passages miss the topic, the hub does not even use most of
   * the question's words (the weather, a recipe), or personal advice finds no guidance.
   */
  private boolean unanswered(
      Question question, Weighted topic, List<Scored> scored, double confidence) {
    boolean personal = QuestionIntents.personal(question.text());
    return scored.isEmpty()
        || confidence < weights.minCoverage()
        || topic.known() <= weights.minKnown()
        || personal && !GUIDANCE.contains(scored.get(0).passage().sourceType());
  }

  /** The passages close to the best one's coverage, by coverage and lift, then rank. */
  private List<Scored> usable(List<Scored> scored, double confidence) {
    return scored.stream()
        .filter(
            s ->
                s.coverage()
                    >= Math.max(weights.minCoverage(), confidence - weights.coverageMargin()))
        .sorted(
            Comparator.comparingDouble((Scored s) -> -(s.coverage() + s.boost()))
                .thenComparingInt(Scored::rank))
        .limit(weights.usablePassages())
        .toList();
  }

  /** Every sentence of the usable passages with its score, best first. */
  private List<Sentence> sentences(Weighted topic, List<Scored> usable) {
    List<Sentence> sentences = new ArrayList<>();
    for (int order = 0; order < usable.size(); order++) {
      Scored s = usable.get(order);
      List<String> split = PassageSentences.of(s.passage());
      for (int i = 0; i < split.size(); i++) {
        String sentence = split.get(i);
        double overlap = topics.coverage(topic, sentence);
        // Fragments ("What we take home.") say little on their own.
        int words = sentence.split("\\s+").length;
        double score = weights.sentenceScore(overlap, s.coverage(), s.boost(), order, i, words);
        sentences.add(new Sentence(s.passage(), order, i, sentence, score));
      }
    }
    sentences.sort(Comparator.comparingDouble(Sentence::score).reversed());
    return sentences;
  }

  /** The best sentences, each said once, a few per passage; one alone gets the one after it. */
  private List<Sentence> chosen(List<Sentence> sentences) {
    List<Sentence> chosen = new ArrayList<>();
    Set<String> said = new HashSet<>();
    Map<Long, Integer> perPassage = new HashMap<>();
    double best = sentences.isEmpty() ? 0 : sentences.get(0).score();
    for (Sentence s : sentences) {
      if (chosen.size() == weights.maxSentences() || s.score() < best * weights.sentenceCutoff()) {
        break;
      }
      // The same sentence in two items (a case in two collections) is said once.
      if (said.add(s.text().toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip())
          && perPassage.merge(s.passage().id(), 1, Integer::sum) <= weights.perPassage()) {
        chosen.add(s);
      }
    }
    if (chosen.size() == 1) {
      // One sentence alone rarely answers: add the one after it, from the same passage.
      Sentence only = chosen.get(0);
      List<String> split = PassageSentences.of(only.passage());
      if (only.index() + 1 < split.size()) {
        chosen.add(
            new Sentence(
                only.passage(), only.order(), only.index() + 1, split.get(only.index() + 1), 0));
      }
    }
    return chosen;
  }

  /** Whether the passage's item is classified as the question names (country, technology). */
  private static boolean classified(Question question, Passage p) {
    String country = question.filters().get(SearchFields.COUNTRY);
    String technology = question.filters().get(SearchFields.TECHNOLOGY);
    return country != null && country.equals(p.country())
        || technology != null && p.getSearchTechnologies().contains(technology);
  }

  private static boolean failureSection(Passage p) {
    if ("failure-report".equals(p.sourceType())) {
      return true;
    }
    String heading = p.heading();
    return heading != null && FAILURE_HEADINGS.stream().anyMatch(heading::startsWith);
  }
}
