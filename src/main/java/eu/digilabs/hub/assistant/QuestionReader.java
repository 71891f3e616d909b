package eu.digilabs.hub.assistant;

import eu.digilabs.hub.assistant.Question.Intent;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.search.SearchFields;
import eu.digilabs.hub.search.Synonyms;
import eu.digilabs.hub.search.TextTerms;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a question: its language (Lingua), what it asks for (projects, labs, what went wrong, an
 * explanation), the classifications it names, matched against the taxonomy's German and English
 * labels, the search's synonyms and a few everyday words ({@value #ALIASES}), and the words left
 * that carry its topic. A short question that starts like "And in Germany?" continues the previous
 * one.
 */
@Component
class QuestionReader {

  /** Everyday words for taxonomy entries: {@code status.live = in operation, im Betrieb, ...}. */
  static final String ALIASES = "assistant/aliases.properties";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*");

  /** Words that ask rather than tell, in German and English. */
  private static final Set<String> QUESTION_WORDS =
      Set.copyOf(
          List.of(
              "what",
              "which",
              "who",
              "whom",
              "whose",
              "where",
              "when",
              "why",
              "how",
              "many",
              "much",
              "does",
              "do",
              "did",
              "is",
              "are",
              "was",
              "were",
              "can",
              "could",
              "should",
              "would",
              "tell",
              "me",
              "about",
              "please",
              "show",
              "list",
              "name",
              "give",
              "any",
              "there",
              "whats",
              "welche",
              "welcher",
              "welches",
              "welchen",
              "wer",
              "wen",
              "wem",
              "wo",
              "wann",
              "warum",
              "wieso",
              "weshalb",
              "wie",
              "viele",
              "gibt",
              "bitte",
              "zeige",
              "zeig",
              "nenne",
              "mir",
              "sag",
              "sage",
              "kann",
              "können",
              "ich",
              "man",
              "and",
              "und",
              "also",
              "auch",
              "what",
              "mehr",
              "more",
              "currently",
              "derzeit",
              "aktuell",
              "known",
              "bekannt",
              "ozg-id",
              "ozg",
              "leika",
              "id",
              "leika-schlüssel"));

  private static final Set<String> LIST_WORDS =
      Set.copyOf(
          List.of(
              "which", "what", "list", "show", "name", "many", "who", "welche", "welcher",
              "welches", "welchen", "zeige", "zeig", "nenne", "viele", "wer", "gibt"));

  private static final Set<String> PROJECT_WORDS =
      Set.copyOf(
          List.of(
              "project",
              "projects",
              "projekt",
              "projekte",
              "projekten",
              "projekts",
              "case",
              "cases",
              "fall",
              "fälle",
              "initiative",
              "initiatives",
              "initiativen",
              "vorhaben",
              "pilots"));

  private static final Set<String> LAB_WORDS =
      Set.copyOf(
          List.of(
              "lab",
              "labs",
              "labor",
              "labore",
              "laboren",
              "labors",
              "labs",
              "laboratories",
              "digitalisierungslabore",
              "innovationslabore"));

  private static final Set<String> FAILURE_WORDS =
      Set.copyOf(
          List.of(
              "wrong",
              "went",
              "go",
              "fail",
              "failed",
              "fails",
              "failure",
              "failures",
              "mistake",
              "mistakes",
              "problems",
              "problem",
              "schief",
              "schiefgegangen",
              "schiefgelaufen",
              "gescheitert",
              "scheitern",
              "scheiterten",
              "fehler",
              "probleme",
              "lehren",
              "lessons",
              "learned",
              "gelernt",
              "misslungen"));

  /** Verbs too general to carry a topic ("run" interviews, "work" on chatbots). */
  private static final Set<String> GENERIC_VERBS =
      Set.copyOf(
          List.of(
              "run",
              "do",
              "does",
              "did",
              "make",
              "makes",
              "get",
              "use",
              "used",
              "using",
              "work",
              "works",
              "working",
              "worked",
              "arbeiten",
              "arbeitet",
              "arbeitete",
              "machen",
              "macht",
              "tun",
              "nutzen",
              "nutzt",
              "einsetzen",
              "setzen",
              "learn",
              "learned",
              "learnt",
              "lernen",
              "gelernt",
              "happen",
              "happened",
              "passiert",
              "gibt",
              "involved",
              "beteiligt",
              "find",
              "finde",
              "finden",
              "know",
              "wissen",
              "exist",
              "exists",
              "existieren",
              "take",
              "took",
              "place",
              "held",
              "stattfinden",
              "fand",
              "statt",
              "findet",
              "setzt",
              "setzen",
              "ein",
              "eingesetzt",
              "put",
              "puts",
              "funktioniert",
              "erstellt",
              "werden",
              "wurde",
              "wurden",
              "describe",
              "describes",
              "beschreiben",
              "beschreibt",
              "say",
              "said",
              "sagt",
              "sagen",
              "sagte",
              "gilt",
              "gelten",
              "mean",
              "means",
              "bedeutet",
              "tested",
              "getestet",
              "genutzt",
              "help",
              "helps",
              "hilft",
              "führe",
              "führen",
              "durchführen",
              "durch",
              "gehe",
              "vor",
              "vorgehen"));

  /** Personal advice ("Should I buy ...?", "Soll ich ...?"): the hub holds no such advice. */
  static final Pattern PERSONAL =
      Pattern.compile(
          "^(should|shall|must) (i|we)\\b.*|^(soll|sollte|muss) (ich|wir)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that name a kind of item: the answer comes from items of that kind. */
  private static final Map<String, List<String>> TYPE_WORDS = typeWords();

  private static Map<String, List<String>> typeWords() {
    Map<String, List<String>> words = new java.util.HashMap<>();
    for (String w :
        List.of(
            "event",
            "events",
            "veranstaltung",
            "veranstaltungen",
            "conference",
            "conferences",
            "konferenz",
            "konferenzen",
            "workshops")) {
      words.put(w, List.of("event", "session"));
    }
    for (String w : List.of("session", "sessions", "talk", "talks", "vortrag", "vorträge")) {
      words.put(w, List.of("session"));
    }
    for (String w :
        List.of("guide", "guides", "leitfaden", "leitfäden", "article", "articles", "artikel")) {
      words.put(w, List.of("article"));
    }
    for (String w : List.of("method", "methods", "methode", "methoden", "methodenkarte")) {
      words.put(w, List.of("method", "lesson"));
    }
    for (String w :
        List.of(
            "course",
            "courses",
            "kurs",
            "kurse",
            "schulung",
            "schulungen",
            "training",
            "trainings",
            "lektion",
            "lektionen")) {
      words.put(w, List.of("lesson"));
    }
    for (String w :
        List.of(
            "leistung",
            "leistungen",
            "verwaltungsleistung",
            "verwaltungsleistungen",
            "ozg-leistung",
            "ozg-leistungen")) {
      words.put(w, List.of("service"));
    }
    return Map.copyOf(words);
  }

  /** Plural forms: "which labs" lists, "what did the lab learn" explains. */
  private static final Set<String> PLURALS =
      Set.copyOf(
          List.of(
              "labs",
              "labore",
              "laboren",
              "laboratories",
              "digitalisierungslabore",
              "innovationslabore",
              "projects",
              "projekte",
              "projekten",
              "cases",
              "fälle",
              "initiatives",
              "initiativen",
              "pilots"));

  /** How a follow-up question may start: "And in Germany?", "Und was ist mit ...". */
  private static final Pattern FOLLOW_UP =
      Pattern.compile(
          "^(and|und|what about|how about|und was ist mit|was ist mit|und wie|and how|and what"
              + "|und welche|and which|und in|and in|nur|only)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The vocabularies a question may name, by the search field that filters by them. */
  private static final Map<Vocabulary, String> FIELDS =
      Map.of(
          Vocabulary.COUNTRY, SearchFields.COUNTRY,
          Vocabulary.TECHNOLOGY, SearchFields.TECHNOLOGY,
          Vocabulary.STATUS, SearchFields.STATUS,
          Vocabulary.PHASE, SearchFields.PHASE,
          Vocabulary.POLICY_AREA, SearchFields.POLICY_AREA);

  /** A way of naming a taxonomy entry or a lab: its words in order. */
  private record Phrase(String field, String code, List<String> words, boolean exact) {}

  private final Taxonomy taxonomy;
  private final Synonyms synonyms;
  private final LabDirectory labs;
  private final TextTerms terms;
  private final QuestionLanguage languages;
  private final Catalogue catalogue;
  private final Properties aliases = new Properties();

  QuestionReader(
      Taxonomy taxonomy,
      Synonyms synonyms,
      LabDirectory labs,
      TextTerms terms,
      QuestionLanguage languages,
      Catalogue catalogue) {
    this.catalogue = catalogue;
    this.taxonomy = taxonomy;
    this.synonyms = synonyms;
    this.labs = labs;
    this.terms = terms;
    this.languages = languages;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ALIASES)) {
      aliases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the question; {@code previous} is the conversation's last question, if any. */
  Question read(String text, Question previous, Locale page) {
    String language = languages.of(text, page);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    List<String> folded = words.stream().map(QuestionReader::fold).toList();
    boolean[] used = new boolean[words.size()];
    Map<String, String> filters = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    Set<Long> labIds = new LinkedHashSet<>();
    List<Set<String>> forms = words.stream().map(terms::forms).toList();
    // Longest phrases first, so "United Kingdom" wins over "Kingdom".
    for (Phrase phrase : phrases()) {
      for (int i = 0; i + phrase.words().size() <= words.size(); i++) {
        if (matches(phrase, words, forms, folded, used, i)) {
          int end = i + phrase.words().size();
          boolean isLab = "lab".equals(phrase.field());
          if (isLab) {
            labIds.add(Long.valueOf(phrase.code()));
          } else if (!filters.containsKey(phrase.field())) {
            filters.put(phrase.field(), phrase.code());
            named.put(phrase.field(), String.join(" ", words.subList(i, end)));
          } else {
            continue;
          }
          for (int k = i; k < end; k++) {
            used[k] = true;
          }
        }
      }
    }
    boolean asksList = folded.stream().anyMatch(LIST_WORDS::contains);
    boolean failures = folded.stream().anyMatch(FAILURE_WORDS::contains) && !onlyGo(folded);
    Intent intent;
    if (failures) {
      intent = Intent.FAILURES;
    } else if (asksList && listOf(folded, LAB_WORDS)) {
      intent = Intent.LABS;
    } else if (asksList && listOf(folded, PROJECT_WORDS)) {
      intent = Intent.PROJECTS;
    } else {
      intent = Intent.EXPLAIN;
    }
    Set<String> types = new LinkedHashSet<>();
    if (!intent.list()) {
      folded.stream().filter(TYPE_WORDS::containsKey).forEach(w -> types.addAll(TYPE_WORDS.get(w)));
    }
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = folded.get(i);
      if (used[i] && intent.list()
          || GENERIC_VERBS.contains(w)
          || TYPE_WORDS.containsKey(w)
          || !used[i] && TextTerms.stopWord(w)
          || QUESTION_WORDS.contains(w)
          || (intent == Intent.FAILURES && FAILURE_WORDS.contains(w))
          || (intent.list() && (PROJECT_WORDS.contains(w) || LAB_WORDS.contains(w)))
          || w.length() < 2) {
        continue;
      }
      if (!topic.contains(words.get(i))) {
        topic.add(words.get(i));
      }
    }
    Set<Long> serviceIds = new LinkedHashSet<>();
    if (intent.list()) {
      services(text, topic, serviceIds, named);
    }
    Question question =
        new Question(
            text, language, intent, topic, filters, named, labIds, serviceIds, types, false);
    if (previous != null && followsUp(text, topic)) {
      return question.following(previous);
    }
    return question;
  }

  private static final Pattern SERVICE_KEY = Pattern.compile("\\b(\\d{5}|\\d{14})\\b");

  /**
   * The public services a list question names, by OZG-ID or LeiKa key, or by (part of) their name
   * in the topic words ("Which projects implement Elterngeld?"), with the services below them; the
   * words that named them leave the topic.
   */
  private void services(
      String text, List<String> topic, Set<Long> into, Map<String, String> named) {
    Matcher key = SERVICE_KEY.matcher(text);
    while (key.find()) {
      for (ServiceView s : catalogue.search(key.group(1), 5)) {
        if (key.group(1).equals(s.key())) {
          into.addAll(catalogue.within(s.id()));
          named.putIfAbsent(SearchFields.SERVICE, s.display());
          topic.remove(key.group(1));
        }
      }
    }
    // Longest runs of topic words first: "Ausbildungsförderung (BAföG)" before "BAföG".
    for (int size = Math.min(3, topic.size()); size >= 1 && into.isEmpty(); size--) {
      for (int from = 0; from + size <= topic.size() && into.isEmpty(); from++) {
        String name = String.join(" ", topic.subList(from, from + size));
        if (name.length() < 5) {
          continue;
        }
        String folded = fold(name);
        List<ServiceView> found =
            catalogue.search(name, 10).stream()
                .filter(s -> !s.withdrawn() && s.name() != null)
                .filter(s -> fold(s.name()).contains(folded))
                .toList();
        if (!found.isEmpty()) {
          found.forEach(s -> into.addAll(catalogue.within(s.id())));
          named.put(SearchFields.SERVICE, found.get(0).display());
          topic.subList(from, from + size).clear();
        }
      }
    }
  }

  /**
   * Whether the question asks for a list of these: a plural ("which labs"), or the singular right
   * after the list word ("welches Labor").
   */
  private static boolean listOf(List<String> folded, Set<String> kind) {
    for (int i = 0; i < folded.size(); i++) {
      if (kind.contains(folded.get(i))
          && (PLURALS.contains(folded.get(i)) || i > 0 && LIST_WORDS.contains(folded.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** "go" alone ("How do I go about ...") is no failure. */
  private static boolean onlyGo(List<String> folded) {
    return folded.stream().filter(FAILURE_WORDS::contains).allMatch(w -> w.equals("go"));
  }

  private static boolean followsUp(String text, List<String> topic) {
    return FOLLOW_UP.matcher(text.strip()).matches() && topic.size() <= 3;
  }

  private boolean matches(
      Phrase phrase,
      List<String> asked,
      List<Set<String>> forms,
      List<String> folded,
      boolean[] used,
      int at) {
    for (int k = 0; k < phrase.words().size(); k++) {
      if (used[at + k]) {
        return false;
      }
      if (phrase.exact()) {
        if (!asked.get(at + k).equals(phrase.code())) {
          return false;
        }
        continue;
      }
      String wanted = phrase.words().get(k);
      if (!wanted.equals(folded.get(at + k))
          && java.util.Collections.disjoint(terms.forms(wanted), forms.get(at + k))) {
        return false;
      }
    }
    return true;
  }

  private volatile List<Phrase> cached;
  private volatile long cachedAt;

  /** Every way of naming an entry or a lab, longest first; refreshed once a minute. */
  private List<Phrase> phrases() {
    if (cached != null && System.currentTimeMillis() - cachedAt < 60_000) {
      return cached;
    }
    List<Phrase> phrases = new ArrayList<>();
    List<List<String>> groups =
        synonyms.all().stream()
            .map(g -> java.util.Arrays.stream(g.terms().split(",")).map(String::strip).toList())
            .toList();
    FIELDS.forEach(
        (vocabulary, field) -> {
          for (TermView term : taxonomy.terms(vocabulary)) {
            Set<String> names = new LinkedHashSet<>();
            for (String label : List.of(term.labelDe(), term.labelEn())) {
              for (String part : label.split("\\s*/\\s*|\\s*\\(|\\)")) {
                if (!part.isBlank()) {
                  names.add(part.strip());
                }
              }
            }
            if (vocabulary == Vocabulary.COUNTRY) {
              names.add(term.code());
            }
            String more = aliases.getProperty(vocabulary.code() + "." + term.code());
            if (more != null) {
              for (String alias : more.split(",")) {
                names.add(alias.strip());
              }
            }
            for (List<String> group : groups) {
              if (group.stream().anyMatch(t -> names.stream().anyMatch(n -> same(n, t)))) {
                names.addAll(group);
              }
            }
            for (String name : names) {
              List<String> words = words(name);
              // Country codes only in capitals: "DE", not "de" the word.
              boolean code = vocabulary == Vocabulary.COUNTRY && name.equals(term.code());
              if (!words.isEmpty()) {
                phrases.add(new Phrase(field, term.code(), words, code));
              }
            }
          }
        });
    for (var lab : labs.all()) {
      for (String name : List.of(lab.name(), lab.shortName() == null ? "" : lab.shortName())) {
        List<String> words = words(name);
        if (words.size() >= 2) {
          phrases.add(new Phrase("lab", Long.toString(lab.id()), words, false));
        }
      }
    }
    phrases.sort((a, b) -> b.words().size() - a.words().size());
    cached = List.copyOf(phrases);
    cachedAt = System.currentTimeMillis();
    return cached;
  }

  /** Every way of naming the entry (labels, synonyms, everyday words), each as its words. */
  List<List<String>> names(String field, String code) {
    return phrases().stream()
        .filter(p -> p.field().equals(field) && p.code().equals(code) && !p.exact())
        .map(Phrase::words)
        .toList();
  }

  private static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(fold(m.group()));
    }
    return words;
  }

  static String fold(String word) {
    return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }
}
