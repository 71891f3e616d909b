package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.PubliccodeMapping.Codes;
import eu.digilabs.hub.reuse.PubliccodeMapping.Imported;
import eu.digilabs.hub.reuse.PubliccodeMapping.Provider;
import eu.digilabs.hub.reuse.PubliccodeReader.Reading;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A publiccode.yml file through the mapping without a database: read, mapped onto a solution (as
 * the entity holds it), checked the way {@link SolutionCheck} and the command's annotations check
 * it, exported and written.
 */
final class PubliccodeRoundTrip {

  static final PubliccodeReader READER = new PubliccodeReader(Licences.load());
  static final Licences LICENCES = Licences.load();
  static final Codes CODES = codes();
  static final Long LAB = 7L;
  static final SolutionPubliccode.Export EXPORT =
      new SolutionPubliccode.Export(
          "https://hub.example.org/solutions/7",
          "Innovationslabor Beispielstadt",
          null,
          "This solution is listed on Digilabs Hub, where the provider, the licence, how ready it"
              + " is for reuse by others and where it is already used are kept up to date:"
              + " https://hub.example.org/solutions/7");

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private PubliccodeRoundTrip() {}

  /** The document of a file the reader accepts; null with errors. */
  static @Nullable Publiccode read(String text) {
    Reading reading = READER.read(text);
    return reading.document();
  }

  static Imported map(Publiccode file, String language) {
    return PubliccodeMapping.toSolution(file, language, new Provider(LAB, null), CODES);
  }

  /** The solution as the entity holds an import, before it is saved. */
  static Solution solution(Imported imported) {
    Solution solution =
        new Solution(imported.command(), LICENCES.check(imported.command().licence()), null);
    solution.imported(
        imported.sourceKey(), imported.sourceUrl(), imported.descriptions(), imported.values());
    return solution;
  }

  static String export(Solution solution) {
    return PubliccodeWriter.write(PubliccodeMapping.toPubliccode(solution, EXPORT));
  }

  /**
   * Why the command would be refused: its annotations, then the codes {@link SolutionCheck} knows
   * without a database; empty when it is valid.
   */
  static List<String> problems(SolutionCommand command) {
    List<String> problems = new ArrayList<>();
    for (ConstraintViolation<SolutionCommand> v : VALIDATOR.validate(command)) {
      problems.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    if (SolutionKind.of(command.kind()).isEmpty()) {
      problems.add("kind: " + command.kind());
    }
    if (SolutionStatus.of(command.status()).isEmpty()) {
      problems.add("status: " + command.status());
    }
    if (command.operatingModel() != null && OperatingModel.of(command.operatingModel()).isEmpty()) {
      problems.add("operatingModel: " + command.operatingModel());
    }
    if (command.country() != null && !CODES.countries().contains(command.country())) {
      problems.add("country: " + command.country());
    }
    if (command.contentLanguage() != null
        && !CODES.languages().contains(command.contentLanguage())) {
      problems.add("contentLanguage: " + command.contentLanguage());
    }
    if (LICENCES.check(command.licence()).validity() == Licence.Validity.INVALID) {
      problems.add("licence: " + command.licence());
    }
    return problems;
  }

  /** The countries and languages of the taxonomy's migrations, as the vocabularies hold them. */
  private static Codes codes() {
    Set<String> countries = new HashSet<>();
    Set<String> languages = new HashSet<>();
    Pattern country = Pattern.compile("\\('country', '([A-Z]{2})'");
    Pattern language = Pattern.compile("\\('language', '([a-z]{2,3})'");
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/taxonomy"))) {
      for (Path file : files.toList()) {
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = country.matcher(sql);
        while (m.find()) {
          countries.add(m.group(1));
        }
        m = language.matcher(sql);
        while (m.find()) {
          languages.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Codes(countries, languages);
  }
}
