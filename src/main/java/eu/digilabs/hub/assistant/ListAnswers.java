package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Answer.Part;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.search.SearchService.Condition;
import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Answers list questions ("Which chatbot projects are live in Estonia?", "Welche Labore ...") with
 * the classifications they name as filters, and with the number found. A list question whose
 * classifications match nothing is explained from the passages instead.
 */
@Component
class ListAnswers {

  /** List answers show this many items (the count says how many there are). */
  static final int LIST_ITEMS = 6;

  /** Candidates read for a list question with topic words. */
  static final int LIST_CANDIDATES = 200;

  /** Labs read for a list question about labs with topic words. */
  static final int LAB_CANDIDATES = 50;

  /** Projects quoted as a lab's evidence. */
  static final int EVIDENCE = 2;

  private static final Map<String, Vocabulary> VOCABULARIES =
      Map.of(
          SearchFields.COUNTRY, Vocabulary.COUNTRY,
          SearchFields.TECHNOLOGY, Vocabulary.TECHNOLOGY,
          SearchFields.STATUS, Vocabulary.STATUS,
          SearchFields.PHASE, Vocabulary.PHASE,
          SearchFields.POLICY_AREA, Vocabulary.POLICY_AREA);

  private final SearchService search;
  private final Passages passages;
  private final TextTerms terms;
  private final TopicWeighting topics;
  private final Explanations explanations;
  private final Declines declines;
  private final Taxonomy taxonomy;
  private final MessageSource messages;

  ListAnswers(
      SearchService search,
      Passages passages,
      TextTerms terms,
      TopicWeighting topics,
      Explanations explanations,
      Declines declines,
      Taxonomy taxonomy,
      MessageSource messages) {
    this.search = search;
    this.passages = passages;
    this.terms = terms;
    this.topics = topics;
    this.explanations = explanations;
    this.declines = declines;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  /** Which projects ...: the published projects classified so, with their number. */
  Answer projects(Question question, String id, String conversationId) {
    List<Passage> found = new ArrayList<>();
    Relaxation.Relaxed relaxed =
        Relaxation.relaxed(question, (q, into) -> matching("project", q, into), found);
    long count = relaxed.count();
    if (count == 0) {
      return none(question, id, conversationId, "assistant.projects.none", described(question));
    }
    Citations citations = new Citations(question.language());
    List<Part> parts =
        found.stream()
            .limit(LIST_ITEMS)
            .map(p -> new Part(item(p), List.of(citations.number(p))))
            .toList();
    return listed(
        relaxed,
        id,
        conversationId,
        "assistant.projects.found",
        count,
        described(relaxed.question()),
        parts,
        citations);
  }

  /**
   * Which labs ...: the labs leading the matching projects (those quoted as evidence), and the labs
   * whose own profile names the topic or the technology asked about.
   */
  Answer labs(Question asked, String id, String conversationId, List<List<String>> names) {
    List<Passage> projects = new ArrayList<>();
    Relaxation.Relaxed relaxed =
        Relaxation.relaxed(
            asked,
            (q, into) -> matching("project", q, into) + namingLabs(q, names).size(),
            projects);
    Question question = relaxed.question();
    Map<Long, List<Passage>> evidence = new LinkedHashMap<>();
    for (Passage p : projects) {
      if (p.labId() != null) {
        evidence.computeIfAbsent(p.labId(), k -> new ArrayList<>()).add(p);
      }
    }
    namingLabs(question, names)
        .forEach(lab -> evidence.computeIfAbsent(lab, k -> new ArrayList<>()));
    Citations citations = new Citations(question.language());
    List<Part> parts = new ArrayList<>();
    long count = 0;
    for (var entry : evidence.entrySet()) {
      List<Passage> lab = passages.findBySourceTypeAndSourceIdOrderByOrdinal("lab", entry.getKey());
      if (lab.isEmpty()) {
        continue; // not public
      }
      count++;
      if (parts.size() < LIST_ITEMS) {
        parts.add(labItem(lab.get(0), entry.getValue(), citations));
      }
    }
    String what = described(question);
    if (count == 0) {
      return none(asked, id, conversationId, "assistant.labs.none", described(asked));
    }
    return listed(
        relaxed, id, conversationId, "assistant.labs.found", count, what, parts, citations);
  }

  /** A list answer; when something the question named was left out, it says so first. */
  Answer listed(
      Relaxation.Relaxed relaxed,
      String id,
      String conversationId,
      String message,
      long count,
      String what,
      List<Part> parts,
      Citations citations) {
    Question question = relaxed.question();
    Locale locale = question.answerLocale();
    String found = messages.getMessage(message, new Object[] {count, what}, locale);
    String intro =
        relaxed.dropped().isEmpty()
            ? found
            : messages.getMessage(
                    "assistant.relaxed",
                    new Object[] {String.join(", ", relaxed.dropped())},
                    locale)
                + " "
                + found;
    return Answer.listed(
        id,
        conversationId,
        question.language(),
        intro,
        count,
        parts,
        citations.list(),
        question.searchUrl());
  }

  /** Nothing matches: explained instead when there are topic words, else declined. */
  Answer none(Question question, String id, String conversationId, String message, String what) {
    if (!question.topic().isEmpty()) {
      return explainInstead(question, id, conversationId);
    }
    return declines.declined(
        question, id, conversationId, explanations.retrieve(question), message, 0, what);
  }

  /** A lab as a list item: its name and up to two of its projects, each cited. */
  private static Part labItem(Passage lab, List<Passage> projects, Citations citations) {
    List<Integer> cited = new ArrayList<>();
    cited.add(citations.number(lab));
    List<String> titles = new ArrayList<>();
    for (Passage project : projects.stream().limit(EVIDENCE).toList()) {
      cited.add(citations.number(project));
      titles.add(project.title());
    }
    return new Part(
        lab.title() + (titles.isEmpty() ? "" : ": " + String.join("; ", titles)), cited);
  }

  /**
   * The labs whose own profile names the topic and the technology asked about ({@code names}: the
   * technology's names, each as its words), in the country named.
   */
  private List<Long> namingLabs(Question question, List<List<String>> names) {
    List<String> words = new ArrayList<>(question.topic());
    String technology = question.named().get(SearchFields.TECHNOLOGY);
    if (technology != null) {
      words.add(technology);
    }
    if (words.isEmpty()) {
      return List.of();
    }
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Condition.anyOf(SearchFields.TYPE, List.of("lab")));
    String country = question.filters().get(SearchFields.COUNTRY);
    if (country != null) {
      conditions.add(Condition.anyOf(SearchFields.COUNTRY, List.of(country)));
    }
    List<List<String>> technologyNames = technology == null ? List.of() : names;
    var ranked =
        search.rank(
            TopicWeighting.PASSAGES,
            labQuery(question, technologyNames),
            String.join(" ", words),
            conditions,
            LAB_CANDIDATES);
    List<Long> labs = new ArrayList<>();
    for (Passage p :
        explanations.load(ranked.items().stream().map(SearchService.RankedItem::id).toList())) {
      Set<String> text = terms.of(PassageSentences.full(p));
      boolean topic =
          question.topic().isEmpty()
              || topics.coverage(question.topic(), text) >= ScoringWeights.TUNED.minCoverage();
      boolean named =
          technology == null
              || technologyNames.stream().anyMatch(n -> topics.coverage(n, text) == 1.0);
      if (topic && named) {
        labs.add(p.sourceId());
      }
    }
    return labs;
  }

  /** The topic and the technology by any of its names: {@code (chatbot | "virtual assistant")}. */
  static String labQuery(Question question, List<List<String>> names) {
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
    return query.strip();
  }

  /**
   * The first passages of the published items of this type (project, solution) that have every
   * classification the question names and (when it has topic words) cover its topic; answers how
   * many there are.
   */
  long matching(String type, Question question, List<Passage> into) {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Condition.anyOf(SearchFields.TYPE, List.of(type)));
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
      var ranked = search.rank(TopicWeighting.PASSAGES, "", null, conditions, LIST_ITEMS);
      into.addAll(
          explanations.load(ranked.items().stream().map(SearchService.RankedItem::id).toList()));
      return ranked.total();
    }
    var ranked = search.rank(TopicWeighting.PASSAGES, topic, topic, conditions, LIST_CANDIDATES);
    for (Passage p :
        explanations.load(ranked.items().stream().map(SearchService.RankedItem::id).toList())) {
      // The first passage holds title and summary; the topic must be there, or in the rest.
      if (topics.coverage(question.topic(), itemText(p)) >= ScoringWeights.TUNED.minCoverage()) {
        into.add(p);
      }
    }
    return into.size();
  }

  /** All of an item's passages, for whether it is about the topic. */
  private String itemText(Passage first) {
    StringBuilder text = new StringBuilder();
    for (Passage p :
        passages.findBySourceTypeAndSourceIdOrderByOrdinal(first.sourceType(), first.sourceId())) {
      text.append(PassageSentences.full(p)).append(' ');
    }
    return text.toString();
  }

  /**
   * A list question whose classifications match nothing ("Which project inspects sewer pipes with
   * robots?" where no case is classified as robotics): explained from the passages instead, with
   * the words that named the classifications back in the topic.
   */
  private Answer explainInstead(Question question, String id, String conversationId) {
    List<String> topic = new ArrayList<>(question.topic());
    topic.addAll(question.named().values());
    Question broader = question.explaining(topic);
    // The classifications no longer filter: their words are in the topic now.
    return explanations.explain(
        broader, id, conversationId, explanations.retrieve(broader.unfiltered()));
  }

  /** A list item: the item's title and the passage's first sentence. */
  static String item(Passage p) {
    List<String> split = PassageSentences.of(p);
    String first = split.isEmpty() ? "" : split.get(0);
    return first.isEmpty() || first.equals(p.title()) ? p.title() : p.title() + ": " + first;
  }

  /** What a list question asked for, in words: the classifications' labels and the topic. */
  String described(Question question) {
    Locale locale = question.answerLocale();
    List<String> parts = new ArrayList<>(question.topic());
    question
        .filters()
        .forEach(
            (field, code) -> {
              Vocabulary vocabulary = VOCABULARIES.get(field);
              if (vocabulary != null) {
                parts.add(taxonomy.label(vocabulary, code, locale));
              }
            });
    String service = question.named().get(SearchFields.SERVICE);
    if (service != null) {
      parts.add(service);
    }
    return String.join(", ", parts);
  }
}
