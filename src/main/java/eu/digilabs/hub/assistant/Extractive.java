package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Citation;
import eu.digilabs.hub.assistant.Answer.Part;
import eu.digilabs.hub.assistant.Answer.Related;
import eu.digilabs.hub.assistant.Question.Intent;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.SearchService.Condition;
import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers from the passages themselves, fully offline: the passages that cover the question's topic
 * are found by the search's words and meaning, the sentences that carry the most of it are quoted,
 * each with its source. List questions ("Which chatbot projects are live in Estonia?") are answered
 * with the classifications they name as filters, and with the number found. When the passages do
 * not cover the question's topic, the answer says so and quotes nothing.
 */
@Component
class Extractive {

  /** The index the passages live in. */
  static final List<String> PASSAGES = List.of("Passage");

  /** A passage must hold this share of the question's topic words to be quoted. */
  static final double MIN_COVERAGE = 0.6;

  /** At most this many sentences, and this many from one passage. */
  static final int MAX_SENTENCES = 4;

  static final int PER_PASSAGE = 2;

  /** List answers show this many items (the count says how many there are). */
  static final int LIST_ITEMS = 6;

  /** Candidates read for a list question with topic words. */
  static final int LIST_CANDIDATES = 200;

  private static final Set<String> FAILURE_HEADINGS =
      Set.of("What went wrong", "What did not work", "What to do differently", "Lessons");

  private final SearchService search;
  private final Passages passages;
  private final TextTerms terms;
  private final Taxonomy taxonomy;
  private final MessageSource messages;
  private final QuestionReader reader;

  Extractive(
      QuestionReader reader,
      SearchService search,
      Passages passages,
      TextTerms terms,
      Taxonomy taxonomy,
      MessageSource messages) {
    this.reader = reader;
    this.search = search;
    this.passages = passages;
    this.terms = terms;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  /** The locale of the answer's own words: German for German questions, else English. */
  static Locale locale(String language) {
    return "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
  }

  @Transactional(readOnly = true)
  Answer answer(Question question, String id, String conversationId) {
    return switch (question.intent()) {
      case PROJECTS -> projects(question, id, conversationId);
      case LABS -> labs(question, id, conversationId);
      default -> explain(question, id, conversationId, retrieve(question));
    };
  }

  /** The passages a question's explanation is drawn from, best first. */
  @Transactional(readOnly = true)
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
        search.rank(PASSAGES, question.topicText(), question.text(), conditions, 30).items();
    return load(ranked.stream().map(SearchService.RankedItem::id).toList());
  }

  /** Whether the passage's item is classified as the question names (country, technology). */
  private static boolean classified(Question question, Passage p) {
    String country = question.filters().get(SearchFields.COUNTRY);
    String technology = question.filters().get(SearchFields.TECHNOLOGY);
    return country != null && country.equals(p.country())
        || technology != null && p.getSearchTechnologies().contains(technology);
  }

  private List<Passage> load(List<Long> ids) {
    Map<Long, Passage> byId = new HashMap<>();
    passages.findAllById(ids).forEach(p -> byId.put(p.id(), p));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  // --- explanations ------------------------------------------------------------------------------

  Answer explain(Question question, String id, String conversationId, List<Passage> found) {
    Locale locale = locale(question.language());
    Weighted topic = weighted(question.topic());
    List<Scored> scored = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      Passage p = found.get(rank);
      double coverage = coverage(topic, terms.of(full(p)));
      // An item whose title names the topic ("User interviews") is about it, not just near it.
      double boost = 0.3 * coverage(topic, terms.of(p.title()));
      if (question.intent() == Intent.FAILURES && failureSection(p)) {
        boost += 0.25;
      }
      if (classified(question, p)) {
        boost += 0.15;
      }
      scored.add(new Scored(p, coverage, rank, boost));
    }
    double confidence = scored.stream().limit(8).mapToDouble(Scored::coverage).max().orElse(0);
    // Declined: nothing found, the best passages miss the topic, or the hub does not even use
    // most of the question's words (the weather, a recipe).
    boolean personal = QuestionReader.PERSONAL.matcher(question.text().strip()).matches();
    if (scored.isEmpty()
        || confidence < MIN_COVERAGE
        || topic.known() <= 0.5
        || personal && !guidance(scored.get(0).passage())) {
      return declined(
          question,
          id,
          conversationId,
          found,
          "assistant.notFound",
          locale,
          confidence * topic.known());
    }
    List<Scored> usable =
        scored.stream()
            .filter(s -> s.coverage() >= Math.max(MIN_COVERAGE, confidence - 0.34))
            .sorted(
                Comparator.comparingDouble((Scored s) -> -(s.coverage() + s.boost()))
                    .thenComparingInt(Scored::rank))
            .limit(5)
            .toList();
    List<Sentence> sentences = new ArrayList<>();
    for (int order = 0; order < usable.size(); order++) {
      Scored s = usable.get(order);
      List<String> split = sentences(s.passage());
      for (int i = 0; i < split.size(); i++) {
        String sentence = split.get(i);
        double overlap = coverage(topic, terms.of(sentence));
        // Fragments ("What we take home.") say little on their own.
        double brevity = sentence.split("\\s+").length < 5 ? 0.2 : 0;
        double score =
            overlap + 0.5 * s.coverage() + s.boost() + 0.15 / (1 + order) - 0.02 * i - brevity;
        sentences.add(new Sentence(s.passage(), order, i, sentence, score));
      }
    }
    sentences.sort(Comparator.comparingDouble(Sentence::score).reversed());
    List<Sentence> chosen = new ArrayList<>();
    Set<String> said = new java.util.HashSet<>();
    Map<Long, Integer> perPassage = new HashMap<>();
    double best = sentences.isEmpty() ? 0 : sentences.get(0).score();
    for (Sentence s : sentences) {
      if (chosen.size() == MAX_SENTENCES || s.score() < best * 0.6) {
        break;
      }
      // The same sentence in two items (a case in two collections) is said once.
      if (said.add(s.text().toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip())
          && perPassage.merge(s.passage().id(), 1, Integer::sum) <= PER_PASSAGE) {
        chosen.add(s);
      }
    }
    if (chosen.size() == 1) {
      // One sentence alone rarely answers: add the one after it, from the same passage.
      Sentence only = chosen.get(0);
      List<String> split = sentences(only.passage());
      if (only.index() + 1 < split.size()) {
        chosen.add(
            new Sentence(
                only.passage(), only.order(), only.index() + 1, split.get(only.index() + 1), 0));
      }
    }
    chosen.sort(Comparator.comparingInt(Sentence::order).thenComparingInt(Sentence::index));
    Citations citations = new Citations(question.language());
    List<Part> parts =
        chosen.stream()
            .map(s -> new Part(s.text(), List.of(citations.number(s.passage()))))
            .toList();
    return new Answer(
        id,
        conversationId,
        question.language(),
        Answer.Mode.EXTRACTIVE,
        round(confidence * topic.known()),
        false,
        null,
        false,
        null,
        parts,
        citations.list(),
        searchUrl(question),
        List.of(),
        null);
  }

  /** Passages that give guidance (methods, lessons, guides, failure reports). */
  private static boolean guidance(Passage p) {
    return Set.of("method", "lesson", "article", "failure-report").contains(p.sourceType());
  }

  private record Scored(Passage passage, double coverage, int rank, double boost) {}

  private record Sentence(Passage passage, int order, int index, String text, double score) {}

  private static boolean failureSection(Passage p) {
    if ("failure-report".equals(p.sourceType())) {
      return true;
    }
    return p.heading() != null
        && FAILURE_HEADINGS.stream().anyMatch(h -> p.heading().startsWith(h));
  }

  /** A passage's words with its title and section, for how much of a question it covers. */
  private static String full(Passage p) {
    return p.title() + " " + (p.heading() == null ? "" : p.heading()) + " " + p.text();
  }

  /**
   * Words of a topic with their weights (rarer words weigh more) and how many the hub never uses.
   */
  record Weighted(List<String> words, double[] weights, int unknown) {

    /** The share of the topic words the hub knows. */
    double known() {
      return words.isEmpty() ? 0 : 1 - (double) unknown / words.size();
    }
  }

  /** Document frequencies of recent words; forgotten every few minutes as content changes. */
  private final Map<String, Long> frequencies = new java.util.concurrent.ConcurrentHashMap<>();

  private volatile long frequenciesSince = System.currentTimeMillis();

  /**
   * The topic's words weighted by inverse passage frequency: ln(1 + passages / passages with it).
   */
  Weighted weighted(List<String> topic) {
    if (System.currentTimeMillis() - frequenciesSince > 300_000 || frequencies.size() > 20_000) {
      frequencies.clear();
      frequenciesSince = System.currentTimeMillis();
    }
    long total = frequencies.computeIfAbsent("\u0000all", k -> passages.count());
    double[] weights = new double[topic.size()];
    int unknown = 0;
    for (int i = 0; i < topic.size(); i++) {
      String word = topic.get(i);
      // Words the hub does not use yet are counted again each time: they may arrive any moment.
      String key = word.toLowerCase(Locale.ROOT);
      Long known = frequencies.get(key);
      long df = known != null ? known : search.count(PASSAGES, word);
      if (known == null && df > 0) {
        frequencies.put(key, df);
      }
      if (df == 0) {
        unknown++;
      }
      weights[i] = df == 0 ? 0 : Math.log(1 + (double) Math.max(total, df) / df);
    }
    return new Weighted(topic, weights, unknown);
  }

  /** The weighted share of the topic's known words found in the text's terms. */
  double coverage(Weighted topic, Set<String> text) {
    double all = 0;
    double found = 0;
    for (int i = 0; i < topic.words().size(); i++) {
      all += topic.weights()[i];
      if (topic.weights()[i] > 0
          && !Collections.disjoint(terms.forms(topic.words().get(i)), text)) {
        found += topic.weights()[i];
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /** The share of the question's topic words found in the text's terms. */
  double coverage(List<String> topic, Set<String> text) {
    if (topic.isEmpty()) {
      return 0;
    }
    long found = topic.stream().filter(w -> !Collections.disjoint(terms.forms(w), text)).count();
    return (double) found / topic.size();
  }

  static List<String> sentences(Passage p) {
    Locale locale = p.language() == null ? Locale.ROOT : Locale.forLanguageTag(p.language());
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    String text = p.text();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (s.codePoints().anyMatch(Character::isLetter)) {
        out.add(s);
      }
    }
    return out;
  }

  // --- lists -------------------------------------------------------------------------------------

  private Answer projects(Question question, String id, String conversationId) {
    Locale locale = locale(question.language());
    List<Passage> found = new ArrayList<>();
    long count = matchingProjects(question, found);
    String what = described(question, locale);
    if (count == 0 && !question.topic().isEmpty()) {
      return explainInstead(question, id, conversationId);
    }
    if (count == 0) {
      return declined(
          question,
          id,
          conversationId,
          retrieve(question),
          "assistant.projects.none",
          locale,
          0,
          what);
    }
    Citations citations = new Citations(question.language());
    List<Part> parts =
        found.stream()
            .limit(LIST_ITEMS)
            .map(p -> new Part(item(p), List.of(citations.number(p))))
            .toList();
    return new Answer(
        id,
        conversationId,
        question.language(),
        Answer.Mode.EXTRACTIVE,
        1.0,
        false,
        messages.getMessage("assistant.projects.found", new Object[] {count, what}, locale),
        true,
        count,
        parts,
        citations.list(),
        searchUrl(question),
        List.of(),
        null);
  }

  /**
   * The first passages of the published projects that have every classification the question names
   * and (when it has topic words) cover its topic; answers how many there are.
   */
  private long matchingProjects(Question question, List<Passage> into) {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Condition.anyOf(SearchFields.TYPE, List.of("project")));
    conditions.add(Condition.anyOf("ordinal", List.of(0)));
    question
        .filters()
        .forEach((field, code) -> conditions.add(Condition.anyOf(field, List.of(code))));
    if (!question.labIds().isEmpty()) {
      conditions.add(Condition.anyOf(SearchFields.LAB, question.labIds()));
    }
    if (!question.serviceIds().isEmpty()) {
      conditions.add(Condition.anyOf(SearchFields.SERVICE, question.serviceIds()));
    }
    String topic = question.topicText();
    if (topic.isEmpty()) {
      var ranked = search.rank(PASSAGES, "", null, conditions, LIST_ITEMS);
      into.addAll(load(ranked.items().stream().map(SearchService.RankedItem::id).toList()));
      return ranked.total();
    }
    var ranked = search.rank(PASSAGES, topic, topic, conditions, LIST_CANDIDATES);
    for (Passage p : load(ranked.items().stream().map(SearchService.RankedItem::id).toList())) {
      // The first passage holds title and summary; the topic must be there, or in the rest.
      if (coverage(question.topic(), terms.of(projectText(p))) >= MIN_COVERAGE) {
        into.add(p);
      }
    }
    return into.size();
  }

  /** All of a project's passages, for whether it is about the topic. */
  private String projectText(Passage first) {
    StringBuilder text = new StringBuilder();
    for (Passage p :
        passages.findBySourceTypeAndSourceIdOrderByOrdinal(first.sourceType(), first.sourceId())) {
      text.append(full(p)).append(' ');
    }
    return text.toString();
  }

  private Answer labs(Question question, String id, String conversationId) {
    Locale locale = locale(question.language());
    List<Passage> projects = new ArrayList<>();
    matchingProjects(question, projects);
    Map<Long, List<Passage>> evidence = new LinkedHashMap<>();
    for (Passage p : projects) {
      if (p.labId() != null) {
        evidence.computeIfAbsent(p.labId(), k -> new ArrayList<>()).add(p);
      }
    }
    // Labs whose own profile names the topic or the technology asked about.
    List<String> words = new ArrayList<>(question.topic());
    String technology = question.named().get(SearchFields.TECHNOLOGY);
    if (technology != null) {
      words.add(technology);
    }
    if (!words.isEmpty()) {
      List<Condition> conditions = new ArrayList<>();
      conditions.add(Condition.anyOf(SearchFields.TYPE, List.of("lab")));
      String country = question.filters().get(SearchFields.COUNTRY);
      if (country != null) {
        conditions.add(Condition.anyOf(SearchFields.COUNTRY, List.of(country)));
      }
      List<List<String>> names =
          technology == null
              ? List.of()
              : reader.names(
                  SearchFields.TECHNOLOGY, question.filters().get(SearchFields.TECHNOLOGY));
      // The technology by any of its names: (chatbot | "virtual assistant" | ...).
      String query = question.topicText();
      if (!names.isEmpty()) {
        query +=
            " ("
                + String.join(
                    " | ",
                    names.stream()
                        .map(n -> n.size() == 1 ? n.get(0) : "\"" + String.join(" ", n) + "\"")
                        .distinct()
                        .toList())
                + ")";
      }
      var ranked = search.rank(PASSAGES, query.strip(), String.join(" ", words), conditions, 50);
      for (Passage p : load(ranked.items().stream().map(SearchService.RankedItem::id).toList())) {
        Set<String> text = terms.of(full(p));
        boolean topic =
            question.topic().isEmpty() || coverage(question.topic(), text) >= MIN_COVERAGE;
        boolean named =
            technology == null || names.stream().anyMatch(n -> coverage(n, text) == 1.0);
        if (topic && named) {
          evidence.computeIfAbsent(p.sourceId(), k -> new ArrayList<>());
        }
      }
    }
    Citations citations = new Citations(question.language());
    List<Part> parts = new ArrayList<>();
    long count = 0;
    for (var entry : evidence.entrySet()) {
      List<Passage> lab = passages.findBySourceTypeAndSourceIdOrderByOrdinal("lab", entry.getKey());
      if (lab.isEmpty()) {
        continue; // not public
      }
      count++;
      if (parts.size() == LIST_ITEMS) {
        continue;
      }
      List<Integer> cited = new ArrayList<>();
      cited.add(citations.number(lab.get(0)));
      List<String> titles = new ArrayList<>();
      for (Passage project : entry.getValue().stream().limit(2).toList()) {
        cited.add(citations.number(project));
        titles.add(project.title());
      }
      parts.add(
          new Part(
              lab.get(0).title() + (titles.isEmpty() ? "" : ": " + String.join("; ", titles)),
              cited));
    }
    String what = described(question, locale);
    if (count == 0 && !question.topic().isEmpty()) {
      return explainInstead(question, id, conversationId);
    }
    if (count == 0) {
      return declined(
          question, id, conversationId, retrieve(question), "assistant.labs.none", locale, 0, what);
    }
    return new Answer(
        id,
        conversationId,
        question.language(),
        Answer.Mode.EXTRACTIVE,
        1.0,
        false,
        messages.getMessage("assistant.labs.found", new Object[] {count, what}, locale),
        true,
        count,
        parts,
        citations.list(),
        searchUrl(question),
        List.of(),
        null);
  }

  /**
   * A list question whose classifications match nothing ("Which project inspects sewer pipes with
   * robots?" where no case is classified as robotics): explained from the passages instead, with
   * the words that named the classifications back in the topic.
   */
  private Answer explainInstead(Question question, String id, String conversationId) {
    List<String> topic = new ArrayList<>(question.topic());
    question.named().values().forEach(topic::add);
    Question broader =
        new Question(
            question.text(),
            question.language(),
            Intent.EXPLAIN,
            topic,
            question.filters(),
            question.named(),
            question.labIds(),
            question.serviceIds(),
            question.types(),
            question.followUp());
    // The classifications no longer filter: their words are in the topic now.
    Question words =
        new Question(
            broader.text(),
            broader.language(),
            Intent.EXPLAIN,
            topic,
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            broader.types(),
            broader.followUp());
    return explain(broader, id, conversationId, retrieve(words));
  }

  /** A list item: the item's title and the passage's first sentence. */
  private static String item(Passage p) {
    List<String> split = sentences(p);
    String first = split.isEmpty() ? "" : split.get(0);
    return first.isEmpty() || first.equals(p.title()) ? p.title() : p.title() + ": " + first;
  }

  /** What a list question asked for, in words: the classifications' labels and the topic. */
  private String described(Question question, Locale locale) {
    List<String> parts = new ArrayList<>(question.topic());
    Map<String, Vocabulary> vocabularies =
        Map.of(
            SearchFields.COUNTRY, Vocabulary.COUNTRY,
            SearchFields.TECHNOLOGY, Vocabulary.TECHNOLOGY,
            SearchFields.STATUS, Vocabulary.STATUS,
            SearchFields.PHASE, Vocabulary.PHASE,
            SearchFields.POLICY_AREA, Vocabulary.POLICY_AREA);
    question
        .filters()
        .forEach((field, code) -> parts.add(taxonomy.label(vocabularies.get(field), code, locale)));
    String service = question.named().get(SearchFields.SERVICE);
    if (service != null) {
      parts.add(service);
    }
    return String.join(", ", parts);
  }

  // --- declining ---------------------------------------------------------------------------------

  private Answer declined(
      Question question,
      String id,
      String conversationId,
      List<Passage> nearest,
      String message,
      Locale locale,
      double confidence,
      Object... args) {
    List<Related> related = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Passage p : nearest) {
      if (related.size() == 3) {
        break;
      }
      if (seen.add(p.sourceType() + ":" + p.sourceId())
          && coverage(question.topic(), terms.of(full(p))) > 0) {
        related.add(new Related(p.sourceType(), p.title(), p.url()));
      }
    }
    return new Answer(
        id,
        conversationId,
        question.language(),
        Answer.Mode.EXTRACTIVE,
        round(confidence),
        true,
        messages.getMessage(message, args, locale),
        false,
        null,
        List.of(),
        List.of(),
        searchUrl(question),
        related,
        null);
  }

  static String searchUrl(Question question) {
    // The topic's words; a pure list question ("Which projects are live in Germany?") browses.
    String words = question.topicText();
    StringBuilder url =
        new StringBuilder("/search?q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
    question
        .filters()
        .forEach(
            (field, code) ->
                url.append('&')
                    .append(field)
                    .append('=')
                    .append(URLEncoder.encode(code, StandardCharsets.UTF_8)));
    return url.toString();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** Numbers passages in the order the answer first cites them. */
  static final class Citations {
    private final String language;
    private final Map<Long, Citation> byPassage = new LinkedHashMap<>();

    Citations(String language) {
      this.language = language;
    }

    int number(Passage p) {
      return byPassage
          .computeIfAbsent(
              p.id(),
              k ->
                  new Citation(
                      byPassage.size() + 1,
                      p.sourceType(),
                      p.sourceId(),
                      p.title(),
                      p.url(),
                      p.heading(),
                      p.text(),
                      p.language(),
                      p.language() != null && !p.language().equals(language)))
          .number();
    }

    List<Citation> list() {
      return List.copyOf(byPassage.values());
    }
  }
}
