package eu.digilabs.hub.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Realistic generated content: English sentences and names from the real European cases (IPSO, AI
 * Watch), German service names from the OZG catalogue, combined at random with a fixed seed.
 */
final class Corpus {

  static final String[] COUNTRIES = {"DE", "DE", "DE", "AT", "CH", "NL", "EE", "FI", "FR", "ES"};
  static final String[] LEVELS = {"municipal", "regional", "national", "eu"};
  static final String[] PHASES = {
    "discover", "define", "ideate", "prototype", "test", "implement", "scale"
  };
  static final String[] STATUSES = {"idea", "planned", "in-development", "pilot", "live"};
  static final String[] TECHNOLOGIES = {
    "ai",
    "chatbot",
    "machine-translation",
    "robotics",
    "blockchain",
    "computer-vision",
    "predictive-analytics",
    "process-automation",
    "data-platform"
  };
  static final String[] GERMAN_FRAMES = {
    "%s digital beantragen",
    "Online-Dienst %s",
    "%s: Einer für Alle",
    "Nutzerforschung zu %s",
    "Prototyp für %s",
    "%s ohne Papier"
  };
  static final String[] GERMAN_SENTENCES = {
    "Das Labor hat den Antrag zu %s mit Bürgerinnen und Bürgern neu gestaltet.",
    "Im Themenfeld %s arbeiten Fachverfahren und Portal jetzt zusammen.",
    "Die Lebenslage %s stand im Mittelpunkt der Interviews.",
    "Der Dienst %s wird nach dem Prinzip Einer für Alle nachgenutzt.",
    "Mitarbeitende der Verwaltung testeten den Prototyp für %s in drei Sprints."
  };

  final List<String> caseNames = new ArrayList<>();
  final List<String> sentences = new ArrayList<>();
  final List<String> organisations = new ArrayList<>();
  final List<String> services = new ArrayList<>();
  final List<String> situations = new ArrayList<>();

  /** The vocabulary of the reference data (the case collections and the OZG catalogue). */
  static Corpus load(Path referenceData) throws IOException {
    Corpus corpus = new Corpus();
    for (String file : List.of("ipso_cases_2022.csv", "aiwatch_t6_services_jrc120399.csv")) {
      for (CSVRecord row : read(referenceData.resolve("cases").resolve(file))) {
        corpus.caseNames.add(row.get("name").strip());
        corpus.organisations.add(row.get("lead_organisation_name").strip());
        for (String sentence : row.get("description").split("(?<=[.!?])\\s+")) {
          if (sentence.length() > 40 && sentence.length() < 400) {
            corpus.sentences.add(sentence.strip());
          }
        }
      }
    }
    for (CSVRecord row : read(referenceData.resolve("ozg/ozg_service.csv"))) {
      corpus.services.add(row.get("name").strip());
    }
    Map<String, String> situationNames = new HashMap<>();
    for (CSVRecord row : read(referenceData.resolve("ozg/ozg_situation.csv"))) {
      situationNames.put(row.get("id"), row.get("name").strip());
    }
    for (CSVRecord row : read(referenceData.resolve("ozg/ozg_service_system.csv"))) {
      corpus.situations.add(situationNames.get(row.get("situation_id")));
    }
    corpus.organisations.removeIf(String::isBlank);
    return corpus;
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  /** One generated project. */
  record Item(
      long id,
      String title,
      String summary,
      String description,
      String language,
      String country,
      String level,
      String phase,
      String status,
      String technology,
      int year,
      long lab) {}

  Item project(Random random, long id, int labs) {
    boolean german = random.nextInt(10) < 4;
    String title;
    String summary;
    StringBuilder description = new StringBuilder();
    if (german) {
      String service = pick(random, services);
      title = String.format(pick(random, GERMAN_FRAMES), service);
      summary = String.format(pick(random, GERMAN_SENTENCES), service);
      for (int i = 0; i < 2 + random.nextInt(4); i++) {
        description
            .append(String.format(pick(random, GERMAN_SENTENCES), pick(random, situations)))
            .append(' ');
      }
    } else {
      title = pick(random, caseNames) + " " + (1 + random.nextInt(400));
      summary = pick(random, sentences);
      for (int i = 0; i < 2 + random.nextInt(4); i++) {
        description.append(pick(random, sentences)).append(' ');
      }
    }
    return new Item(
        id,
        cut(title, 300),
        cut(summary, 500),
        description.toString().strip(),
        german ? "de" : "en",
        pick(random, COUNTRIES),
        pick(random, LEVELS),
        pick(random, PHASES),
        pick(random, STATUSES),
        pick(random, TECHNOLOGIES),
        2015 + random.nextInt(11),
        1 + random.nextInt(labs));
  }

  String labName(Random random, int number) {
    return cut("Lab " + number + " · " + pick(random, organisations), 300);
  }

  /** Queries people type: one to three words of the content, or a case name. */
  String query(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> pick(random, services);
      case 1 -> pick(random, caseNames).split(" - ")[0];
      default -> {
        String[] words = pick(random, sentences).replaceAll("[^\\p{L} ]", " ").split("\\s+");
        int start = random.nextInt(Math.max(1, words.length - 3));
        yield String.join(
            " ",
            List.of(words).subList(start, Math.min(words.length, start + 1 + random.nextInt(3))));
      }
    };
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
