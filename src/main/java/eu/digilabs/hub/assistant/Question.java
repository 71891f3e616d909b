package eu.digilabs.hub.assistant;

import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.web.Languages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A question as the assistant understood it: its language, what kind of answer it wants, the words
 * that carry its topic, and the classifications it names (country, technology, ...; codes by search
 * field) with the words that named them.
 *
 * @param text the question as asked
 * @param language ISO 639-1 code of the question's language
 * @param intent what kind of answer
 * @param topic the words that carry the topic (no stop words, question words or named filters)
 * @param filters codes by search field ({@code country} → {@code EE})
 * @param named the words that named each filter, as asked ({@code country} → {@code Estonia})
 * @param labIds labs the question names
 * @param serviceIds public services the question names (by name or OZG-ID), with those below them
 * @param types the kinds of item it asks about ({@code event}, {@code method}, ...), or none
 * @param followUp whether it was read as a follow-up of the previous question
 */
record Question(
    String text,
    String language,
    Intent intent,
    List<String> topic,
    Map<String, String> filters,
    Map<String, String> named,
    Set<Long> labIds,
    Set<Long> serviceIds,
    Set<String> types,
    boolean followUp) {

  /** What kind of answer a question wants. */
  enum Intent {
    /** Which projects ... (with a count). */
    PROJECTS,
    /** Which labs ... (with a count). */
    LABS,
    /** Which solutions for reuse ... (with a count and where each is live). */
    SOLUTIONS,
    /** What went wrong, what failed, lessons. */
    FAILURES,
    /** Anything else: explained from passages. */
    EXPLAIN;

    boolean list() {
      return this == PROJECTS || this == LABS || this == SOLUTIONS;
    }
  }

  /**
   * The locale of the answer's own words: the question's language when the pages speak it, else
   * English.
   */
  Locale answerLocale() {
    return Languages.codes().contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
  }

  /**
   * A search for the topic's words with the named classifications as filters; a pure list question
   * ("Which projects are live in Germany?") browses.
   */
  String searchUrl() {
    StringBuilder url =
        new StringBuilder("/search?q=")
            .append(URLEncoder.encode(topicText(), StandardCharsets.UTF_8));
    filters.forEach(
        (field, code) ->
            url.append('&')
                .append(field)
                .append('=')
                .append(URLEncoder.encode(code, StandardCharsets.UTF_8)));
    return url.toString();
  }

  /** This question as an explanation with these topic words. */
  Question explaining(List<String> words) {
    return new Question(
        text, language, Intent.EXPLAIN, words, filters, named, labIds, serviceIds, types, followUp);
  }

  /** This question with other classifications as filters. */
  Question filtering(Map<String, String> otherFilters) {
    return new Question(
        text, language, intent, topic, otherFilters, named, labIds, serviceIds, types, followUp);
  }

  /**
   * This question without one thing it names as a filter: a classification (by its search field),
   * the public services ({@code service}) or the labs ({@code lab}). The words that named a
   * classification or service become topic words, so what is found must still be about them.
   */
  Question without(String field) {
    Map<String, String> fewer = new LinkedHashMap<>(filters);
    fewer.remove(field);
    Map<String, String> fewerNamed = new LinkedHashMap<>(named);
    String words = fewerNamed.remove(field);
    List<String> wider = new ArrayList<>(topic);
    if (words != null) {
      QuestionReader.asked(words).stream()
          .filter(w -> !TextTerms.stopWord(w) && !wider.contains(w))
          .forEach(wider::add);
    }
    return new Question(
        text,
        language,
        intent,
        List.copyOf(wider),
        fewer,
        fewerNamed,
        "lab".equals(field) ? Set.of() : labIds,
        "service".equals(field) ? Set.of() : serviceIds,
        types,
        followUp);
  }

  /** This question without its classifications: their words alone, in the topic. */
  Question unfiltered() {
    return new Question(
        text, language, intent, topic, Map.of(), Map.of(), Set.of(), Set.of(), types, followUp);
  }

  /** The topic words joined, as a query. */
  String topicText() {
    return String.join(" ", topic);
  }

  /** This question with another question's intent, topic and filters where it names none. */
  Question following(Question previous) {
    Map<String, String> mergedFilters = new LinkedHashMap<>(previous.filters());
    mergedFilters.putAll(filters);
    Map<String, String> mergedNamed = new LinkedHashMap<>(previous.named());
    mergedNamed.putAll(named);
    Set<Long> labs = labIds.isEmpty() ? previous.labIds() : labIds;
    Set<Long> services = serviceIds.isEmpty() ? previous.serviceIds() : serviceIds;
    // "And in Germany?": the words that named a classification are not topic words.
    List<String> own =
        topic.stream().filter(w -> named.values().stream().noneMatch(n -> n.contains(w))).toList();
    List<String> words = Stream.concat(previous.topic().stream(), own.stream()).distinct().toList();
    Intent kept = intent == Intent.EXPLAIN ? previous.intent() : intent;
    Set<String> kinds = types.isEmpty() ? previous.types() : types;
    return new Question(
        text, language, kept, words, mergedFilters, mergedNamed, labs, services, kinds, true);
  }
}
