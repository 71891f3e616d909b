package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Question.Intent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a question in steps: its language (Lingua), the classifications and labs it names ({@link
 * QuestionPhrases}), what it asks for ({@link QuestionIntents}), the words left that carry its
 * topic ({@link TopicWords}) and, for list questions, the public services it names ({@link
 * ServiceNames}). The words come from {@link QuestionWords}' files. A short question that starts
 * like "And in Germany?" continues the previous one.
 */
@Component
class QuestionReader {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*");

  private final QuestionLanguage languages;
  private final QuestionPhrases phrases;
  private final ServiceNames services;
  private final QuestionIntents intents;
  private final TopicWords topics;

  QuestionReader(QuestionLanguage languages, QuestionPhrases phrases, ServiceNames services) {
    this.languages = languages;
    this.phrases = phrases;
    this.services = services;
    QuestionWords words = QuestionWords.load();
    this.intents = new QuestionIntents(words);
    this.topics = new TopicWords(words);
  }

  /** Reads the question; {@code previous} is the conversation's last question, if any. */
  Question read(String text, @Nullable Question previous, Locale page) {
    String language = languages.of(text, page);
    List<String> words = asked(text);
    List<String> folded = words.stream().map(QuestionReader::fold).toList();
    QuestionPhrases.Named found = phrases.find(words, folded);
    Intent intent = intents.intent(folded);
    Set<String> types = intents.types(intent, folded);
    List<String> topic = topics.of(words, folded, found.used(), intent);
    Map<String, String> named = new LinkedHashMap<>(found.named());
    Set<Long> serviceIds = new LinkedHashSet<>();
    if (intent.list()) {
      services.find(text, topic, serviceIds, named);
    }
    Question question =
        new Question(
            text,
            language,
            intent,
            topic,
            found.filters(),
            named,
            found.labIds(),
            serviceIds,
            types,
            false);
    if (previous != null && QuestionIntents.followsUp(text, topic)) {
      return question.following(previous);
    }
    return question;
  }

  /** Every way of naming the entry (labels, synonyms, everyday words), each as its words. */
  List<List<String>> names(String field, String code) {
    return phrases.names(field, code);
  }

  /** The words of a text as written. */
  static List<String> asked(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The words of a text, folded. */
  static List<String> words(String text) {
    return asked(text).stream().map(QuestionReader::fold).toList();
  }

  /** A word in lower case and composed form, as word lists hold it. */
  static String fold(String word) {
    return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }
}
